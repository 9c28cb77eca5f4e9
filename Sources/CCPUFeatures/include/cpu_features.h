// CPU feature detection for NumericCore's kernel choice, through the CPUID instruction
// (as the compiler runtime reads it), so that whatever stands between the program and the
// CPU — an OS that does not save AVX-512 state, a hypervisor, valgrind's emulated CPU —
// is respected. /proc/cpuinfo describes the real CPU and would be wrong under valgrind.
#ifndef NNBOOK_CPU_FEATURES_H
#define NNBOOK_CPU_FEATURES_H

/// 1 when the CPU and the OS support the AVX-512 subset of `-target-cpu skylake-avx512`
/// (F, CD, BW, DQ, VL), else 0 (always 0 off x86_64).
int nnbook_cpu_has_avx512(void);

#endif

// Which micro-kernels the matrix multiply runs, chosen once per process from what the CPU
// (and the OS) support. Every set computes each C element in the same order with the same
// fused operations, so the choice changes speed only, never a bit of a result.

import CCPUFeatures
import Foundation

/// The family of matrix-multiply micro-kernels in use: `portable` (Swift SIMD with 2-lane
/// vectors, the width of a NEON register, 6×8 tiles: what arm64 builds run), `avx2` (the
/// same tile with 8-lane vectors, i.e. AVX2 + FMA) or `avx512` (12×16 tiles from the
/// GemmAVX512 module, on CPUs that have it). `current` is detected once; the environment
/// variable `NNBOOK_GEMM_KERNEL=portable|avx2` forces a narrower set (to compare, or to rule
/// the wide kernels out when debugging). Every set gives the same bits.
public enum GemmKernelSet: String, Sendable, CaseIterable {
    case portable
    case avx2
    case avx512

    /// The kernels this process uses.
    public static let current: GemmKernelSet = detect(environment: ProcessInfo.processInfo.environment)

    /// The kernel sets this build and CPU can run, narrowest first.
    public static var supported: [GemmKernelSet] {
#if arch(x86_64)
        return CPUFeatures.hasAVX512 ? [.portable, .avx2, .avx512] : [.portable, .avx2]
#else
        return [.portable]
#endif
    }

    /// A short description for reports, e.g. "AVX-512 (12×16 tiles)".
    public var summary: String {
        switch self {
        case .portable: return "portable Swift SIMD, 2-lane (6×8 tiles)"
        case .avx2: return "AVX2 + FMA (6×8 tiles)"
        case .avx512: return "AVX-512 (12×16 tiles)"
        }
    }

    /// The widest supported set, unless `NNBOOK_GEMM_KERNEL` names a narrower supported one.
    static func detect(environment: [String: String]) -> GemmKernelSet {
        let supported = self.supported
        if let requested = environment["NNBOOK_GEMM_KERNEL"].flatMap(GemmKernelSet.init(rawValue:)),
           supported.contains(requested) {
            return requested
        }
        return supported.last!
    }
}

/// CPU features the kernels depend on, as CPUID reports them (see CCPUFeatures: a feature
/// the OS does not save on context switches, or that valgrind's emulated CPU lacks, counts
/// as absent — which `/proc/cpuinfo`, describing the real CPU, would get wrong).
enum CPUFeatures {
    /// The AVX-512 subset of `-target-cpu skylake-avx512` (F, CD, BW, DQ, VL), which the
    /// GemmAVX512 module is compiled for.
    static let hasAVX512: Bool = nnbook_cpu_has_avx512() != 0
}

#include "malloc_tuning.h"

// <limits.h> first: it brings in <features.h>, which defines __GLIBC__ on glibc systems
// (without a libc header before the test, __GLIBC__ is never defined and this was a no-op).
#include <limits.h>

#if defined(__GLIBC__)
#include <malloc.h>

int nnbook_keep_freed_blocks(void) {
    // 32 MiB is glibc's largest mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX).
    int mmap = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    int trim = mallopt(M_TRIM_THRESHOLD, INT_MAX);
    return mmap == 1 && trim == 1;
}
#else
int nnbook_keep_freed_blocks(void) { return 0; }
#endif

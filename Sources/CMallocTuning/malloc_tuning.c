#include "malloc_tuning.h"

#if defined(__GLIBC__)
#include <limits.h>
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

// glibc's allocator settings for a program that frees and re-allocates the same large
// buffers every training iteration (mallopt is in <malloc.h>, which Swift's Glibc module
// does not export).
#ifndef NNBOOK_MALLOC_TUNING_H
#define NNBOOK_MALLOC_TUNING_H

/// Keeps freed blocks of up to 32 MiB in the heap for reuse: they are no longer handed out as
/// fresh mmap'ed pages, and the heap's top is never trimmed back to the system. Returns 1 when
/// glibc took both settings, 0 otherwise (and always 0 off glibc, where it does nothing).
int nnbook_keep_freed_blocks(void);

#endif

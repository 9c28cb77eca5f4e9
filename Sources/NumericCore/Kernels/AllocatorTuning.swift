import CMallocTuning

/// The allocator setting a training process wants, applied once at start-up (`nnbook`'s
/// entry point calls it).
///
/// Training allocates and frees the same large buffers every iteration (layer outputs,
/// gradients: megabytes each). glibc serves blocks above its mmap threshold with fresh pages
/// from the kernel, so each such buffer costs a page fault and a kernel clear per 4 KiB, and
/// freed memory at the heap's top is trimmed back to the system only to be faulted in again.
/// On the DeepConvNet iteration that was ~15 % of the time (`perf`: `clear_page_erms`,
/// `exc_page_fault`). Raising the threshold to its maximum (32 MiB) and never trimming keeps
/// those blocks in the heap for the next iteration; the process's peak memory is unchanged.
/// Buffers above 32 MiB are kept by the layers themselves (see `Convolution`).
public enum AllocatorTuning {
    /// Applies the setting; true when the allocator took it (false off glibc, where it is a
    /// no-op).
    @discardableResult
    public static func keepFreedBlocks() -> Bool {
        nnbook_keep_freed_blocks() == 1
    }
}

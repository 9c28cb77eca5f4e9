import Synchronization

/// Packing buffers kept between products. Large fresh allocations come from the kernel
/// as new pages, and touching each new page costs a page fault (microseconds in a VM):
/// for a 512³ product that was a third of the time. Reusing a few buffers avoids it.
final class GemmBufferPool: Sendable {
    /// The pool every GEMM uses.
    static let shared = GemmBufferPool()

    /// An allocated buffer of `capacity` doubles.
    private struct Buffer: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Double>
        let capacity: Int
    }

    /// Buffers kept beyond this number are freed (one B panel plus one A block per chunk).
    private static let maxKept = GemmBlocking.chunkCount + 2
    private let free = Mutex<[Buffer]>([])

    /// Runs `body` with a buffer of at least `capacity` doubles (contents undefined),
    /// returned to the pool afterwards.
    func withBuffer<R>(capacity: Int, _ body: (UnsafeMutablePointer<Double>) -> R) -> R {
        let buffer = take(capacity) ?? Buffer(pointer: .allocate(capacity: capacity), capacity: capacity)
        defer { giveBack(buffer) }
        return body(buffer.pointer)
    }

    /// The smallest kept buffer that is large enough, removed from the pool.
    private func take(_ capacity: Int) -> Buffer? {
        free.withLock { buffers in
            var best: Int?
            for (index, buffer) in buffers.enumerated() where buffer.capacity >= capacity {
                if best == nil || buffer.capacity < buffers[best!].capacity { best = index }
            }
            return best.map { buffers.remove(at: $0) }
        }
    }

    private func giveBack(_ buffer: Buffer) {
        let evicted: Buffer? = free.withLock { buffers in
            buffers.append(buffer)
            guard buffers.count > Self.maxKept else { return nil }
            let smallest = buffers.indices.min { buffers[$0].capacity < buffers[$1].capacity }!
            return buffers.remove(at: smallest)
        }
        evicted?.pointer.deallocate()
    }
}

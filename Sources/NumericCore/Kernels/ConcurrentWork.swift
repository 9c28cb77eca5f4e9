// Independent pieces of work side by side on the cores — e.g. the optimizer race's nets,
// each trained by its own optimizer on the same batch. On 2 cores, running two nets at once
// with single-threaded products beats running one net at a time with every product split
// in two: the products of a small net are too short to split well, and everything between
// them (activations, softmax, the optimizer's update) runs on both cores instead of one.

/// Runs independent pieces of work concurrently on NumericCore's worker threads.
public enum ConcurrentWork {
    /// Calls `body(i)` once for every i in 0 ..< `count`, spread over the worker threads and
    /// the calling thread (whoever is free takes the next index, in order); returns when all
    /// are done.
    ///
    /// `body(i)` must write only memory that no other index touches (its own network,
    /// optimizer, history), and may read shared inputs. Matrix products called inside run
    /// on the calling thread, unsplit, so each piece computes bit-for-bit what it would
    /// compute run alone; a `forEach` inside a `forEach` runs its indices in order.
    public static func forEach(_ count: Int, _ body: (Int) -> Void) {
        precondition(count >= 0, "ConcurrentWork.forEach: negative count \(count)")
        withoutActuallyEscaping(body) { body in
            WorkerPool.shared.run(ClosureChunks(body: body), chunks: count)
        }
    }
}

/// A closure as pool chunks.
private struct ClosureChunks: ParallelChunks {
    let body: (Int) -> Void
    func runChunk(_ index: Int) { body(index) }
}

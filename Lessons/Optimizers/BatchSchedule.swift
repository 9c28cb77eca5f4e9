import NumericCore

/// The mini-batches of the digits race, the same for every racer: batch k is drawn once,
/// with replacement as the book's `np.random.choice(train_size, batch_size)`, and handed to
/// each racer at its own iteration k — so a racer that was paused, or restarted, still sees
/// exactly the batches the others saw.
final class BatchSchedule {
    private var rng: Xoshiro256StarStar
    private let sampleCount: Int
    private let batchSize: Int
    private var batches: [[Int]] = []

    init(sampleCount: Int, batchSize: Int, seed: UInt64) {
        self.sampleCount = max(1, sampleCount)
        self.batchSize = max(1, min(batchSize, sampleCount))
        rng = Xoshiro256StarStar(seed: seed)
    }

    /// The indices of batch `k` (0-based), drawn when first asked for.
    func batch(_ k: Int) -> [Int] {
        while batches.count <= k { batches.append(rng.sampleWithReplacement(sampleCount, batchSize)) }
        return batches[k]
    }
}

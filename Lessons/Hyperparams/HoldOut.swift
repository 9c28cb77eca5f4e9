import NumericCore

/// The book's data for the search (ch. 6, `hyperparameter_optimization.py`): the first 500
/// training images, shuffled, the first 20 % held out as the validation set and the rest
/// trained on; the test set is kept apart and used once, after choosing (page 4).
struct HoldOut {
    /// Training images the search uses, and the share held out for validation.
    static let used = 500
    static let validationShare = 0.2
    /// Test images scored after each trial (for page 4 only).
    static let testSize = 500

    let train: Dataset
    let validation: Dataset
    let test: Dataset
    let source: DigitsSource

    init(source: DigitsSource, seed: UInt64) {
        self.source = source
        let first = source.split.train.prefix(Self.used)
        var rng = Xoshiro256StarStar(seed: seed &+ 0x5EA)
        let order = rng.permutation(first.count)
        let held = max(1, Int((Double(first.count) * Self.validationShare).rounded()))
        let shuffled = first.gather(order)
        validation = shuffled.prefix(held)
        train = shuffled.gather(Array(min(held, shuffled.count - 1)..<shuffled.count))
        test = source.split.test.prefix(Self.testSize)
    }

    /// Synthetic digits (or MNIST from `directory`) cut to what the search uses.
    static func load(directory: String?, seed: UInt64) -> HoldOut {
        HoldOut(source: DigitsSource.load(mnistDirectory: directory, synthetic: (used, testSize), seed: seed,
                                          mnistLimit: (used, testSize)), seed: seed)
    }
}

import NumericCore

/// A 10-class prediction y (a probability distribution) with its correct class t, the
/// book's two examples, and the losses of the book's `common/functions.py` taken from the
/// core: MSE ½·Σ(y − t)² and cross-entropy −Σ t·log(y + 1e-7).
struct Prediction: Equatable {
    /// The probabilities y₀ … y₉ (they sum to 1).
    private(set) var y: [Double]
    /// The correct class (the index of the 1 in the one-hot t).
    var target: Int

    /// The number of classes.
    static let classes = 10
    /// The book's prediction with 0.6 on class 2, the correct one (ch. 4.2.1).
    static let bookRight = Prediction(y: [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0], target: 2)
    /// The same y with 0.6 on class 7 and 0.1 on class 2: confidently wrong.
    static let bookWrong = Prediction(y: [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0], target: 2)

    /// The one-hot target vector t.
    var oneHot: [Double] { (0..<Self.classes).map { $0 == target ? 1 : 0 } }
    /// ½·Σ(y − t)² (the core's `Loss.meanSquaredError`).
    var meanSquaredError: Double { Loss.meanSquaredError(y, oneHot) }
    /// −Σ t·log(y + 1e-7) = −log(y_t + 1e-7) (the core's `Loss.crossEntropy`).
    var crossEntropy: Double { Loss.crossEntropy(y, label: target) }
    /// The probability on the correct class.
    var correctProbability: Double { y[target] }

    /// Sets yₖ to `value` and keeps y a distribution by rescaling the entries that are free
    /// to move, keeping their proportions (if they were all 0, they share equally):
    /// - k = t (the correct class): value is clamped to 0…1 and the nine wrong classes share
    ///   1 − value.
    /// - k ≠ t (a wrong class): y_t stays; value is clamped to 0…1 − y_t and the other eight
    ///   wrong classes share 1 − y_t − value. Mass moves between wrong classes only.
    mutating func set(_ k: Int, to value: Double) {
        guard y.indices.contains(k), value.isFinite else { return }
        let fixed = k == target ? 0 : y[target]
        let v = min(1 - fixed, max(0, value))
        let free = y.indices.filter { $0 != k && $0 != target }
        let share = 1 - fixed - v
        let rest = free.reduce(0.0) { $0 + y[$1] }
        if rest > 0 {
            let scale = share / rest
            for j in free { y[j] *= scale }
        } else {
            for j in free { y[j] = share / Double(free.count) }
        }
        y[k] = v
    }

    /// This prediction with the correct class's probability set to `p` (see `set(_:to:)`).
    func withCorrectProbability(_ p: Double) -> Prediction {
        var copy = self
        copy.set(target, to: p)
        return copy
    }

    /// The correct-class probabilities of the sweep chart: p = 0, 0.01, …, 1.
    static let sweepGrid: [Double] = (0...100).map { Double($0) / 100 }

    /// Both losses as the correct-class probability sweeps `sweepGrid`, the rest of y
    /// rescaled as `set(_:to:)` does for the correct class.
    func sweep() -> (mse: [Double], ce: [Double]) {
        let points = Self.sweepGrid.map(withCorrectProbability)
        return (points.map(\.meanSquaredError), points.map(\.crossEntropy))
    }

    /// The largest probability on a wrong class, and that class.
    var biggestWrong: (index: Int, value: Double) {
        let wrong = y.indices.filter { $0 != target }
        let k = wrong.max { y[$0] < y[$1] } ?? 0
        return (k, y[k])
    }
}

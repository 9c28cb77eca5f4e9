import RealModule

/// Loss functions of the book (`common/functions.py`) and of Ng's logistic regression.
///
/// Conventions (DESIGN.md): mean squared error is ½·Σ(y − t)² over every element with no
/// batch averaging; cross-entropy adds 1e-7 inside the log and averages over the batch.
/// An empty batch gives NaN for the averaged losses (the mean of no samples) and 0 for the
/// summed squared error; none of them traps on it.
public enum Loss {
    /// The constant added inside the log of cross-entropy so log(0) never occurs.
    public static let crossEntropyDelta = 1e-7

    /// Mean squared error as the book defines it: ½·Σ(y − t)² (a sum, not a mean).
    public static func meanSquaredError(_ y: Tensor, _ t: Tensor) -> Double {
        precondition(y.count == t.count, "Loss.meanSquaredError: \(y.shape) vs \(t.shape)")
        return meanSquaredError(y.scalars, t.scalars)
    }

    /// Mean squared error ½·Σ(y − t)² of two vectors.
    public static func meanSquaredError(_ y: [Double], _ t: [Double]) -> Double {
        precondition(y.count == t.count, "Loss.meanSquaredError: \(y.count) vs \(t.count) values")
        var total = 0.0
        for i in 0..<y.count {
            let d = y[i] - t[i]
            total += d * d
        }
        return 0.5 * total
    }

    /// Cross-entropy −(1/N)·Σ t·log(y + 1e-7) of probabilities `y` (N × K, or one vector
    /// of K) against target distributions `t` of the same shape (usually one-hot).
    ///
    /// For one-hot targets this equals the book's `cross_entropy_error`, which takes the
    /// argmax of `t`; the sum form also accepts soft targets.
    public static func crossEntropy(_ y: Tensor, oneHot t: Tensor) -> Double {
        precondition(y.count == t.count, "Loss.crossEntropy: \(y.shape) vs \(t.shape)")
        let batch = y.rank <= 1 ? 1 : y.shape[0]
        var total = 0.0
        y.scalars.withUnsafeBufferPointer { py in
            t.scalars.withUnsafeBufferPointer { pt in
                for i in 0..<py.count where pt[i] != 0 {
                    total += pt[i] * Double.log(py[i] + crossEntropyDelta)
                }
            }
        }
        return -total / Double(batch)
    }

    /// Cross-entropy −(1/N)·Σₙ log(y[n, labelₙ] + 1e-7) of probabilities `y` (N × K, or one
    /// vector of K with one label) against class indices.
    public static func crossEntropy(_ y: Tensor, labels: [Int]) -> Double {
        let width = y.shape.last ?? 1
        let batch = y.count / Swift.max(width, 1)
        precondition(labels.count == batch, "Loss.crossEntropy: \(labels.count) labels for \(batch) rows")
        var total = 0.0
        y.scalars.withUnsafeBufferPointer { py in
            for (n, label) in labels.enumerated() {
                precondition(label >= 0 && label < width, "Loss.crossEntropy: label \(label) out of 0..<\(width)")
                total += Double.log(py[n &* width &+ label] + crossEntropyDelta)
            }
        }
        return -total / Double(batch)
    }

    /// Cross-entropy −log(y[label] + 1e-7) of one probability vector.
    public static func crossEntropy(_ y: [Double], label: Int) -> Double {
        crossEntropy(Tensor(y), labels: [label])
    }

    /// Binary cross-entropy of logistic regression (Ng):
    /// −(1/m)·Σ [y·log a + (1 − y)·log(1 − a)] for predictions `a` in (0, 1) and targets
    /// `y` in {0, 1} (any shape, m = element count). A term whose coefficient is 0 is
    /// skipped, so a = 0 with y = 0 gives 0 rather than 0·(−∞) = NaN. No samples (m = 0)
    /// give NaN, the mean of nothing.
    public static func binaryCrossEntropy(_ a: Tensor, _ y: Tensor) -> Double {
        precondition(a.count == y.count, "Loss.binaryCrossEntropy: \(a.shape) vs \(y.shape)")
        guard a.count > 0 else { return .nan }
        var total = 0.0
        for i in 0..<a.count {
            let yi = y.scalars[i], ai = a.scalars[i]
            if yi != 0 { total += yi * Double.log(ai) }
            if yi != 1 { total += (1 - yi) * Double.log(1 - ai) }
        }
        return -total / Double(a.count)
    }
}

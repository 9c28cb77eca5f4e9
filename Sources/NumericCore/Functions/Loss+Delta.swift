import RealModule

extension Loss {
    /// Cross-entropy −(1/N)·Σₙ log(y[n, labelₙ] + delta) with a chosen `delta`.
    ///
    /// `crossEntropy(_:labels:)` is this with the book's delta 1e-7. With delta 0 it is the
    /// exact loss whose gradient with respect to the softmax scores is backprop's (y − t)/N,
    /// which is what a gradient check to better than ~1e-7 needs: the book's delta shifts
    /// the numerical gradient by a factor y/(y + 1e-7).
    public static func crossEntropy(_ y: Tensor, labels: [Int], delta: Double) -> Double {
        let width = y.shape.last ?? 1
        let batch = y.count / Swift.max(width, 1)
        precondition(labels.count == batch, "Loss.crossEntropy: \(labels.count) labels for \(batch) rows")
        var total = 0.0
        y.scalars.withUnsafeBufferPointer { py in
            for (n, label) in labels.enumerated() {
                precondition(label >= 0 && label < width, "Loss.crossEntropy: label \(label) out of 0..<\(width)")
                total += Double.log(py[n &* width &+ label] + delta)
            }
        }
        return -total / Double(batch)
    }
}

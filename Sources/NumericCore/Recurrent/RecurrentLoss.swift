/// The loss the recurrent nets (`VanillaRNN`, `LSTM`) are trained on, over a whole sequence.
public enum RecurrentLoss {
    /// Mean squared error over the steps the targets name: L = (1/K)·Σ ½‖y_t − target_t‖²
    /// over the K steps whose target is not nil, and ∂L/∂y_t (zero where the target is nil).
    /// `outputs[t−1]` is y_t. Throws `RecurrentError` for an empty sequence, a target list of
    /// the wrong length or a target of the wrong width.
    public static func squaredError(outputs: [[Double]], targets: [[Double]?]) throws -> (loss: Double, outputGradients: [[Double]]) {
        guard !outputs.isEmpty else { throw RecurrentError.emptySequence }
        guard targets.count == outputs.count else {
            throw RecurrentError.wrongLength(step: 0, expected: outputs.count, got: targets.count)
        }
        let k = Double(max(1, targets.lazy.filter { $0 != nil }.count))
        var loss = 0.0
        var grads: [[Double]] = []
        for (t, target) in targets.enumerated() {
            let y = outputs[t]
            guard let target else { grads.append(Array(repeating: 0, count: y.count)); continue }
            guard target.count == y.count else { throw RecurrentError.wrongLength(step: t + 1, expected: y.count, got: target.count) }
            var row = Array(repeating: 0.0, count: y.count)
            for i in 0..<y.count {
                let d = y[i] - target[i]
                loss += 0.5 * d * d / k
                row[i] = d / k
            }
            grads.append(row)
        }
        return (loss, grads)
    }
}

import RealModule

extension VanillaRNN {
    /// Softmax cross-entropy per step, for a net whose outputs y_t are scores over classes
    /// (characters, for the rnn lesson's language model):
    ///
    ///     p_t = softmax(y_t),   L = (1/T) Σ_t −log p_t[target_t],   ∂L/∂y_t = (p_t − onehot(target_t)) / T
    ///
    /// the mean over the T steps, so exp(L) is the perplexity per step. The log is taken as
    /// y_t[target] − logsumexp(y_t) (the row maximum subtracted first), so no 1e-7 is needed
    /// inside it (the book's `cross_entropy_error` adds one to a log of probabilities), and the
    /// gradient is exactly p − onehot. Returns the loss, ∂L/∂y_t per step and p_t per step.
    /// Throws for an empty sequence, a count of targets unlike the steps, or a target out of range.
    public static func softmaxCrossEntropy(_ trace: Trace, targets: [Int]) throws
        -> (loss: Double, outputGradients: [[Double]], probabilities: [[Double]]) {
        guard trace.steps > 0 else { throw RecurrentError.emptySequence }
        guard targets.count == trace.steps else {
            throw RecurrentError.wrongLength(step: 0, expected: trace.steps, got: targets.count)
        }
        let scale = 1 / Double(trace.steps)
        var loss = 0.0
        var grads: [[Double]] = [], probs: [[Double]] = []
        grads.reserveCapacity(trace.steps)
        probs.reserveCapacity(trace.steps)
        for (t, target) in targets.enumerated() {
            let y = trace.outputs[t]
            guard y.indices.contains(target) else { throw RecurrentError.wrongLength(step: t + 1, expected: y.count, got: target) }
            // One pass of exponentials serves both: p = e / Σe and log Σ exp(y) = top + log Σe.
            let top = y.max()!
            var p = y.map { Double.exp($0 - top) }
            let sum = p.reduce(0, +)
            for i in p.indices { p[i] /= sum }
            let logSum = top + Double.log(sum)
            loss += (logSum - y[target]) * scale
            var g = p
            g[target] -= 1
            for i in g.indices { g[i] *= scale }
            grads.append(g)
            probs.append(p)
        }
        return (loss, grads, probs)
    }

    /// softmax(y / temperature), the row maximum subtracted first: temperature 1 is the model's
    /// distribution, below 1 sharper (towards the most likely class), above 1 flatter.
    public static func softmax(_ y: [Double], temperature: Double) -> [Double] {
        let top = y.max() ?? 0
        var e = y.map { Double.exp(($0 - top) / temperature) }
        let sum = e.reduce(0, +)
        for i in e.indices { e[i] /= sum }
        return e
    }

    /// The one-hot vector of `index` among `size` classes (the input of a character).
    public static func oneHot(_ index: Int, size: Int) -> [Double] {
        var v = Array(repeating: 0.0, count: size)
        v[index] = 1
        return v
    }
}

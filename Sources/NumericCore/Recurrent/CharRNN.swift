/// What one training step of a character-level RNN language model did (`CharRNN.trainStep`).
public struct CharRNNStep {
    /// The mean cross-entropy per character of the window, before the update (exp of it is
    /// the window's perplexity).
    public var loss: Double
    /// h_T, the hidden state after the window's last character: the next window starts from it.
    public var state: [Double]
    /// The global norm of the gradient before clipping.
    public var gradientNorm: Double
}

/// AdaGrad's memory for a `VanillaRNN` (the book's AdaGrad, as `AdaGrad` does for layers'
/// `Parameter`s, which the RNN's plain arrays are not): h += g², w −= lr·g / (√h + 1e-7) for
/// every weight, h starting at zero.
public struct RNNAdaGrad {
    var wxh: [Double], whh: [Double], b: [Double], why: [Double], by: [Double]

    /// Zero memory shaped like `net`'s weights.
    public init(for net: VanillaRNN) {
        wxh = Array(repeating: 0, count: net.wxh.count)
        whh = Array(repeating: 0, count: net.whh.count)
        b = Array(repeating: 0, count: net.b.count)
        why = Array(repeating: 0, count: net.why.count)
        by = Array(repeating: 0, count: net.by.count)
    }

    /// One AdaGrad step of `net` along `g`.
    public mutating func update(_ net: VanillaRNN, _ g: RNNGradients, learningRate lr: Double) {
        Self.step(&net.wxh, g.wxh, &wxh, lr)
        Self.step(&net.whh, g.whh, &whh, lr)
        Self.step(&net.b, g.b, &b, lr)
        Self.step(&net.why, g.why, &why, lr)
        Self.step(&net.by, g.by, &by, lr)
    }

    private static func step(_ p: inout [Double], _ g: [Double], _ h: inout [Double], _ lr: Double) {
        for i in p.indices {
            h[i] += g[i] * g[i]
            p[i] -= lr * g[i] / (h[i].squareRoot() + 1e-7)
        }
    }
}

/// A character-level language model on a `VanillaRNN` (the shape of Karpathy's
/// min-char-rnn): characters are indices into a vocabulary of V symbols, fed one-hot
/// (V → hidden → V, with an output bias); softmax over the vocabulary, cross-entropy per
/// character, truncated backpropagation through time over one window, AdaGrad.
public enum CharRNN {
    /// A fresh model: W_xh, W_hh, W_hy ~ N(0, 0.01²), b = b_y = 0 (min-char-rnn's start: the
    /// first predictions are all but uniform, so the first loss is ≈ ln V).
    public static func model(vocabulary: Int, hidden: Int, seed: UInt64) -> VanillaRNN {
        var rng = Xoshiro256StarStar(seed: seed)
        func small(_ count: Int) -> [Double] { (0..<count).map { _ in 0.01 * rng.nextNormal() } }
        let wxh = small(hidden * vocabulary), whh = small(hidden * hidden), why = small(vocabulary * hidden)
        return VanillaRNN(inputSize: vocabulary, hiddenSize: hidden, outputSize: vocabulary, wxh: wxh, whh: whh,
                          b: Array(repeating: 0, count: hidden), why: why, by: Array(repeating: 0, count: vocabulary))
    }

    /// The forward pass over one window and its loss: inputs `text[0..<T]` one-hot from h_0 =
    /// `state`, targets `text[1...T]` (each character predicts the next).
    public static func loss(_ net: VanillaRNN, window text: [Int], from state: [Double]) throws
        -> (trace: VanillaRNN.Trace, loss: Double, outputGradients: [[Double]]) {
        guard text.count >= 2 else { throw RecurrentError.emptySequence }
        let v = net.inputSize
        let trace = try net.forward(text.dropLast().map { VanillaRNN.oneHot($0, size: v) }, from: state)
        let (loss, dys, _) = try VanillaRNN.softmaxCrossEntropy(trace, targets: Array(text.dropFirst()))
        return (trace, loss, dys)
    }

    /// One training step on one window of T + 1 characters (`text`, indices into the
    /// vocabulary): forward from `state`, softmax cross-entropy per character, BPTT through the
    /// T steps (truncated there: nothing flows into the previous window), the gradient's global
    /// norm clipped to `clip` (0: none), one AdaGrad step. Throws `RecurrentError.emptySequence`
    /// for a window of fewer than 2 characters (T = 0: nothing to predict).
    public static func trainStep(_ net: VanillaRNN, window text: [Int], from state: [Double], memory: inout RNNAdaGrad,
                                 learningRate: Double, clip: Double = 5) throws -> CharRNNStep {
        let (trace, loss, dys) = try loss(net, window: text, from: state)
        var g = try net.backward(trace, outputGradients: dys)
        let norm = clip > 0 ? g.clip(maxNorm: clip) : g.norm
        memory.update(net, g, learningRate: learningRate)
        return CharRNNStep(loss: loss, state: trace.hidden[trace.steps], gradientNorm: norm)
    }

    /// `count` characters sampled from the model after reading `prompt` from h_0 = 0: each next
    /// character is drawn from softmax(y_t / temperature) with `rng`, then fed back in.
    /// Temperature near 0 picks the most likely character every time; 1 is the model's own
    /// distribution; above 1 is closer to uniform.
    public static func sample(_ net: VanillaRNN, prompt: [Int], count: Int, temperature: Double,
                              rng: inout Xoshiro256StarStar) -> [Int] {
        guard !prompt.isEmpty, count > 0 else { return [] }
        let v = net.inputSize
        var state = Array(repeating: 0.0, count: net.hiddenSize)
        var scores: [Double] = []
        for c in prompt {
            // Cannot throw: one step of the right length, a state of the right length.
            let trace = try! net.forward([VanillaRNN.oneHot(c, size: v)], from: state)
            state = trace.hidden[1]
            scores = trace.outputs[0]
        }
        var out: [Int] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let p = VanillaRNN.softmax(scores, temperature: max(temperature, 1e-3))
            var u = rng.nextUniform(), next = p.count - 1
            for (i, pi) in p.enumerated() {
                u -= pi
                if u < 0 { next = i; break }
            }
            out.append(next)
            let trace = try! net.forward([VanillaRNN.oneHot(next, size: v)], from: state)
            state = trace.hidden[1]
            scores = trace.outputs[0]
        }
        return out
    }
}

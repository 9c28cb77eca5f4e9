import RealModule

/// A long short-term memory network (Hochreiter & Schmidhuber 1997, with the forget gate of
/// Gers et al. 2000), the gated cell the rnn lesson races against `VanillaRNN`:
///
///     z_t = W_x x_t + W_h h_{t−1} + b                 (4n values: four blocks of n)
///     f_t = σ(z_f),  i_t = σ(z_i),  g_t = tanh(z_g),  o_t = σ(z_o)
///     c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t                  (the cell state)
///     h_t = o_t ⊙ tanh(c_t),   y_t = W_hy h_t,         h_0 = c_0 = 0
///
/// f is the forget gate (how much of the cell to keep), i the input gate (how much of the
/// candidate g to write), o the output gate (how much of the cell to show). The cell path
/// c_{t−1} → c_t is a sum scaled by f, not a squashing function times a matrix, so the
/// gradient flowing back along it is multiplied only by f at each step: with f near 1 it
/// survives many steps, where a vanilla RNN's shrinks by W_hhᵀ·tanh′ every step.
///
/// The API has the shape of `VanillaRNN`'s: `forward` → `Trace`, `backward` (BPTT from the
/// output gradients) → `LSTMGradients` with ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ per step, `apply`, `copy`,
/// global-norm clipping from `ClippableGradients`. Matrices are row-major `[Double]`; the
/// four gates' rows are stacked in the order f, i, g, o.
public final class LSTM {
    public let inputSize: Int
    public let hiddenSize: Int
    public let outputSize: Int
    /// W_x, 4·hiddenSize × inputSize (rows: f, i, g, o blocks).
    public var wx: [Double]
    /// W_h, 4·hiddenSize × hiddenSize (rows: f, i, g, o blocks).
    public var wh: [Double]
    /// b, 4·hiddenSize (f, i, g, o blocks).
    public var b: [Double]
    /// W_hy, outputSize × hiddenSize.
    public var why: [Double]

    /// The gate blocks in the order their rows are stacked.
    public enum Gate: Int, CaseIterable, Sendable {
        case forget = 0, input, candidate, output
    }

    /// A net with the given weights (row-major; sizes must match).
    public init(inputSize: Int, hiddenSize: Int, outputSize: Int, wx: [Double], wh: [Double], b: [Double], why: [Double]) {
        precondition(wx.count == 4 * hiddenSize * inputSize && wh.count == 4 * hiddenSize * hiddenSize
                     && b.count == 4 * hiddenSize && why.count == outputSize * hiddenSize, "LSTM: weight sizes")
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.outputSize = outputSize
        self.wx = wx
        self.wh = wh
        self.b = b
        self.why = why
    }

    /// A random net: W_x ~ N(0, 1/inputSize), W_h ~ N(0, 1/hiddenSize), W_hy ~ N(0, 1/hiddenSize);
    /// b = 0 except the forget gate's bias, which starts at `forgetBias` (default 1).
    ///
    /// Why 1: with b_f = 0 the forget gate starts at σ(0) = 0.5, so the cell halves every step
    /// and the gradient along the cell path is halved too (0.5²⁰ ≈ 10⁻⁶ after 20 steps): the net
    /// starts out as forgetful as a vanilla RNN and has to learn to remember. With b_f = 1 it
    /// starts at σ(1) ≈ 0.73 and keeps more from the start (Gers et al. 2000; Jozefowicz et al.
    /// 2015 found this one change closes most of the gap to more elaborate cells).
    public convenience init(inputSize: Int, hiddenSize: Int, outputSize: Int, forgetBias: Double = 1, seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let sx = 1 / Double(inputSize).squareRoot(), sh = 1 / Double(hiddenSize).squareRoot()
        let wx = (0..<(4 * hiddenSize * inputSize)).map { _ in rng.nextNormal() * sx }
        let wh = (0..<(4 * hiddenSize * hiddenSize)).map { _ in rng.nextNormal() * sh }
        let why = (0..<(outputSize * hiddenSize)).map { _ in rng.nextNormal() * sh }
        var b = Array(repeating: 0.0, count: 4 * hiddenSize)
        for j in 0..<hiddenSize { b[j] = forgetBias }
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, outputSize: outputSize, wx: wx, wh: wh, b: b, why: why)
    }

    /// Everything the forward pass computed: `hidden[t]` and `cells[t]` are h_t and c_t for
    /// t = 0…T (index 0 is the zero start); `gates[t−1]` holds f_t, i_t, g_t, o_t (4n values,
    /// after their squashing functions); `outputs[t−1]` is y_t; `inputs[t−1]` is x_t.
    public struct Trace {
        public var inputs: [[Double]]
        public var hidden: [[Double]]
        public var cells: [[Double]]
        public var gates: [[Double]]
        public var outputs: [[Double]]
        /// T, the number of time steps.
        public var steps: Int { inputs.count }
    }

    /// Runs the net over `inputs` (x_1…x_T) from h_0 = c_0 = 0. Throws `RecurrentError` for an
    /// empty sequence or a step of the wrong width.
    public func forward(_ inputs: [[Double]]) throws -> Trace {
        try forward(inputs, shift: nil)
    }

    /// The forward pass with `shift.amount` added to one gate pre-activation z_t[index] at
    /// step `shift.step` (1-based): the tests' numerical gate gradients.
    func forward(_ inputs: [[Double]], shift: (step: Int, index: Int, amount: Double)?) throws -> Trace {
        guard !inputs.isEmpty else { throw RecurrentError.emptySequence }
        let n = hiddenSize, m = inputSize, o = outputSize
        var hidden: [[Double]] = [Array(repeating: 0, count: n)]
        var cells: [[Double]] = [Array(repeating: 0, count: n)]
        var gates: [[Double]] = [], outputs: [[Double]] = []
        hidden.reserveCapacity(inputs.count + 1)
        cells.reserveCapacity(inputs.count + 1)
        gates.reserveCapacity(inputs.count)
        for (t, x) in inputs.enumerated() {
            guard x.count == m else { throw RecurrentError.wrongLength(step: t + 1, expected: m, got: x.count) }
            let prevH = hidden[t], prevC = cells[t]
            var z = b
            for r in 0..<(4 * n) {
                var s = z[r]
                for j in 0..<m { s += wx[r * m + j] * x[j] }
                for j in 0..<n { s += wh[r * n + j] * prevH[j] }
                z[r] = s
            }
            if let shift, shift.step == t + 1 { z[shift.index] += shift.amount }
            var c = prevC, h = prevC
            for j in 0..<n {
                let f = Self.sigmoid(z[j]), i = Self.sigmoid(z[n + j])
                let g = Double.tanh(z[2 * n + j]), og = Self.sigmoid(z[3 * n + j])
                z[j] = f; z[n + j] = i; z[2 * n + j] = g; z[3 * n + j] = og
                c[j] = f * prevC[j] + i * g
                h[j] = og * Double.tanh(c[j])
            }
            var y = Array(repeating: 0.0, count: o)
            for k in 0..<o {
                var s = 0.0
                for j in 0..<n { s += why[k * n + j] * h[j] }
                y[k] = s
            }
            gates.append(z)
            cells.append(c)
            hidden.append(h)
            outputs.append(y)
        }
        return Trace(inputs: inputs, hidden: hidden, cells: cells, gates: gates, outputs: outputs)
    }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + Double.exp(-z)) }

    /// Backpropagation through time: given ∂L/∂y_t for every step (`outputGradients[t−1]`;
    /// an all-zero row for a step the loss does not look at), the gradients of every weight,
    /// ∂L/∂z_t of the gate pre-activations, and ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ for t = 1…T (the whole
    /// gradient reaching h_t and c_t: from this step's output and from step t + 1).
    ///
    ///     ∂L/∂c_t = ∂L/∂c_{t+1} ⊙ f_{t+1} + ∂L/∂h_t ⊙ o_t ⊙ (1 − tanh²c_t)
    ///     ∂z_f = ∂L/∂c_t ⊙ c_{t−1} ⊙ f(1−f),   ∂z_i = ∂L/∂c_t ⊙ g ⊙ i(1−i)
    ///     ∂z_g = ∂L/∂c_t ⊙ i ⊙ (1−g²),         ∂z_o = ∂L/∂h_t ⊙ tanh c_t ⊙ o(1−o)
    ///     ∂L/∂h_{t−1} = W_hᵀ ∂z_t (+ W_hyᵀ ∂L/∂y_{t−1} at that step)
    public func backward(_ trace: Trace, outputGradients dys: [[Double]]) throws -> LSTMGradients {
        guard trace.steps > 0 else { throw RecurrentError.emptySequence }
        guard dys.count == trace.steps else {
            throw RecurrentError.wrongLength(step: 0, expected: trace.steps, got: dys.count)
        }
        let n = hiddenSize, m = inputSize, o = outputSize
        var g = LSTMGradients(wx: Array(repeating: 0, count: 4 * n * m), wh: Array(repeating: 0, count: 4 * n * n),
                              b: Array(repeating: 0, count: 4 * n), why: Array(repeating: 0, count: o * n),
                              hiddenNorms: Array(repeating: 0, count: trace.steps),
                              cellNorms: Array(repeating: 0, count: trace.steps),
                              gateGradients: Array(repeating: [], count: trace.steps))
        var dhNext = Array(repeating: 0.0, count: n), dcNext = Array(repeating: 0.0, count: n)
        var dz = Array(repeating: 0.0, count: 4 * n)
        for t in stride(from: trace.steps, through: 1, by: -1) {
            let h = trace.hidden[t], prevH = trace.hidden[t - 1], c = trace.cells[t], prevC = trace.cells[t - 1]
            let gate = trace.gates[t - 1], x = trace.inputs[t - 1], dy = dys[t - 1]
            guard dy.count == o else { throw RecurrentError.wrongLength(step: t, expected: o, got: dy.count) }
            for k in 0..<o where dy[k] != 0 {
                for j in 0..<n { g.why[k * n + j] += dy[k] * h[j] }
            }
            var hNorm2 = 0.0, cNorm2 = 0.0
            for j in 0..<n {
                var dh = dhNext[j]
                for k in 0..<o { dh += why[k * n + j] * dy[k] }
                hNorm2 += dh * dh
                let f = gate[j], i = gate[n + j], gg = gate[2 * n + j], og = gate[3 * n + j]
                let tc = Double.tanh(c[j])
                let dc = dcNext[j] + dh * og * (1 - tc * tc)
                cNorm2 += dc * dc
                dz[j] = dc * prevC[j] * f * (1 - f)
                dz[n + j] = dc * gg * i * (1 - i)
                dz[2 * n + j] = dc * i * (1 - gg * gg)
                dz[3 * n + j] = dh * tc * og * (1 - og)
                dcNext[j] = dc * f
            }
            g.hiddenNorms[t - 1] = hNorm2.squareRoot()
            g.cellNorms[t - 1] = cNorm2.squareRoot()
            g.gateGradients[t - 1] = dz
            for r in 0..<(4 * n) {
                let d = dz[r]
                g.b[r] += d
                for j in 0..<m { g.wx[r * m + j] += d * x[j] }
                for j in 0..<n { g.wh[r * n + j] += d * prevH[j] }
            }
            for j in 0..<n {
                var s = 0.0
                for r in 0..<(4 * n) { s += wh[r * n + j] * dz[r] }
                dhNext[j] = s
            }
        }
        return g
    }

    /// Mean squared error over the steps the targets name (`RecurrentLoss.squaredError`).
    public static func squaredError(_ trace: Trace, targets: [[Double]?]) throws -> (loss: Double, outputGradients: [[Double]]) {
        try RecurrentLoss.squaredError(outputs: trace.outputs, targets: targets)
    }

    /// One plain SGD step: every weight −= lr · its gradient.
    public func apply(_ g: LSTMGradients, learningRate lr: Double) {
        for i in wx.indices { wx[i] -= lr * g.wx[i] }
        for i in wh.indices { wh[i] -= lr * g.wh[i] }
        for i in b.indices { b[i] -= lr * g.b[i] }
        for i in why.indices { why[i] -= lr * g.why[i] }
    }

    /// A copy with the same weights.
    public func copy() -> LSTM {
        LSTM(inputSize: inputSize, hiddenSize: hiddenSize, outputSize: outputSize, wx: wx, wh: wh, b: b, why: why)
    }
}

/// The gradients of an `LSTM`'s weights for one sequence, the gate pre-activations' gradients
/// and ‖∂L/∂h_t‖, ‖∂L/∂c_t‖ per step. `norm` and `clip(maxNorm:)` come from `ClippableGradients`.
public struct LSTMGradients: Equatable, ClippableGradients {
    public var wx: [Double]
    public var wh: [Double]
    public var b: [Double]
    public var why: [Double]
    /// ‖∂L/∂h_t‖ for t = 1…T (index t − 1), before any clipping.
    public var hiddenNorms: [Double]
    /// ‖∂L/∂c_t‖ for t = 1…T (index t − 1): the gradient on the cell path.
    public var cellNorms: [Double]
    /// ∂L/∂z_t for t = 1…T (index t − 1): the gate pre-activations' gradients, 4n values in the
    /// order f, i, g, o (b's gradient is their sum over t).
    public var gateGradients: [[Double]]

    /// The weight gradients in the order W_x, W_h, b, W_hy.
    public var weightGradients: [[Double]] {
        get { [wx, wh, b, why] }
        set { wx = newValue[0]; wh = newValue[1]; b = newValue[2]; why = newValue[3] }
    }
}

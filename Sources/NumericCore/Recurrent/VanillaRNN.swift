import RealModule

/// Why a recurrent network refused a sequence.
public enum RecurrentError: Error, Equatable, CustomStringConvertible {
    /// The sequence has no time steps: there is nothing to run forward or back through.
    case emptySequence
    /// A time step's input (or target) has the wrong length.
    case wrongLength(step: Int, expected: Int, got: Int)

    public var description: String {
        switch self {
        case .emptySequence:
            return "the sequence is empty: an RNN needs at least one time step"
        case let .wrongLength(step, expected, got):
            return "time step \(step) has \(got) values, the RNN expects \(expected)"
        }
    }
}

/// A vanilla (Elman) recurrent network, the one the rnn lesson unrolls:
///
///     h_t = tanh(W_hh h_{t−1} + W_xh x_t + b),   y_t = W_hy h_t (+ b_y),   h_0 = 0 (or given)
///
/// run forward over a whole sequence (`forward`) and back through time (`backward`), with
/// the gradients' global norm clipped on request (`RNNGradients.clip`). Matrices are
/// row-major `[Double]` (rows × columns): the nets are small (a few dozen units) and the
/// lesson reads single entries, so plain loops are the clearest and fast enough.
///
/// The output bias b_y is optional: the sine nets have none (`by` is empty), the character
/// language model has one (`by.count == outputSize`); a net without it computes, and its
/// gradients measure, exactly what they did before b_y existed.
public final class VanillaRNN {
    public let inputSize: Int
    public let hiddenSize: Int
    public let outputSize: Int
    /// W_xh, hiddenSize × inputSize.
    public var wxh: [Double]
    /// W_hh, hiddenSize × hiddenSize.
    public var whh: [Double]
    /// b, hiddenSize.
    public var b: [Double]
    /// W_hy, outputSize × hiddenSize.
    public var why: [Double]
    /// b_y, outputSize values, or empty for a net without an output bias.
    public var by: [Double]

    /// A net with the given weights (row-major; sizes must match; `by` empty for no output bias).
    public init(inputSize: Int, hiddenSize: Int, outputSize: Int, wxh: [Double], whh: [Double], b: [Double], why: [Double],
                by: [Double] = []) {
        precondition(wxh.count == hiddenSize * inputSize && whh.count == hiddenSize * hiddenSize
                     && b.count == hiddenSize && why.count == outputSize * hiddenSize
                     && (by.isEmpty || by.count == outputSize), "VanillaRNN: weight sizes")
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.outputSize = outputSize
        self.wxh = wxh
        self.whh = whh
        self.b = b
        self.why = why
        self.by = by
    }

    /// A random net: W_xh ~ N(0, 1/inputSize), W_hy ~ N(0, 1/hiddenSize), b = 0, and
    /// W_hh = ρ·Q with Q a random orthogonal matrix (Gram–Schmidt on Gaussian columns), so
    /// every eigenvalue of W_hh has modulus ρ: `radius` is exactly its spectral radius.
    public convenience init(inputSize: Int, hiddenSize: Int, outputSize: Int, radius: Double, seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let sx = 1 / Double(inputSize).squareRoot(), sy = 1 / Double(hiddenSize).squareRoot()
        let wxh = (0..<(hiddenSize * inputSize)).map { _ in rng.nextNormal() * sx }
        let q = Self.randomOrthogonal(hiddenSize, rng: &rng)
        let why = (0..<(outputSize * hiddenSize)).map { _ in rng.nextNormal() * sy }
        self.init(inputSize: inputSize, hiddenSize: hiddenSize, outputSize: outputSize,
                  wxh: wxh, whh: q.map { $0 * radius }, b: Array(repeating: 0, count: hiddenSize), why: why)
    }

    /// An n × n orthogonal matrix (row-major) from Gaussian columns by modified Gram–Schmidt.
    static func randomOrthogonal(_ n: Int, rng: inout Xoshiro256StarStar) -> [Double] {
        var cols: [[Double]] = []
        while cols.count < n {
            var v = (0..<n).map { _ in rng.nextNormal() }
            for c in cols {
                let d = zip(v, c).reduce(0) { $0 + $1.0 * $1.1 }
                for i in 0..<n { v[i] -= d * c[i] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 1e-8 else { continue }
            cols.append(v.map { $0 / norm })
        }
        var m = Array(repeating: 0.0, count: n * n)
        for j in 0..<n { for i in 0..<n { m[i * n + j] = cols[j][i] } }
        return m
    }

    /// Everything the forward pass computed: `hidden[0]` is h_0 (0 unless given), `hidden[t]` is h_t for
    /// t = 1…T; `outputs[t−1]` is y_t; `inputs[t−1]` is x_t.
    public struct Trace {
        public var inputs: [[Double]]
        public var hidden: [[Double]]
        public var outputs: [[Double]]
        /// T, the number of time steps.
        public var steps: Int { inputs.count }
    }

    /// Runs the net over `inputs` (x_1…x_T) from h_0 = `initialState` (zeros when nil: a
    /// language model passes the last window's final state to carry its memory on). Throws
    /// `RecurrentError` for an empty sequence or a step or state of the wrong length.
    public func forward(_ inputs: [[Double]], from initialState: [Double]? = nil) throws -> Trace {
        guard !inputs.isEmpty else { throw RecurrentError.emptySequence }
        let n = hiddenSize, m = inputSize
        let h0 = initialState ?? Array(repeating: 0, count: n)
        guard h0.count == n else { throw RecurrentError.wrongLength(step: 0, expected: n, got: h0.count) }
        var hidden: [[Double]] = [h0]
        var outputs: [[Double]] = []
        hidden.reserveCapacity(inputs.count + 1)
        outputs.reserveCapacity(inputs.count)
        // The inner loops run on raw pointers (no bounds checks, contiguous rows the compiler
        // vectorizes). Inputs enter through their nonzero entries only: a one-hot character
        // costs one column of W_xh, not V multiplications by zero (the sums are the same).
        for (t, x) in inputs.enumerated() {
            guard x.count == m else { throw RecurrentError.wrongLength(step: t + 1, expected: m, got: x.count) }
            let active = x.indices.filter { x[$0] != 0 }
            var h = b
            var y = by.isEmpty ? Array(repeating: 0.0, count: outputSize) : by
            wxh.withUnsafeBufferPointer { wx in whh.withUnsafeBufferPointer { wh in why.withUnsafeBufferPointer { wy in
                hidden[t].withUnsafeBufferPointer { prev in h.withUnsafeMutableBufferPointer { hp in
                    for i in 0..<n {
                        var s = hp[i]
                        for j in active { s += wx[i * m + j] * x[j] }
                        let row = wh.baseAddress! + i * n
                        for j in 0..<n { s += row[j] * prev[j] }
                        hp[i] = Double.tanh(s)
                    }
                    y.withUnsafeMutableBufferPointer { yp in
                        for k in 0..<outputSize {
                            var s = yp[k]
                            let row = wy.baseAddress! + k * n
                            for j in 0..<n { s += row[j] * hp[j] }
                            yp[k] = s
                        }
                    }
                } }
            } } }
            hidden.append(h)
            outputs.append(y)
        }
        return Trace(inputs: inputs, hidden: hidden, outputs: outputs)
    }

    /// Backpropagation through time: given ∂L/∂y_t for every step (`outputGradients[t−1]`;
    /// an all-zero row for a step the loss does not look at), the gradients of every weight
    /// and ‖∂L/∂h_t‖ for t = 1…T (the whole gradient reaching h_t: from y_t and from h_{t+1}).
    public func backward(_ trace: Trace, outputGradients dys: [[Double]]) throws -> RNNGradients {
        guard trace.steps > 0 else { throw RecurrentError.emptySequence }
        guard dys.count == trace.steps else {
            throw RecurrentError.wrongLength(step: 0, expected: trace.steps, got: dys.count)
        }
        let n = hiddenSize, m = inputSize, o = outputSize
        var g = RNNGradients(wxh: Array(repeating: 0, count: n * m), whh: Array(repeating: 0, count: n * n),
                             b: Array(repeating: 0, count: n), why: Array(repeating: 0, count: o * n),
                             by: Array(repeating: 0, count: by.count),
                             hiddenNorms: Array(repeating: 0, count: trace.steps),
                             hiddenGradients: Array(repeating: [], count: trace.steps))
        var dhNext = Array(repeating: 0.0, count: n)
        var dh = Array(repeating: 0.0, count: n), da = Array(repeating: 0.0, count: n)
        let hasOutputBias = !by.isEmpty
        // Every sum keeps the order of the plain formulas (dh_j = dh_next,j + Σ_k W_hy[k,j]·dy_k
        // with k rising, and so on); the loops only walk rows instead of columns, on raw pointers.
        for t in stride(from: trace.steps, through: 1, by: -1) {
            let h = trace.hidden[t], prev = trace.hidden[t - 1], x = trace.inputs[t - 1], dy = dys[t - 1]
            guard dy.count == o else { throw RecurrentError.wrongLength(step: t, expected: o, got: dy.count) }
            let active = x.indices.filter { x[$0] != 0 }
            var norm2 = 0.0
            why.withUnsafeBufferPointer { wy in whh.withUnsafeBufferPointer { wh in
            g.why.withUnsafeMutableBufferPointer { gy in g.wxh.withUnsafeMutableBufferPointer { gx in
            g.whh.withUnsafeMutableBufferPointer { gh in
            dh.withUnsafeMutableBufferPointer { dhp in da.withUnsafeMutableBufferPointer { dap in
            dhNext.withUnsafeMutableBufferPointer { next in
                for j in 0..<n { dhp[j] = next[j] }
                for k in 0..<o where dy[k] != 0 {
                    let d = dy[k], grow = gy.baseAddress! + k * n, wrow = wy.baseAddress! + k * n
                    for j in 0..<n { grow[j] += d * h[j] }
                    for j in 0..<n { dhp[j] += wrow[j] * d }
                }
                for j in 0..<n {
                    norm2 += dhp[j] * dhp[j]
                    dap[j] = dhp[j] * (1 - h[j] * h[j])
                }
                for j in 0..<n { next[j] = 0 }
                for i in 0..<n {
                    let d = dap[i]
                    g.b[i] += d
                    for j in active { gx[i * m + j] += d * x[j] }
                    let grow = gh.baseAddress! + i * n, wrow = wh.baseAddress! + i * n
                    for j in 0..<n { grow[j] += d * prev[j] }
                    for j in 0..<n { next[j] += wrow[j] * d }
                }
            } } } } } } } }
            if hasOutputBias { for k in 0..<o { g.by[k] += dy[k] } }
            g.hiddenNorms[t - 1] = norm2.squareRoot()
            g.hiddenGradients[t - 1] = dh
        }
        return g
    }

    /// Mean squared error over the steps the targets name: L = (1/K)·Σ ½‖y_t − target_t‖²
    /// over the K steps whose target is not nil, and ∂L/∂y_t (zero where the target is nil).
    /// (`RecurrentLoss.squaredError`, shared with the LSTM.)
    public static func squaredError(_ trace: Trace, targets: [[Double]?]) throws -> (loss: Double, outputGradients: [[Double]]) {
        try RecurrentLoss.squaredError(outputs: trace.outputs, targets: targets)
    }

    /// One plain SGD step: every weight −= lr · its gradient.
    public func apply(_ g: RNNGradients, learningRate lr: Double) {
        for i in wxh.indices { wxh[i] -= lr * g.wxh[i] }
        for i in whh.indices { whh[i] -= lr * g.whh[i] }
        for i in b.indices { b[i] -= lr * g.b[i] }
        for i in why.indices { why[i] -= lr * g.why[i] }
        for i in by.indices { by[i] -= lr * g.by[i] }
    }

    /// A copy with the same weights.
    public func copy() -> VanillaRNN {
        VanillaRNN(inputSize: inputSize, hiddenSize: hiddenSize, outputSize: outputSize, wxh: wxh, whh: whh, b: b, why: why, by: by)
    }
}

/// The gradients of a `VanillaRNN`'s weights for one sequence, and ‖∂L/∂h_t‖ per step.
public struct RNNGradients: Equatable, ClippableGradients {
    public var wxh: [Double]
    public var whh: [Double]
    public var b: [Double]
    public var why: [Double]
    /// ∂L/∂b_y (empty for a net without an output bias).
    public var by: [Double]
    /// ‖∂L/∂h_t‖ for t = 1…T (index t − 1), before any clipping.
    public var hiddenNorms: [Double]
    /// ∂L/∂h_t itself for t = 1…T (index t − 1): what the lesson's unrolled table shows.
    public var hiddenGradients: [[Double]]

    /// The weight gradients in the order W_xh, W_hh, b, W_hy, b_y (empty without an output
    /// bias): `norm` and `clip(maxNorm:)` (global-norm clipping) come from
    /// `ClippableGradients`, shared with the LSTM.
    public var weightGradients: [[Double]] {
        get { [wxh, whh, b, why, by] }
        set { wxh = newValue[0]; whh = newValue[1]; b = newValue[2]; why = newValue[3]; by = newValue[4] }
    }
}

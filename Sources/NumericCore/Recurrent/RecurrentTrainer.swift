/// A recurrent net trained by backpropagation through time on whole sequences: `VanillaRNN`
/// and `LSTM`. `RecurrentTrainer` trains either with any core `Optimizer`.
public protocol RecurrentNetwork: AnyObject {
    associatedtype Trace
    associatedtype Gradients: ClippableGradients
    /// Runs the net over x_1…x_T from a zero state.
    func forward(_ inputs: [[Double]]) throws -> Trace
    /// BPTT from ∂L/∂y_t for every step.
    func backward(_ trace: Trace, outputGradients: [[Double]]) throws -> Gradients
    /// The loss and ∂L/∂y_t (`RecurrentLoss.squaredError`).
    static func squaredError(_ trace: Trace, targets: [[Double]?]) throws -> (loss: Double, outputGradients: [[Double]])
    /// The outputs y_1…y_T of a trace.
    static func outputs(of trace: Trace) -> [[Double]]
    /// Every weight array, in the order of `Gradients.weightGradients`.
    var weights: [[Double]] { get set }
}

extension VanillaRNN: RecurrentNetwork {
    /// Runs the net over x_1…x_T from a zero state (the protocol's form of `forward(_:from:)`).
    public func forward(_ inputs: [[Double]]) throws -> Trace { try forward(inputs, from: nil) }
    public static func outputs(of trace: Trace) -> [[Double]] { trace.outputs }
    /// W_xh, W_hh, b, W_hy, b_y (empty without an output bias).
    public var weights: [[Double]] {
        get { [wxh, whh, b, why, by] }
        set { wxh = newValue[0]; whh = newValue[1]; b = newValue[2]; why = newValue[3]; by = newValue[4] }
    }
}

extension LSTM: RecurrentNetwork {
    public static func outputs(of trace: Trace) -> [[Double]] { trace.outputs }
    /// W_x, W_h, b, W_hy.
    public var weights: [[Double]] {
        get { [wx, wh, b, why] }
        set { wx = newValue[0]; wh = newValue[1]; b = newValue[2]; why = newValue[3] }
    }
}

/// One training step of a recurrent net on a mini-batch of sequences (the rnn lesson's
/// gated-cell page trains its RNN and LSTM with it; `sgdStep` is the same step with plain SGD
/// and no state): forward every sequence, the squared-error loss, BPTT, the gradients averaged over the
/// batch, clipped by global norm when `clip` > 0, and one update by the optimizer (SGD,
/// Adam, …, through core `Parameter`s that mirror the net's weight arrays).
public final class RecurrentTrainer<Net: RecurrentNetwork> {
    public let net: Net
    public let optimizer: any Optimizer
    private let parameters: [Parameter]

    /// What one step did.
    public struct Step {
        /// The mean loss over the batch (before the update).
        public var loss: Double
        /// The averaged gradient's global norm before clipping.
        public var gradientNorm: Double
        /// Whether clipping scaled the gradient down.
        public var clipped: Bool
        /// y_T of every sequence (before the update): what an accuracy is read from.
        public var lastOutputs: [[Double]]
    }

    public init(net: Net, optimizer: any Optimizer) {
        self.net = net
        self.optimizer = optimizer
        parameters = net.weights.enumerated().map { Parameter(name: "w\($0.offset)", value: Tensor($0.element)) }
    }

    /// One step on `inputs[s]` (x_1…x_T of sequence s) with `targets[s]` (nil where no loss).
    /// Nothing is updated when the loss or gradient is not finite (the caller stops).
    /// Throws `RecurrentError` for an empty batch or sequence, or a wrong width.
    @discardableResult
    public func step(inputs: [[[Double]]], targets: [[[Double]?]], clip: Double) throws -> Step {
        let (loss, mean, last) = try net.batchGradients(inputs: inputs, targets: targets)
        var g = mean
        let norm = g.clip(maxNorm: clip)
        let result = Step(loss: loss, gradientNorm: norm, clipped: clip > 0 && norm > clip && norm.isFinite, lastOutputs: last)
        guard loss.isFinite, norm.isFinite else { return result }
        let weights = net.weights, grads = g.weightGradients
        for (k, p) in parameters.enumerated() {
            p.value = Tensor(weights[k])
            p.grad = Tensor(grads[k])
        }
        optimizer.update(parameters)
        net.weights = parameters.map(\.value.scalars)
        return result
    }
}

extension RecurrentNetwork {
    /// The mean loss and the mean gradients over a batch of sequences (`inputs[s]`, `targets[s]`),
    /// and y_T of every sequence. Throws `RecurrentError` for an empty batch or sequence, a
    /// target list of another length, or a wrong width.
    public func batchGradients(inputs: [[[Double]]], targets: [[[Double]?]]) throws
        -> (loss: Double, gradients: Gradients, lastOutputs: [[Double]]) {
        guard !inputs.isEmpty else { throw RecurrentError.emptySequence }
        guard targets.count == inputs.count else {
            throw RecurrentError.wrongLength(step: 0, expected: inputs.count, got: targets.count)
        }
        var sum: Gradients?
        var loss = 0.0
        var last: [[Double]] = []
        let scale = 1 / Double(inputs.count)
        for (xs, ts) in zip(inputs, targets) {
            let trace = try forward(xs)
            let (l, dys) = try Self.squaredError(trace, targets: ts)
            let g = try backward(trace, outputGradients: dys)
            loss += l * scale
            last.append(Self.outputs(of: trace).last ?? [])
            if var s = sum {
                s.weightGradients = zip(s.weightGradients, g.weightGradients).map { a, b in zip(a, b).map { $0 + $1 } }
                sum = s
            } else {
                sum = g
            }
        }
        var g = sum!
        g.weightGradients = g.weightGradients.map { $0.map { $0 * scale } }
        return (loss, g, last)
    }

    /// The BPTT training step as one plain call, with plain SGD and no optimizer state (what
    /// `nnbook bench` can time beside numpy): the batch's mean gradients, clipped by global norm
    /// when `clip` > 0, then every weight −= lr · its gradient. Returns the mean loss and the
    /// gradient norm before clipping; nothing is updated when either is not finite.
    @discardableResult
    public func sgdStep(inputs: [[[Double]]], targets: [[[Double]?]], learningRate lr: Double, clip: Double) throws
        -> (loss: Double, gradientNorm: Double) {
        let (loss, mean, _) = try batchGradients(inputs: inputs, targets: targets)
        var g = mean
        let norm = g.clip(maxNorm: clip)
        guard loss.isFinite, norm.isFinite else { return (loss, norm) }
        weights = zip(weights, g.weightGradients).map { w, d in zip(w, d).map { $0 - lr * $1 } }
        return (loss, norm)
    }
}

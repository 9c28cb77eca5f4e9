import RealModule

/// An elementwise activation function with its derivative, display name and formula
/// (the book's `common/functions.py`): what the activations lesson lists and plots, and
/// what `Sequential.mlp` puts between its affine layers.
///
/// Conventions follow the book's layers: ReLU′(0) = 0, leaky ReLU′(0) = α, step′ = 0
/// everywhere (the step's jump at 0 has no usable derivative).
public enum Activation: Sendable, Hashable {
    /// y = x.
    case identity
    /// y = 1 if x > 0 else 0 (the perceptron's activation).
    case step
    /// y = 1 / (1 + e^(−x)).
    case sigmoid
    /// y = tanh x.
    case tanh
    /// y = max(0, x).
    case relu
    /// y = x if x > 0 else α·x.
    case leakyReLU(alpha: Double)

    /// The leaky slope used by `allCases` (a common default).
    public static let defaultLeakyAlpha = 0.01

    /// A short display name ("sigmoid", "ReLU", "leaky ReLU (α = 0.01)", ...).
    public var name: String {
        switch self {
        case .identity: "identity"
        case .step: "step"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case .leakyReLU(let alpha): "leaky ReLU (α = \(alpha))"
        }
    }

    /// The defining formula as plain text, for lesson captions.
    public var formula: String {
        switch self {
        case .identity: "y = x"
        case .step: "y = 1 if x > 0 else 0"
        case .sigmoid: "y = 1 / (1 + exp(−x))"
        case .tanh: "y = tanh(x)"
        case .relu: "y = max(0, x)"
        case .leakyReLU(let alpha): "y = x if x > 0 else \(alpha)·x"
        }
    }

    /// The activation's value at `x`.
    public func value(_ x: Double) -> Double {
        switch self {
        case .identity: x
        case .step: x > 0 ? 1 : 0
        case .sigmoid: Activation.sigmoidValue(x)
        case .tanh: Double.tanh(x)
        case .relu: x > 0 ? x : 0
        case .leakyReLU(let alpha): x > 0 ? x : alpha * x
        }
    }

    /// The activation's value at `x` (same as `value(_:)`).
    public func callAsFunction(_ x: Double) -> Double { value(x) }

    /// The derivative dy/dx at `x`.
    public func derivative(_ x: Double) -> Double {
        switch self {
        case .identity:
            return 1
        case .step:
            return 0
        case .sigmoid:
            let y = Activation.sigmoidValue(x)
            return (1 - y) * y
        case .tanh:
            let y = Double.tanh(x)
            return 1 - y * y
        case .relu:
            return x > 0 ? 1 : 0
        case .leakyReLU(let alpha):
            return x > 0 ? 1 : alpha
        }
    }

    /// The activation applied to every element of `x`.
    public func apply(_ x: Tensor) -> Tensor {
        switch self {
        case .identity: x
        case .step: LayerKernels.map(x) { $0 > 0 ? 1 : 0 }
        case .sigmoid: LayerKernels.map(x) { 1 / (1 + Double.exp(-$0)) }
        case .tanh: LayerKernels.map(x) { Double.tanh($0) }
        case .relu: LayerKernels.map(x) { $0 > 0 ? $0 : 0 }
        case .leakyReLU(let alpha): LayerKernels.map(x) { $0 > 0 ? $0 : alpha * $0 }
        }
    }

    /// The derivative evaluated at every element of `x`.
    public func derivative(_ x: Tensor) -> Tensor {
        switch self {
        case .identity: Tensor.ones(x.shape)
        case .step: Tensor.zeros(x.shape)
        case .sigmoid: LayerKernels.map(x) { let y = 1 / (1 + Double.exp(-$0)); return (1 - y) * y }
        case .tanh: LayerKernels.map(x) { let y = Double.tanh($0); return 1 - y * y }
        case .relu: LayerKernels.map(x) { $0 > 0 ? 1 : 0 }
        case .leakyReLU(let alpha): LayerKernels.map(x) { $0 > 0 ? 1 : alpha }
        }
    }

    /// A layer computing this activation (and its backward pass): `ReLU`, `Sigmoid`,
    /// `Tanh`, `LeakyReLU`, or a generic `ActivationLayer` for identity and step.
    public func makeLayer() -> any Layer {
        switch self {
        case .relu: ReLU()
        case .sigmoid: Sigmoid()
        case .tanh: Tanh()
        case .leakyReLU(let alpha): LeakyReLU(alpha: alpha)
        case .identity, .step: ActivationLayer(self)
        }
    }

    @inline(__always)
    static func sigmoidValue(_ x: Double) -> Double { 1 / (1 + Double.exp(-x)) }
}

extension Activation: CaseIterable {
    /// Every activation, in the order the lessons list them (leaky ReLU with α = 0.01).
    public static var allCases: [Activation] {
        [.step, .sigmoid, .tanh, .relu, .leakyReLU(alpha: defaultLeakyAlpha), .identity]
    }
}

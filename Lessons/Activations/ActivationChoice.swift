import Charts
import NumericCore

/// The activation functions a learner can pick in this lesson, in the order of the choice
/// knob, with their command-line names.
enum ActivationChoice: String, CaseIterable {
    case step, sigmoid, tanh, relu, leakyReLU = "leaky-relu", identity

    /// The names of the choice knob, in order.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The choice at a knob value (the index), clamped.
    init(index: Double) {
        let cases = Self.allCases
        self = cases[max(0, min(cases.count - 1, Int(index)))]
    }

    /// The knob value (the index) of this choice.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The core's activation, with `alpha` for leaky ReLU.
    func activation(alpha: Double) -> Activation {
        switch self {
        case .step: .step
        case .sigmoid: .sigmoid
        case .tanh: .tanh
        case .relu: .relu
        case .leakyReLU: .leakyReLU(alpha: alpha)
        case .identity: .identity
        }
    }

    /// A short label for legends and titles ("sigmoid", "leaky ReLU"), in the current
    /// language (names stay Latin; "step" and "identity" are words).
    var label: String {
        switch self {
        case .relu: "ReLU"
        case .leakyReLU: "leaky ReLU"
        case .step: tr("step", "阶跃")
        case .identity: tr("identity", "恒等")
        default: rawValue
        }
    }
}

/// The book's plotting grid for activation functions, `np.arange(-5.0, 5.0, 0.1)`, bit for
/// bit as numpy computes it: numpy's step is δ = (start + step) − start
/// (0.09999999999999964 here, not 0.1) and x[i] = start + i·δ.
let activationGrid: [Double] = {
    let start = -5.0, delta = (start + 0.1) - start
    return (0..<100).map { start + Double($0) * delta }
}()

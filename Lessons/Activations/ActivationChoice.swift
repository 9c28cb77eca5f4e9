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

    /// A short label for legends ("sigmoid", "leaky ReLU").
    var label: String {
        switch self {
        case .relu: "ReLU"
        case .leakyReLU: "leaky ReLU"
        default: rawValue
        }
    }
}

/// The book's plotting grid for activation functions: x = −5 + 0.1·i for i in 0..<100,
/// as numpy's `np.arange(-5.0, 5.0, 0.1)` computes it.
let activationGrid: [Double] = (0..<100).map { -5.0 + 0.1 * Double($0) }

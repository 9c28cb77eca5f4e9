import Foundation

/// What made a `Value` in a computation graph: the forward rule and the local derivatives
/// (∂output/∂input for each input) that backward multiplies by the upstream gradient.
public enum GraphOperation: Sendable, Equatable {
    /// a + b, a − b, a·b, a/b.
    case add, subtract, multiply, divide
    /// x^c for a constant exponent c.
    case power(Double)
    /// eˣ, ln x, −x, 1/x.
    case exp, log, negate, reciprocal
    /// 1/(1 + e⁻ˣ), tanh x, max(0, x).
    case sigmoid, tanh, relu

    /// How many inputs the operation takes (1 or 2).
    public var arity: Int {
        switch self {
        case .add, .subtract, .multiply, .divide: 2
        default: 1
        }
    }

    /// The symbol drawn in the graph's box ("+", "×", "exp", "1/x", "σ", ...).
    public var symbol: String {
        switch self {
        case .add: "+"
        case .subtract: "−"
        case .multiply: "×"
        case .divide: "÷"
        case .power(let c): "^" + (c == c.rounded() && abs(c) < 1e15 ? String(Int(c)) : String(c))
        case .exp: "exp"
        case .log: "log"
        case .negate: "−x"
        case .reciprocal: "1/x"
        case .sigmoid: "σ"
        case .tanh: "tanh"
        case .relu: "ReLU"
        }
    }

    /// The output for the given input values.
    public func forward(_ x: [Double]) -> Double {
        precondition(x.count == arity, "\(self) takes \(arity) inputs, got \(x.count)")
        switch self {
        case .add: return x[0] + x[1]
        case .subtract: return x[0] - x[1]
        case .multiply: return x[0] * x[1]
        case .divide: return x[0] / x[1]
        case .power(let c): return Foundation.pow(x[0], c)
        case .exp: return Foundation.exp(x[0])
        case .log: return Foundation.log(x[0])
        case .negate: return -x[0]
        case .reciprocal: return 1 / x[0]
        case .sigmoid: return 1 / (1 + Foundation.exp(-x[0]))
        case .tanh: return Foundation.tanh(x[0])
        case .relu: return x[0] > 0 ? x[0] : 0
        }
    }

    /// ∂output/∂input for each input, at input values `x` with forward result `y`.
    /// Derivatives that are simplest in terms of the output use it, as the book's layers do:
    /// exp′ = y, σ′ = y(1 − y), tanh′ = 1 − y². ReLU′(0) is 0 (the book's layer).
    public func localDerivatives(inputs x: [Double], output y: Double) -> [Double] {
        precondition(x.count == arity, "\(self) takes \(arity) inputs, got \(x.count)")
        switch self {
        case .add: return [1, 1]
        case .subtract: return [1, -1]
        case .multiply: return [x[1], x[0]]
        case .divide: return [1 / x[1], -x[0] / (x[1] * x[1])]
        case .power(let c): return [c * Foundation.pow(x[0], c - 1)]
        case .exp: return [y]
        case .log: return [1 / x[0]]
        case .negate: return [-1]
        case .reciprocal: return [-1 / (x[0] * x[0])]
        case .sigmoid: return [y * (1 - y)]
        case .tanh: return [1 - y * y]
        case .relu: return [x[0] > 0 ? 1 : 0]
        }
    }
}

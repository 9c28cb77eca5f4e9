/// How a layer's initial weights are drawn: N(0, σ²) with σ fixed or set by the fan-in n
/// (the number of inputs to one unit; C·FH·FW for a convolution filter).
///
/// The book's names (DESIGN.md): "Xavier" is σ = √(1/n) and "He" is σ = √(2/n).
public enum WeightInit: Sendable, Hashable {
    /// A fixed standard deviation (the book's `weight_init_std`, e.g. 0.01).
    case std(Double)
    /// σ = √(1/n), the book's Xavier initialization (for sigmoid and tanh).
    case xavier
    /// σ = √(2/n), He initialization (for ReLU).
    case he

    /// A short display name ("std 0.01", "Xavier", "He").
    public var name: String {
        switch self {
        case .std(let s): "std \(s)"
        case .xavier: "Xavier"
        case .he: "He"
        }
    }

    /// The standard deviation for a unit with `fanIn` inputs.
    public func standardDeviation(fanIn: Int) -> Double {
        switch self {
        case .std(let s): s
        case .xavier: (1.0 / Double(fanIn)).squareRoot()
        case .he: (2.0 / Double(fanIn)).squareRoot()
        }
    }

    /// Weights of `shape` drawn from N(0, σ²), σ = `standardDeviation(fanIn:)`.
    public func sample(_ shape: [Int], fanIn: Int, using rng: inout Xoshiro256StarStar) -> Tensor {
        Tensor.randomNormal(shape, mean: 0, std: standardDeviation(fanIn: fanIn), using: &rng)
    }
}

/// Momentum, the book's `Momentum`: a velocity that remembers past steps.
///
///     v ← m·v − lr·g
///     p ← p + v
///
/// v starts at zero for every parameter.
public final class Momentum: Optimizer {
    public let name = "Momentum"
    public var learningRate: Double
    /// How much of the previous velocity is kept (the book's default is 0.9).
    public var momentum: Double
    private var states = OptimizerStateStore(bufferCount: 1)

    /// The book's defaults: lr 0.01, momentum 0.9.
    public init(learningRate: Double = 0.01, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// "momentum".
    public var hyperparameters: [String: Double] { ["momentum": momentum] }

    /// Sets "momentum"; returns false for any other name.
    @discardableResult public func setHyperparameter(_ name: String, _ value: Double) -> Bool {
        guard name == "momentum" else { return false }
        momentum = value
        return true
    }

    public func update(_ parameters: [Parameter]) {
        let lr = learningRate, m = momentum
        for parameter in parameters {
            let state = states.state(for: parameter)
            parameter.withValueAndGradient { p, g in
                state.first.withUnsafeMutableBufferPointer { v in
                    for i in 0..<p.count {
                        v[i] = m * v[i] - lr * g[i]
                        p[i] += v[i]
                    }
                }
            }
        }
    }

    public func reset() {
        states.removeAll()
    }
}

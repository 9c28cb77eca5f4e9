/// RMSprop, the book's `RMSprop`: like AdaGrad, but the squared gradients are an
/// exponentially decaying average, so old gradients are forgotten.
///
///     h ← decay·h + (1 − decay)·g²
///     p ← p − lr·g / (√h + 1e-7)
///
/// h starts at zero for every parameter.
public final class RMSprop: Optimizer {
    public let name = "RMSprop"
    public var learningRate: Double
    /// How much of the running average is kept each step (the book's default is 0.99).
    public var decay: Double
    private var states = OptimizerStateStore(bufferCount: 1)

    /// The book's defaults: lr 0.01, decay 0.99.
    public init(learningRate: Double = 0.01, decay: Double = 0.99) {
        self.learningRate = learningRate
        self.decay = decay
    }

    /// "decay".
    public var hyperparameters: [String: Double] { ["decay": decay] }

    /// Sets "decay"; returns false for any other name.
    @discardableResult public func setHyperparameter(_ name: String, _ value: Double) -> Bool {
        guard name == "decay" else { return false }
        decay = value
        return true
    }

    public func update(_ parameters: [Parameter]) {
        let lr = learningRate, decay = decay
        for parameter in parameters {
            let state = states.state(for: parameter)
            parameter.withValueAndGradient { p, g in
                state.first.withUnsafeMutableBufferPointer { h in
                    for i in 0..<p.count {
                        h[i] *= decay
                        h[i] += (1 - decay) * g[i] * g[i]
                        p[i] -= lr * g[i] / (h[i].squareRoot() + 1e-7)
                    }
                }
            }
        }
    }

    public func reset() {
        states.removeAll()
    }
}

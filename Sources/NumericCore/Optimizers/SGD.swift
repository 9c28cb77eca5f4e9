/// Stochastic gradient descent, the book's `SGD`: p ← p − lr·g.
public final class SGD: Optimizer {
    public let name = "SGD"
    public var learningRate: Double

    /// - Parameter learningRate: the step size (the book's default is 0.01).
    public init(learningRate: Double = 0.01) {
        self.learningRate = learningRate
    }

    public func update(_ parameters: [Parameter]) {
        let lr = learningRate
        for parameter in parameters {
            parameter.withValueAndGradient { p, g in
                for i in 0..<p.count {
                    p[i] -= lr * g[i]
                }
            }
        }
    }

    /// SGD keeps no state; nothing to forget.
    public func reset() {}
}

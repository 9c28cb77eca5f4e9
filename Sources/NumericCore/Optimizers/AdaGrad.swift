/// AdaGrad, the book's `AdaGrad`: each coordinate's step shrinks with the sum of its
/// squared gradients so far.
///
///     h ← h + g²
///     p ← p − lr·g / (√h + 1e-7)
///
/// h starts at zero for every parameter.
public final class AdaGrad: Optimizer {
    public let name = "AdaGrad"
    public var learningRate: Double
    private var states = OptimizerStateStore(bufferCount: 1)

    /// - Parameter learningRate: the step size (the book's default is 0.01).
    public init(learningRate: Double = 0.01) {
        self.learningRate = learningRate
    }

    public func update(_ parameters: [Parameter]) {
        let lr = learningRate
        for parameter in parameters {
            let state = states.state(for: parameter)
            parameter.withValueAndGradient { p, g in
                state.first.withUnsafeMutableBufferPointer { h in
                    for i in 0..<p.count {
                        h[i] += g[i] * g[i]
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

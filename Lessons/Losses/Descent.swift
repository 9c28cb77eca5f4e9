import NumericCore

/// Gradient descent on the book's f(x₀, x₁) = x₀² + x₁² (ch. 4.4.1): x ← x − lr·∇f(x),
/// with ∇f from the core's `numericalGradient` (central differences, h = 1e-4, as the
/// book's `gradient_descent` does) or, as an option, the analytic (2x₀, 2x₁).
struct Descent {
    /// How the gradient is computed.
    enum Gradient: String, CaseIterable {
        case numerical, analytic

        /// The choice at a knob value (the index), clamped.
        init(index: Double) {
            self = index.isFinite && index.rounded() >= 1 ? .analytic : .numerical
        }
        /// The knob value of this choice.
        var index: Double { self == .numerical ? 0 : 1 }
    }

    var learningRate: Double
    var start: SIMD2<Double>
    var gradient: Gradient
    /// Every point so far: the start, then one per step.
    private(set) var path: [SIMD2<Double>]

    init(learningRate: Double = 0.1, start: SIMD2<Double> = SIMD2(-3, 4), gradient: Gradient = .numerical) {
        self.learningRate = learningRate
        self.start = start
        self.gradient = gradient
        path = [start]
    }

    /// f(x₀, x₁) = x₀² + x₁² (the book's `function_2`).
    static func f(_ x: Tensor) -> Double { x.scalars[0] * x.scalars[0] + x.scalars[1] * x.scalars[1] }
    /// f at a point.
    static func f(_ p: SIMD2<Double>) -> Double { p.x * p.x + p.y * p.y }

    /// ∇f at `p` by the chosen method.
    func gradient(at p: SIMD2<Double>) -> SIMD2<Double> {
        switch gradient {
        case .numerical:
            let g = numericalGradient(Self.f, at: Tensor([p.x, p.y]))
            return SIMD2(g.scalars[0], g.scalars[1])
        case .analytic:
            return SIMD2(2 * p.x, 2 * p.y)
        }
    }

    /// Steps taken.
    var steps: Int { path.count - 1 }
    /// The current point.
    var current: SIMD2<Double> { path[path.count - 1] }

    /// One step x ← x − lr·∇f(x). Once x is not finite it stays where it is (NaN).
    mutating func step() {
        let x = current
        path.append(x - learningRate * gradient(at: x))
    }

    /// Back to the start with no steps.
    mutating func reset() { path = [start] }

    /// The path recomputed from the start with the current settings, to `count` steps.
    mutating func recompute(steps count: Int) {
        reset()
        for _ in 0..<max(0, count) { step() }
    }
}

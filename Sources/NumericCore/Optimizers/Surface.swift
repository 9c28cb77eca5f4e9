/// The 2-D test surfaces of the optimizer race: each a function f(x, y) with its analytic
/// gradient, a name, a formula to show, a suggested view box and start, and its minimum.
public enum Surface: String, CaseIterable, Sendable {
    /// f = x²/20 + y², the book's ch. 6 bowl: 20× flatter along x than along y, so plain
    /// SGD zigzags across the valley. Minimum 0 at (0, 0).
    case elongatedBowl
    /// Rosenbrock's banana valley f = (a − x)² + b·(y − x²)² with a = 1, b = 100:
    /// easy to reach the valley, slow to follow it. Minimum 0 at (1, 1).
    case rosenbrock
    /// Beale's function f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²:
    /// flat plateaus and steep walls. Minimum 0 at (3, 0.5).
    case beale
    /// The saddle f = x² − y²: a minimum along x, a maximum along y, no minimum at all.
    /// Starting just off the ridge shows which optimizers escape the saddle point quickly.
    case saddle

    /// The name shown to the learner.
    public var displayName: String {
        switch self {
        case .elongatedBowl: "x²/20 + y² (the book's)"
        case .rosenbrock: "Rosenbrock"
        case .beale: "Beale"
        case .saddle: "Saddle"
        }
    }

    /// The formula as text.
    public var formula: String {
        switch self {
        case .elongatedBowl: "f(x, y) = x²/20 + y²"
        case .rosenbrock: "f(x, y) = (1 − x)² + 100·(y − x²)²"
        case .beale: "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"
        case .saddle: "f(x, y) = x² − y²"
        }
    }

    /// f(x, y).
    public func value(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .elongatedBowl:
            return x * x / 20 + y * y
        case .rosenbrock:
            let a = 1 - x, b = y - x * x
            return a * a + 100 * b * b
        case .beale:
            let (t1, t2, t3) = Self.bealeTerms(x, y)
            return t1 * t1 + t2 * t2 + t3 * t3
        case .saddle:
            return x * x - y * y
        }
    }

    /// f at a point.
    public func value(at point: SIMD2<Double>) -> Double { value(point.x, point.y) }

    /// The analytic gradient (∂f/∂x, ∂f/∂y).
    public func gradient(_ x: Double, _ y: Double) -> SIMD2<Double> {
        switch self {
        case .elongatedBowl:
            return SIMD2(x / 10, 2 * y)
        case .rosenbrock:
            let b = y - x * x
            return SIMD2(-2 * (1 - x) - 400 * x * b, 200 * b)
        case .beale:
            let (t1, t2, t3) = Self.bealeTerms(x, y)
            let dx = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1)
            let dy = 2 * t1 * x + 2 * t2 * (2 * x * y) + 2 * t3 * (3 * x * y * y)
            return SIMD2(dx, dy)
        case .saddle:
            return SIMD2(2 * x, -2 * y)
        }
    }

    /// The analytic gradient at a point.
    public func gradient(at point: SIMD2<Double>) -> SIMD2<Double> { gradient(point.x, point.y) }

    /// Where the race starts (the book's (−7, 2) on its bowl).
    public var start: SIMD2<Double> {
        switch self {
        case .elongatedBowl: SIMD2(-7, 2)
        case .rosenbrock: SIMD2(-1.2, 1)
        case .beale: SIMD2(1, 1.5)
        case .saddle: SIMD2(-1.5, 0.01)
        }
    }

    /// The x range worth drawing (the book's figure for its bowl).
    public var xRange: ClosedRange<Double> {
        switch self {
        case .elongatedBowl: -10...10
        case .rosenbrock: -2...2
        case .beale: -4.5...4.5
        case .saddle: -2...2
        }
    }

    /// The y range worth drawing.
    public var yRange: ClosedRange<Double> {
        switch self {
        case .elongatedBowl: -5...5
        case .rosenbrock: -1...3
        case .beale: -4.5...4.5
        case .saddle: -2...2
        }
    }

    /// The global minimum, or nil when there is none (the saddle).
    public var minimum: SIMD2<Double>? {
        switch self {
        case .elongatedBowl: SIMD2(0, 0)
        case .rosenbrock: SIMD2(1, 1)
        case .beale: SIMD2(3, 0.5)
        case .saddle: nil
        }
    }

    private static func bealeTerms(_ x: Double, _ y: Double) -> (Double, Double, Double) {
        (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y)
    }
}

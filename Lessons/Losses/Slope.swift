import Foundation
import NumericCore

/// The book's f(x) = 0.01x² + 0.1x (ch. 4.3.2) at a point, its slope by the core's central
/// difference (`numericalDerivative`, the book's `numerical_diff`) and by the core's forward
/// difference, against the analytic slope 0.02x + 0.1.
struct Slope {
    /// Where the slope is taken.
    var x: Double
    /// The step of the difference quotients.
    var h: Double

    /// f(x) = 0.01x² + 0.1x, written as the book's `function_1` (x**2 is x·x in float64).
    static func f(_ x: Double) -> Double { 0.01 * (x * x) + 0.1 * x }
    /// f′(x) = 0.02x + 0.1.
    static func analytic(_ x: Double) -> Double { 0.02 * x + 0.1 }

    /// (f(x + h) − f(x − h)) / 2h.
    var central: Double { numericalDerivative(Self.f, at: x, h: h) }
    /// (f(x + h) − f(x)) / h.
    var forward: Double { forwardDifference(Self.f, at: x, h: h) }
    /// 0.02x + 0.1.
    var analytic: Double { Self.analytic(x) }
    /// |central − analytic|.
    var centralError: Double { abs(central - analytic) }
    /// |forward − analytic|.
    var forwardError: Double { abs(forward - analytic) }

    /// The tangent line the central difference gives, y = f(x) + slope·(u − x), at `u`.
    func tangent(at u: Double) -> Double { Self.f(x) + central * (u - x) }

    /// The steps of the error chart: h = 10^(k/4) for k = −60 … 0 (1e-15 … 1), exact powers
    /// of ten where k is a multiple of 4.
    static let hGrid: [Double] = (-60...0).map { k in k % 4 == 0 ? Double("1e\(k / 4)")! : pow(10, Double(k) / 4) }

    /// Both errors at every h of `hGrid`, at this x.
    func errorSweep() -> (central: [Double], forward: [Double]) {
        let points = Self.hGrid.map { Slope(x: x, h: $0) }
        return (points.map(\.centralError), points.map(\.forwardError))
    }

    /// The book's plotting grid for f, `np.arange(0.0, 20.0, 0.1)` (x[i] = i·0.1 exactly as
    /// numpy computes it, start 0).
    static let plotGrid: [Double] = (0..<200).map { Double($0) * 0.1 }
}

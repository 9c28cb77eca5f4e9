import Foundation
import NumericCore

/// How a search draws a value between `low` and `high` (both > 0): uniformly on the number
/// line, or uniformly in the exponent, 10^U(log10 low, log10 high) — the book's
/// `10 ** np.random.uniform(-6, -2)` and Ng's "sample on a log scale".
enum Sampling: Int, CaseIterable, Sendable {
    case uniform, log

    /// The knob's choice values (command-line identifiers, never translated).
    static let names = ["uniform", "log"]

    /// One draw from `rng` (one uniform number each, so both samplings use the same stream).
    func draw(low: Double, high: Double, using rng: inout Xoshiro256StarStar) -> Double {
        let u = rng.nextUniform()
        switch self {
        case .uniform: return low + (high - low) * u
        case .log:
            let a = log10(low), b = log10(high)
            return pow(10, a + (b - a) * u)
        }
    }
}

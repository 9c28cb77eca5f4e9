import Testing
@testable import NumericCore

/// The forward difference (f(x + h) − f(x)) / h against hand derivations and numpy
/// (Scripts/reference/losses.py prints the same quotients).
@Suite("Forward difference")
struct ForwardDifferenceTests {
    private func f(_ x: Double) -> Double { 0.01 * x * x + 0.1 * x }

    @Test func truncationErrorIsOfOrderH() {
        // f(x + h) − f(x) = (0.02x + 0.1)·h + 0.01·h²: the quotient is f′(x) + 0.01·h.
        #expect(forwardDifference({ 3 * $0 }, at: 2, h: 0.5) == 3)
        #expect(forwardDifference(f, at: 5, h: 1) == 0.21000000000000008)
        #expect(forwardDifference(f, at: 5, h: 1e-4) == 0.20000099999917254)
    }

    @Test func roundOffDominatesForTinyH() {
        #expect(forwardDifference(f, at: 5, h: 1e-12) == 0.2000621890374532)
        #expect(forwardDifference(f, at: 5, h: 1e-15) == 0.22204460492503128)
    }
}

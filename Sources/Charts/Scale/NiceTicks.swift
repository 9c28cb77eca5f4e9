import Foundation

/// Choosing "nice" tick values: multiples of 1, 2 or 5 × 10^k.
///
/// The rule: the step is the smallest 1/2/5 × 10^k for which at most `maxCount` ticks fall
/// in the range; with `widen`, the range is first extended outward to multiples of the step
/// (and the count taken over the extended range). Examples: 0…1 with 3 ticks → 0, 0.5, 1;
/// 0…97 with 3 ticks, widened → 0…100 with 0, 50, 100; 0…97 with 5, widened → 0, 50, 100
/// (step 20 would need 6); 0.31…0.39 with 3, not widened → the single tick 0.35. Widening
/// allows at least 3 ticks, since a range straddling a multiple of every step needs them.
public enum NiceTicks {
    /// The chosen step and tick values for `range`.
    public static func ticks(in range: ClosedRange<Double>, maxCount: Int, widen: Bool = false)
        -> (range: ClosedRange<Double>, step: Double, values: [Double])
    {
        let lo = range.lowerBound, hi = range.upperBound
        let count = Swift.max(widen ? 3 : 2, maxCount)
        let span = hi - lo
        guard lo.isFinite, hi.isFinite, span > 0 else { return (range, 1, lo.isFinite ? [lo] : []) }
        var k = Int((log10(span / Double(count))).rounded(.down)) - 1
        for _ in 0..<64 {
            let base = pow10(k)
            for m in [1.0, 2.0, 5.0] {
                let s = m * base
                let first = widen ? (lo / s + 1e-9).rounded(.down) : (lo / s - 1e-9).rounded(.up)
                let last = widen ? (hi / s - 1e-9).rounded(.up) : (hi / s + 1e-9).rounded(.down)
                let n = Int(last - first) + 1
                if n <= count {
                    var values: [Double] = []
                    values.reserveCapacity(Swift.max(0, n))
                    var i = first
                    while i <= last {
                        // i·m is an exact integer; one rounding by an exact power of ten keeps
                        // values such as 0.35 as close to the decimal as a Double can be.
                        let v = k >= 0 ? i * m * base : i * m / pow10(-k)
                        values.append(v == 0 ? 0 : v)
                        i += 1
                    }
                    let r = widen ? (k >= 0 ? first * m * base : first * m / pow10(-k))...(k >= 0 ? last * m * base : last * m / pow10(-k)) : range
                    return (r, s, values)
                }
            }
            k += 1
        }
        return (range, span, [lo, hi])
    }
}

/// 10 raised to the integer `k`, exact for the powers Double can represent exactly.
func pow10(_ k: Int) -> Double {
    k >= 0 ? pow(10, Double(k)) : 1 / pow(10, Double(-k))
}

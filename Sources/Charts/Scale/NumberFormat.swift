import Foundation

/// Compact, honest number formatting for labels, legends and tables.
///
/// `compact(_:)` keeps `significant` digits (3 by default) and picks a form by magnitude:
/// - 0 → `0`; NaN → `NaN`; ±∞ → `inf` / `-inf`;
/// - |v| < 0.001 → scientific without padding: `1e-7`, `2.5e-5`;
/// - |v| < 10 000 → plain decimals, trailing zeros dropped: `0.001`, `0.0123`, `12.3`, `1234`;
/// - |v| < 10^15 → a suffix k, M, G, T: `12.5k`, `1.5M`;
/// - larger → scientific: `1.2e15`.
///
/// `ticks(_:step:)` formats a whole axis in one style, with exactly the decimals needed to tell
/// neighbouring ticks apart (so `0, 0.5, 1` and `100.001k, 100.002k`, never two equal labels).
public enum NumberFormat {
    /// `value` in at most `significant` significant digits (see `NumberFormat`).
    public static func compact(_ value: Double, significant: Int = 3) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        let sig = Swift.max(1, significant)
        let a = abs(value)
        let sign = value < 0 ? "-" : ""
        if a < 1e-3 || a >= 1e15 {
            return sign + scientific(a, decimals: sig - 1)
        }
        if a < 1e4 {
            let e = Int(log10(a).rounded(.down))
            let s = fixed(a, decimals: Swift.max(0, sig - 1 - e))
            return s == "0" ? "0" : sign + s
        }
        var unitIndex = Int(log10(a).rounded(.down)) / 3
        while unitIndex <= 4 {
            let unit = pow10(unitIndex * 3)
            let m = a / unit
            let e = Int(log10(m).rounded(.down))
            let s = fixed(m, decimals: Swift.max(0, sig - 1 - e))
            if Double(s) ?? 0 < 1000 || unitIndex == 4 { return sign + s + suffixes[unitIndex] }
            unitIndex += 1
        }
        return sign + scientific(a, decimals: sig - 1)
    }

    /// Labels for tick `values` spaced `step` apart, all in one style (see `NumberFormat`).
    public static func ticks(_ values: [Double], step: Double) -> [String] {
        let maxAbs = values.reduce(0) { Swift.max($0, abs($1)) }
        let stepExponent = step > 0 && step.isFinite ? Int((log10(step) + 1e-9).rounded(.down)) : 0
        return values.map { v in
            if !v.isFinite { return compact(v) }
            if abs(v) < abs(step) * 1e-9 || v == 0 { return "0" }
            let sign = v < 0 ? "-" : ""
            let a = abs(v)
            if maxAbs < 1e-3 || maxAbs >= 1e15 {
                let e = Int(log10(a).rounded(.down))
                return sign + scientific(a, decimals: Swift.max(0, e - stepExponent))
            }
            if maxAbs >= 1e4 {
                let unitIndex = Swift.min(4, Int(log10(maxAbs).rounded(.down)) / 3)
                let decimals = Swift.max(0, unitIndex * 3 - stepExponent)
                return sign + fixed(a / pow10(unitIndex * 3), decimals: decimals) + suffixes[unitIndex]
            }
            return sign + fixed(a, decimals: Swift.max(0, -stepExponent))
        }
    }

    static let suffixes = ["", "k", "M", "G", "T"]

    /// Non-negative `a` with `decimals` decimals, trailing zeros (and a bare point) dropped.
    static func fixed(_ a: Double, decimals: Int) -> String {
        let d = Swift.min(decimals, 17)
        let scale = pow10(d)
        let scaled = (a * scale).rounded()
        guard scaled < 9e18 else { return String(a) }
        let n = UInt64(scaled)
        let p = UInt64(scale)
        let whole = String(n / p)
        guard d > 0 else { return whole }
        var frac = String(n % p)
        if frac.count < d { frac = String(repeating: "0", count: d - frac.count) + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return frac.isEmpty ? whole : whole + "." + frac
    }

    /// Positive `a` as `m.mmme±x` with `decimals` mantissa decimals, trailing zeros dropped.
    static func scientific(_ a: Double, decimals: Int) -> String {
        var e = Int(log10(a).rounded(.down))
        var m = a / pow10(e)
        if m >= 10 { m /= 10; e += 1 }
        if m < 1 { m *= 10; e -= 1 }
        var s = fixed(m, decimals: decimals)
        if s == "10" {
            e += 1
            s = fixed(m / 10, decimals: decimals)
        }
        return s + "e" + String(e)
    }
}

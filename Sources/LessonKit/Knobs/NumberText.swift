import Foundation

/// Short, readable text for numbers: what a knob shows in the parameter panel and what
/// range descriptions print ("a number from 0.0001 to 10").
///
/// Ordinary magnitudes (10⁻⁴ ≤ |x| < 10⁶) use fixed notation, tiny and huge ones scientific
/// notation with a two-digit exponent (`1e-07`, `2.5e+06`); trailing zeros are trimmed.
public enum NumberText {
    /// `value` rounded to `digits` significant digits (at least 1), in at most about 10 columns.
    public static func format(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        let significant = Swift.max(1, Swift.min(17, digits))
        // The exponent after rounding to `significant` digits (9.9996 rounds to 1.00e+01).
        let scientific = String(format: "%.\(significant - 1)e", value)
        let parts = scientific.split(separator: "e")
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        if exponent >= -4 && exponent < 6 {
            let decimals = Swift.max(0, significant - 1 - exponent)
            return trimmingZeros(String(format: "%.\(decimals)f", value))
        }
        let mantissa = trimmingZeros(String(parts[0]))
        let sign = exponent < 0 ? "-" : "+"
        let magnitude = abs(exponent)
        return "\(mantissa)e\(sign)\(magnitude < 10 ? "0" : "")\(magnitude)"
    }

    /// `value` rounded to 12 significant digits, which removes the binary noise that repeated
    /// stepping accumulates (0.1 + 0.2 becomes 0.3) while keeping every digit a person typed.
    static func cleaned(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.12g", value)) ?? value
    }

    /// "1.500" → "1.5", "2.000" → "2", "-0.0" → "0"; text without a decimal point is kept.
    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = Substring(text)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return t == "-0" ? "0" : String(t)
    }
}

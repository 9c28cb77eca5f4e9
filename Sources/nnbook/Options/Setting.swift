import Charts

/// `--set NAME=VALUE`: one parameter setting of a headless run or render.
enum Setting {
    /// Splits at the first `=`; the value may be empty only if the knob accepts that (it
    /// will not) and may itself contain `=`.
    static func parse(_ text: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CommandFailure(tr("invalid --set '\(text)': expected NAME=VALUE, e.g. lr=0.1 (see --list-params)",
                                    "无效的 --set '\(text)'：应为 NAME=VALUE，例如 lr=0.1（参见 --list-params）"))
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}

/// `--steps N`: a count of model steps, from 0 to `maximum`.
enum Steps {
    /// The most steps `run` and `render` take: a million training iterations already take
    /// hours; a bigger count is a typo, not a plan.
    static let maximum = 1_000_000

    /// `text` as a step count (nil stays nil), or a one-line failure naming the range.
    static func parse(_ text: String?) throws -> Int? {
        guard let text else { return nil }
        return try WholeNumber.parse(text, option: "--steps", maximum: UInt64(maximum)).map(Int.init)
    }
}

/// `--seed S`: the seed of every random choice, any UInt64.
enum Seed {
    /// `text` as a seed, or a one-line failure naming the range.
    static func parse(_ text: String) throws -> UInt64 {
        try WholeNumber.parse(text, option: "--seed", maximum: .max)!
    }
}

/// Whole numbers written on the command line: ASCII digits only (no sign, no exponent).
///
/// Options that take one are parsed as text (with `.unconditional`), because ArgumentParser
/// reads `--seed -1` as a missing value followed by an unknown option `-1`; here every bad
/// value gets the same clear message.
enum WholeNumber {
    /// `text` as a number from 0 to `maximum`, or a failure "invalid OPTION 'TEXT': expected
    /// a whole number from 0 to MAXIMUM".
    static func parse(_ text: String, option: String, maximum: UInt64) throws -> UInt64? {
        let isDigits = !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard isDigits, let value = UInt64(text), value <= maximum else {
            throw CommandFailure(tr("invalid \(option) '\(text)': expected a whole number from 0 to \(maximum)",
                                    "无效的 \(option) '\(text)'：应为 0 到 \(maximum) 之间的整数"))
        }
        return value
    }
}

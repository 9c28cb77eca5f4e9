import Charts
import Foundation

/// Parsing, stepping and formatting of knob values: what the parameter panel and
/// `nnbook run --set NAME=VALUE` do with a knob.
extension Knob {
    /// The value after `steps` steps (negative: down), clamped to the range.
    ///
    /// - Linear: ± `step` each; a `big` step is ten of them (H/L, [ ]).
    /// - Log: each step multiplies (or divides) by the step factor; a `big` step by 10, the
    ///   same on every log knob (lessons teach "values spaced by factors of 10 (H/L)").
    /// - Integer: ± `step` (big: ×10).
    /// - Choice: moves through the options and wraps around (big steps are single steps).
    /// - Toggle: an odd number of steps flips it.
    public func stepped(by steps: Int, big: Bool = false) -> Double {
        let count = Double(steps) * (big ? 10 : 1)
        switch kind {
        case let .continuous(range, _, .log) where big:
            let start = value > 0 ? value : Swift.max(range.lowerBound, Double.leastNormalMagnitude)
            return clamped(NumberText.cleaned(start * pow(10, Double(steps))), to: range)
        case let .continuous(range, step, .linear):
            return clamped(NumberText.cleaned(value + count * step), to: range)
        case let .continuous(range, factor, .log):
            let start = value > 0 ? value : Swift.max(range.lowerBound, Double.leastNormalMagnitude)
            return clamped(NumberText.cleaned(start * pow(factor, count)), to: range)
        case let .integer(range, step):
            let moved = value.rounded() + count * Double(step)
            return clamped(moved, to: Double(range.lowerBound)...Double(range.upperBound))
        case let .choice(options):
            guard !options.isEmpty else { return 0 }
            let index = Int(clamped(value.rounded(), to: 0...Double(options.count - 1)))
            let n = options.count
            return Double(((index + steps % n) % n + n) % n)
        case .toggle:
            let on = value != 0
            return (steps % 2 == 0) == on ? 1 : 0
        }
    }

    /// Parses a value typed by the learner or given with `--set`, or throws
    /// `LessonKitError.invalidValue` whose `expected` text is `rangeDescription`.
    ///
    /// Numbers are plain decimals — `0.01`, `.5`, `1e-3`, `-0.5`, `+2` — and nothing else:
    /// no hex (`0x10`, which Swift's `Double(_:)` reads as 16), NaN or infinities. A choice
    /// accepts its name (exactly, then ignoring case) or its 0-based index; a toggle accepts
    /// on/off, true/false, 1/0 (any case).
    public func parse(_ text: String) throws -> Double {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let invalid = LessonKitError.invalidValue(knob: name, value: text, expected: rangeDescription)
        let number = Knob.isDecimal(typed) ? Double(typed) : nil
        switch kind {
        case let .continuous(range, _, _):
            guard let v = number, v.isFinite, range.contains(v) else { throw invalid }
            return v
        case let .integer(range, _):
            guard let v = number, v.isFinite, v == v.rounded(),
                  v >= Double(range.lowerBound), v <= Double(range.upperBound) else { throw invalid }
            return v
        case let .choice(options):
            if let i = options.firstIndex(of: typed) { return Double(i) }
            if let i = options.firstIndex(where: { $0.lowercased() == typed.lowercased() }) { return Double(i) }
            if let i = Int(typed), options.indices.contains(i) { return Double(i) }
            throw invalid
        case .toggle:
            switch typed.lowercased() {
            case "on", "true", "1": return 1
            case "off", "false", "0": return 0
            default: throw invalid
            }
        }
    }

    /// Whether `text` is a plain decimal number: an optional sign, ASCII digits with at most
    /// one point (at least one digit in all), and an optional exponent `e`/`E`, sign, digits.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        func sign() { if let c = bytes.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { bytes = bytes.dropFirst() } }
        sign()
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let c = bytes.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            sign()
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// The value as the parameter panel shows it, in about 10 columns: a number with
    /// `digits` significant digits (fixed or scientific notation), a choice's name, on/off.
    public var formattedValue: String {
        switch kind {
        case .continuous:
            return NumberText.format(value, digits: digits)
        case .integer:
            guard value.isFinite, abs(value) < 1e15 else { return NumberText.format(value, digits: digits) }
            return String(Int(value.rounded()))
        case let .choice(options):
            guard !options.isEmpty else { return "" }
            guard value.isFinite else { return options[0] }
            return options[Int(clamped(value.rounded(), to: 0...Double(options.count - 1)))]
        case .toggle:
            return value != 0 ? "on" : "off"
        }
    }

    /// What values the knob accepts, worded to follow "expected": "a number from 0.0001 to
    /// 10", "a whole number from 1 to 100", "one of: book, rosenbrock, beale, saddle",
    /// "on or off" (in Chinese, to follow 应为："0.0001 到 10 之间的数", "1 到 100 之间的整数",
    /// "以下之一：book、rosenbrock、beale、saddle", "on 或 off"; values stay as typed).
    public var rangeDescription: String {
        switch kind {
        case let .continuous(range, _, _):
            let low = NumberText.format(range.lowerBound, digits: 6), high = NumberText.format(range.upperBound, digits: 6)
            return tr("a number from \(low) to \(high)", "\(low) 到 \(high) 之间的数")
        case let .integer(range, _):
            return tr("a whole number from \(range.lowerBound) to \(range.upperBound)",
                      "\(range.lowerBound) 到 \(range.upperBound) 之间的整数")
        case let .choice(options):
            return tr("one of: \(options.joined(separator: ", "))", "以下之一：\(options.joined(separator: "、"))")
        case .toggle:
            return tr("on or off", "on 或 off")
        }
    }
}

/// `value` limited to `range`.
private func clamped(_ value: Double, to range: ClosedRange<Double>) -> Double {
    Swift.min(range.upperBound, Swift.max(range.lowerBound, value))
}

import Charts
import LessonKit

/// The one-line input opened by `=`: the learner types an exact value for a knob.
struct ValueEntry: Equatable, Sendable {
    /// The knob being set (its label is read from the cell when drawn, in the language shown).
    var knobName: String
    /// What was typed so far.
    var text = ""
    /// Why the last Enter was refused (shown in the status line), nil if it was not.
    var error: String?

    /// The most characters the line takes.
    static let maximumLength = 32

    /// Parses `text` for `knob`: the knob's own parsing, then a check that the value lies in
    /// the knob's range (the cell expects validated values).
    static func value(of text: String, for knob: Knob) throws -> Double {
        let trimmed = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        let value = try knob.parse(trimmed)
        if let expected = expectedRange(of: knob, rejecting: value) {
            throw LessonKitError.invalidValue(knob: knob.name, value: trimmed, expected: expected)
        }
        return value
    }

    /// Whether `knob` accepts `value` (a finite value in its range; for choices a valid
    /// index, for toggles 0 or 1), e.g. a value read back from a progress file.
    static func accepts(_ value: Double, for knob: Knob) -> Bool {
        value.isFinite && expectedRange(of: knob, rejecting: value) == nil
    }

    /// A description of the valid values when `value` is not one of them, nil when it is.
    private static func expectedRange(of knob: Knob, rejecting value: Double) -> String? {
        switch knob.kind {
        case let .continuous(range, _, _):
            return range.contains(value) ? nil : tr("a number from \(format(range.lowerBound)) to \(format(range.upperBound))",
                                                     "\(format(range.lowerBound)) 到 \(format(range.upperBound)) 之间的数")
        case let .integer(range, _):
            let ok = value.rounded() == value && Double(range.lowerBound) <= value && value <= Double(range.upperBound)
            return ok ? nil : tr("a whole number from \(range.lowerBound) to \(range.upperBound)",
                                 "\(range.lowerBound) 到 \(range.upperBound) 之间的整数")
        case let .choice(options):
            let ok = value.rounded() == value && value >= 0 && Int(value) < options.count
            return ok ? nil : tr("one of \(options.joined(separator: ", "))", "以下之一：\(options.joined(separator: ", "))")
        case .toggle:
            return value == 0 || value == 1 ? nil : tr("on or off", "on 或 off")
        }
    }

    private static func format(_ x: Double) -> String {
        x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }
}

/// Parsing, stepping and formatting of knob values.
///
/// STUB: minimal behaviour; the LessonKit work completes it (log stepping, choice names,
/// range errors that name the valid range, formatting that fits the panel).
extension Knob {
    /// The value after `steps` steps (negative: down), clamped to the range. `big` steps are
    /// ten times larger (H/L, [ ]).
    public func stepped(by steps: Int, big: Bool = false) -> Double {
        let n = Double(big ? steps * 10 : steps)
        switch kind {
        case let .continuous(range, step, _): return Swift.min(range.upperBound, Swift.max(range.lowerBound, value + n * step))
        case let .integer(range, step): return Swift.min(Double(range.upperBound), Swift.max(Double(range.lowerBound), value + n * Double(step)))
        case let .choice(options): return Double(((Int(value) + Int(n)) % options.count + options.count) % options.count)
        case .toggle: return value == 0 ? 1 : 0
        }
    }

    /// Parses a value typed by the learner or given with `--set`.
    public func parse(_ text: String) throws -> Double {
        if case let .choice(options) = kind, let i = options.firstIndex(of: text) { return Double(i) }
        guard let v = Double(text) else {
            throw LessonKitError.invalidValue(knob: name, value: text, expected: "a number")
        }
        return v
    }

    /// The value as the panel shows it.
    public var formattedValue: String {
        if case let .choice(options) = kind { return options[Swift.max(0, Swift.min(options.count - 1, Int(value)))] }
        return "\(value)"
    }
}

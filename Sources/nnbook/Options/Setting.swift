/// `--set NAME=VALUE`: one parameter setting of a headless run.
enum Setting {
    /// Splits at the first `=`; the value may be empty only if the knob accepts that (it
    /// will not) and may itself contain `=`.
    static func parse(_ text: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CommandFailure("invalid --set '\(text)': expected NAME=VALUE, e.g. lr=0.1")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}

/// `--steps N`: a count of model steps.
enum Steps {
    /// `steps` unchanged, or a failure if it is negative.
    static func validated(_ steps: Int?) throws -> Int? {
        if let steps, steps < 0 {
            throw CommandFailure("invalid --steps '\(steps)': expected a whole number, 0 or more")
        }
        return steps
    }
}

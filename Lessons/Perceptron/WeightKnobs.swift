import LessonKit

/// The knobs w1, w2 and b that the gate cells share: −1 … 1 in steps of 0.1, enough for
/// every gate of the book.
enum WeightKnobs {
    static let range = -1.0...1.0

    /// The three knobs showing `perceptron`'s weights.
    static func knobs(for perceptron: Perceptron) -> [Knob] {
        [
            Knob(name: "w1", label: "weight w1", kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.w1),
            Knob(name: "w2", label: "weight w2", kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.w2),
            Knob(name: "b", label: "bias b", kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.b),
        ]
    }

    /// Applies knob `name` to `perceptron`; false for a name that is not a weight.
    @discardableResult
    static func apply(_ name: String, _ value: Double, to perceptron: inout Perceptron) -> Bool {
        let v = value.isFinite ? min(range.upperBound, max(range.lowerBound, value)) : 0
        switch name {
        case "w1": perceptron.w1 = v
        case "w2": perceptron.w2 = v
        case "b": perceptron.b = v
        default: return false
        }
        return true
    }
}

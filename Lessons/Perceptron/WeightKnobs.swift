import Charts
import LessonKit

/// The knobs w1, w2 and b of the gate cells: −1 … 1 in steps of 0.1, enough for every gate
/// of the book. Each page names its own (`prefix`: page 2's are `xor_w1`, `xor_w2`, `xor_b`),
/// so `--set` on the command line addresses one page.
enum WeightKnobs {
    static let range = -1.0...1.0

    /// The three knobs showing `perceptron`'s weights, named `prefix` + w1, w2, b.
    static func knobs(for perceptron: Perceptron, prefix: String = "") -> [Knob] {
        [
            Knob(name: prefix + "w1", label: tr("weight w1", "权重 w1"), kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.w1),
            Knob(name: prefix + "w2", label: tr("weight w2", "权重 w2"), kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.w2),
            Knob(name: prefix + "b", label: tr("bias b", "偏置 b"), kind: .continuous(range: range, step: 0.1, scale: .linear), value: perceptron.b),
        ]
    }

    /// Applies knob `name` (with `prefix`) to `perceptron`; false for a name that is not a weight.
    @discardableResult
    static func apply(_ name: String, _ value: Double, prefix: String = "", to perceptron: inout Perceptron) -> Bool {
        let v = value.isFinite ? min(range.upperBound, max(range.lowerBound, value)) : 0
        guard name.hasPrefix(prefix) else { return false }
        switch name.dropFirst(prefix.count) {
        case "w1": perceptron.w1 = v
        case "w2": perceptron.w2 = v
        case "b": perceptron.b = v
        default: return false
        }
        return true
    }
}

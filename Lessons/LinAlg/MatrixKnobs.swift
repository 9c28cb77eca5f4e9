import Charts
import LessonKit

/// The four entry knobs a, b, c, d of a 2×2 matrix, shared by pages 1 and 2.
enum MatrixKnobs {
    static let names = ["a", "b", "c", "d"]

    static func knobs(_ m: MatrixMap) -> [Knob] {
        zip(names, [m.a, m.b, m.c, m.d]).map { name, value in
            Knob(name: name, label: tr("entry \(name)", "元素 \(name)"),
                 kind: .continuous(range: -3...3, step: 0.1, scale: .linear), value: value, digits: 2)
        }
    }

    /// Sets entry `name` (clamped to −3…3); false for another name or a non-finite value.
    static func set(_ m: inout MatrixMap, _ name: String, _ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let v = min(3, max(-3, value))
        switch name {
        case "a": m.a = v
        case "b": m.b = v
        case "c": m.c = v
        case "d": m.d = v
        default: return false
        }
        return true
    }

    static func text(_ m: MatrixMap) -> String {
        let f = { (x: Double) in NumberText.format(x, digits: 2) }
        return "A = [[\(f(m.a)), \(f(m.b))], [\(f(m.c)), \(f(m.d))]]"
    }
}

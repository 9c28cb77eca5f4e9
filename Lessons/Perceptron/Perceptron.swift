import LessonKit
import NumericCore

/// The four inputs of a two-input gate, in the book's table order (Saito, fig. 2-2):
/// (x1, x2) = (0, 0), (1, 0), (0, 1), (1, 1).
let gateInputs: [(x1: Double, x2: Double)] = [(0, 0), (1, 0), (0, 1), (1, 1)]

/// A perceptron with two inputs (book ch. 2): a = w1·x1 + w2·x2 + b, then the step
/// function, y = 1 if a > 0 else 0 (the book writes y = 0 if a ≤ 0).
struct Perceptron: Equatable {
    var w1: Double
    var w2: Double
    var b: Double

    /// The book's AND gate: w = (0.5, 0.5), b = −0.7.
    static let bookAND = Perceptron(w1: 0.5, w2: 0.5, b: -0.7)
    /// The book's NAND gate: w = (−0.5, −0.5), b = 0.7.
    static let bookNAND = Perceptron(w1: -0.5, w2: -0.5, b: 0.7)
    /// The book's OR gate: w = (0.5, 0.5), b = −0.2.
    static let bookOR = Perceptron(w1: 0.5, w2: 0.5, b: -0.2)

    /// The weighted sum a = w1·x1 + w2·x2 + b (the book's `np.sum(w*x) + b`, same order).
    func sum(_ x1: Double, _ x2: Double) -> Double { (w1 * x1 + w2 * x2) + b }

    /// y = step(a): 1 if a > 0, else 0 (the core's step activation).
    func output(_ x1: Double, _ x2: Double) -> Int { Activation.step.value(sum(x1, x2)) > 0 ? 1 : 0 }

    /// The outputs for the four inputs, in `gateInputs` order.
    var truthTable: [Int] { gateInputs.map { output($0.x1, $0.x2) } }

    /// The named gate this perceptron computes (every table of four bits has a name).
    var gate: LogicGate { LogicGate(truthTable: truthTable) }

    /// Whether w1 = w2 = 0, so there is no line and the output is the same everywhere.
    var hasNoLine: Bool { w1 == 0 && w2 == 0 }

    /// "0.5·x1 + 0.5·x2 − 0.7" (terms with a zero weight left out; "0" when all are zero).
    var formula: String {
        var terms: [(Double, String)] = []
        if w1 != 0 { terms.append((w1, "·x1")) }
        if w2 != 0 { terms.append((w2, "·x2")) }
        if b != 0 || terms.isEmpty { terms.append((b, "")) }
        var text = ""
        for (i, (value, suffix)) in terms.enumerated() {
            let magnitude = NumberText.format(abs(value), digits: 3) + suffix
            if i == 0 {
                text = (value < 0 ? "−" : "") + magnitude
            } else {
                text += (value < 0 ? " − " : " + ") + magnitude
            }
        }
        return text
    }
}

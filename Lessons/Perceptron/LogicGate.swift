import Charts

/// The sixteen Boolean functions of two inputs, each with its name: AND, OR, NAND, NOR, XOR,
/// XNOR, the single inputs and their negations, the four mixed ones and the two constants.
/// Any truth table of four bits is one of them, so a perceptron's table always has a name.
///
/// The order is the order of the learning cell's `target` knob: the common gates first.
enum LogicGate: String, CaseIterable {
    case and = "AND", or = "OR", nand = "NAND", nor = "NOR", xor = "XOR", xnor = "XNOR"
    case x1, x2, notX1 = "NOT-x1", notX2 = "NOT-x2"
    case x1AndNotX2 = "x1-AND-NOT-x2", notX1AndX2 = "NOT-x1-AND-x2"
    case x1OrNotX2 = "x1-OR-NOT-x2", notX1OrX2 = "NOT-x1-OR-x2"
    case alwaysZero = "FALSE", alwaysOne = "TRUE"

    /// The knob and export names, in order.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The gate at a knob value (the index), clamped.
    init(index: Double) {
        let cases = Self.allCases
        let i = index.isFinite ? Int(max(0, min(Double(cases.count - 1), index.rounded()))) : 0
        self = cases[i]
    }

    /// The knob value (the index) of this gate.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The outputs for (0, 0), (1, 0), (0, 1), (1, 1) (the order of `gateInputs`).
    var truthTable: [Int] {
        switch self {
        case .and: [0, 0, 0, 1]
        case .or: [0, 1, 1, 1]
        case .nand: [1, 1, 1, 0]
        case .nor: [1, 0, 0, 0]
        case .xor: [0, 1, 1, 0]
        case .xnor: [1, 0, 0, 1]
        case .x1: [0, 1, 0, 1]
        case .x2: [0, 0, 1, 1]
        case .notX1: [1, 0, 1, 0]
        case .notX2: [1, 1, 0, 0]
        case .x1AndNotX2: [0, 1, 0, 0]
        case .notX1AndX2: [0, 0, 1, 0]
        case .x1OrNotX2: [1, 1, 0, 1]
        case .notX1OrX2: [1, 0, 1, 1]
        case .alwaysZero: [0, 0, 0, 0]
        case .alwaysOne: [1, 1, 1, 1]
        }
    }

    /// The gate with this truth table (four 0/1 outputs in `gateInputs` order).
    init(truthTable: [Int]) {
        self = Self.allCases.first { $0.truthTable == truthTable } ?? .alwaysZero
    }

    /// The name as the lesson writes it, in the current language ("AND", "not x1" / "非 x1",
    /// "x1 and not x2" / "x1 且非 x2", "constant 0" / "常数 0"); the names of the book's gates
    /// and of the single inputs read the same in both. 非 binds tighter than 且 and 或; "x1 or
    /// not x2" is written "非 x2 或 x1", since "x1 或非 x2" would read as x1 NOR x2 (或非).
    var label: String {
        switch self {
        case .and, .or, .nand, .nor, .xor, .xnor, .x1, .x2: rawValue
        case .notX1: tr("not x1", "非 x1")
        case .notX2: tr("not x2", "非 x2")
        case .x1AndNotX2: tr("x1 and not x2", "x1 且非 x2")
        case .notX1AndX2: tr("not x1 and x2", "非 x1 且 x2")
        case .x1OrNotX2: tr("x1 or not x2", "非 x2 或 x1")
        case .notX1OrX2: tr("not x1 or x2", "非 x1 或 x2")
        case .alwaysZero: tr("constant 0", "常数 0")
        case .alwaysOne: tr("constant 1", "常数 1")
        }
    }

    /// Chinese words followed by the label: one space before a Latin label ("这是 AND"), none
    /// before a Chinese one ("这是常数 0"), as Chinese writing puts spaces only between Chinese
    /// and Latin.
    func label(after chinese: String) -> String {
        let label = self.label
        guard let first = label.unicodeScalars.first, (0x4E00...0x9FFF).contains(first.value) else { return chinese + " " + label }
        return chinese + label
    }

    /// Whether one straight line separates its 1s from its 0s: all but XOR and XNOR.
    var isLinearlySeparable: Bool { self != .xor && self != .xnor }

    /// Weights that compute the gate with one perceptron, and where they come from: the
    /// book's for AND, NAND and OR; for the others nnbook's, in the same style (±0.5 weights,
    /// a bias that puts the line between the corners). Nil for XOR and XNOR.
    var referenceWeights: (perceptron: Perceptron, fromBook: Bool)? {
        switch self {
        case .and: (.bookAND, true)
        case .nand: (.bookNAND, true)
        case .or: (.bookOR, true)
        case .nor: (Perceptron(w1: -0.5, w2: -0.5, b: 0.2), false)
        case .x1: (Perceptron(w1: 0.5, w2: 0, b: -0.2), false)
        case .x2: (Perceptron(w1: 0, w2: 0.5, b: -0.2), false)
        case .notX1: (Perceptron(w1: -0.5, w2: 0, b: 0.2), false)
        case .notX2: (Perceptron(w1: 0, w2: -0.5, b: 0.2), false)
        case .x1AndNotX2: (Perceptron(w1: 0.5, w2: -0.5, b: -0.2), false)
        case .notX1AndX2: (Perceptron(w1: -0.5, w2: 0.5, b: -0.2), false)
        case .x1OrNotX2: (Perceptron(w1: 0.5, w2: -0.5, b: 0.2), false)
        case .notX1OrX2: (Perceptron(w1: -0.5, w2: 0.5, b: 0.2), false)
        case .alwaysZero: (Perceptron(w1: 0, w2: 0, b: -0.5), false)
        case .alwaysOne: (Perceptron(w1: 0, w2: 0, b: 0.5), false)
        case .xor, .xnor: nil
        }
    }
}

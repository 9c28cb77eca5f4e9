import Charts
import LessonKit

/// Page 1: one perceptron with w1, w2 and b as knobs (the book's AND to start): the four
/// inputs on the unit square with the decision line and the y = 1 side shaded, the truth
/// table with each input's sum a, and the name of the gate the table is.
final class GateCell: LiveCell {
    var title: String { tr("a perceptron: y = step(w1·x1 + w2·x2 + b)", "感知机：y = step(w1·x1 + w2·x2 + b)") }
    private(set) var perceptron = Perceptron.bookAND

    var knobs: [Knob] { WeightKnobs.knobs(for: perceptron) }

    func setKnob(_ name: String, to value: Double) {
        WeightKnobs.apply(name, value, to: &perceptron)
    }

    /// The truth table: x1, x2, a = w1·x1 + w2·x2 + b, y.
    var table: Table {
        let rows = gateInputs.map { input in
            [NumberText.format(input.x1, digits: 1), NumberText.format(input.x2, digits: 1),
             NumberText.format(perceptron.sum(input.x1, input.x2), digits: 3),
             String(perceptron.output(input.x1, input.x2))]
        }
        return Table(headers: ["x1", "x2", "a", "y"], rows: rows)
    }

    /// "✓ this is AND (book)": the gate the table matches ("(book)" at the book's weights).
    var gateLine: String {
        let gate = perceptron.gate
        if let reference = gate.referenceWeights, reference.fromBook, reference.perceptron == perceptron {
            return tr("✓ this is \(gate.label) (book)", "✓ " + gate.label(after: "这是") + "（书中的权重）")
        }
        return tr("✓ this is \(gate.label)", "✓ " + gate.label(after: "这是"))
    }

    /// "a = 0.5·x1 + 0.5·x2 − 0.7", or a note that there is no line.
    var formulaLine: String { "a = " + perceptron.formula }

    /// The line's equation, or why there is none.
    var lineNote: String {
        perceptron.hasNoLine ? tr("w1 = w2 = 0: no line", "w1 = w2 = 0：没有直线") : tr("line: a = 0", "直线：a = 0")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let corners = gateInputs.map { UnitSquarePlot.Corner(x1: $0.x1, x2: $0.x2, value: perceptron.output($0.x1, $0.x2)) }
        let plot = UnitSquarePlot(title: tr("y = 1 shaded", "阴影处 y = 1"), perceptron: perceptron, corners: corners)
        return CellLayout.sideBySide(chart: plot, table: table, lines: [gateLine, formulaLine, lineNote],
                                     minimumPanel: 26, width: width, height: height, options: options)
    }

    var status: String? {
        let gate = perceptron.gate
        let weights = "w = (\(NumberText.format(perceptron.w1, digits: 3)), \(NumberText.format(perceptron.w2, digits: 3))), b = \(NumberText.format(perceptron.b, digits: 3))"
        return tr("\(weights): \(gate.label)", "\(weights)：\(gate.label)")
    }

    /// The current weights with their table and gate, and every named gate: its truth table
    /// and weights that compute it (the book's for AND, NAND, OR; none for XOR, XNOR).
    func export() -> CellExport {
        let gates = LogicGate.allCases.map { gate -> ExportValue in
            let weights: ExportValue = gate.referenceWeights.map { reference in
                .object([("w1", .number(reference.perceptron.w1)), ("w2", .number(reference.perceptron.w2)),
                         ("b", .number(reference.perceptron.b)), ("source", .string(reference.fromBook ? "book" : "nnbook"))])
            } ?? .null
            let computed: ExportValue = gate.referenceWeights.map { .array($0.perceptron.truthTable.map(ExportValue.integer)) } ?? .null
            return .object([("gate", .string(gate.rawValue)), ("label", .string(gate.label)),
                            ("truth_table", .array(gate.truthTable.map(ExportValue.integer))),
                            ("linearly_separable", .bool(gate.isLinearlySeparable)),
                            ("weights", weights), ("perceptron_output", computed)])
        }
        let json: ExportValue = .object([
            ("inputs", .array(gateInputs.map { .array([.number($0.x1), .number($0.x2)]) })),
            ("current", .object([("w1", .number(perceptron.w1)), ("w2", .number(perceptron.w2)), ("b", .number(perceptron.b)),
                                 ("a", .array(gateInputs.map { .number(perceptron.sum($0.x1, $0.x2)) })),
                                 ("truth_table", .array(perceptron.truthTable.map(ExportValue.integer))),
                                 ("gate", .string(perceptron.gate.rawValue))])),
            ("gates", .array(gates)),
        ])
        let rows: [[ExportValue]] = LogicGate.allCases.map { gate in
            let r = gate.referenceWeights
            return [.string(gate.rawValue), .string(r.map { $0.fromBook ? "book" : "nnbook" } ?? "none"),
                    r.map { .number($0.perceptron.w1) } ?? .null, r.map { .number($0.perceptron.w2) } ?? .null,
                    r.map { .number($0.perceptron.b) } ?? .null] + gate.truthTable.map(ExportValue.integer)
        }
        return CellExport(name: "gates", json: json, tables: [
            ExportTable(name: "gates", columns: ["gate", "source", "w1", "w2", "b", "y00", "y10", "y01", "y11"], rows: rows),
        ])
    }
}

import Charts
import LessonKit

/// Page 2: the target is XOR; the learner turns w1, w2 and b and the table marks the rows
/// the line gets wrong. No setting gets all four right: at best three.
final class XORTryCell: LiveCell {
    var title: String { tr("one line for XOR?", "一条直线能做出 XOR 吗？") }
    /// Starts at the book's OR, which is right on three rows and wrong on (1, 1).
    private(set) var perceptron = Perceptron.bookOR
    let target = LogicGate.xor

    /// The knobs' names on the command line: page 1 has w1, w2, b; this page xor_w1, ….
    static let knobPrefix = "xor_"

    var knobs: [Knob] { WeightKnobs.knobs(for: perceptron, prefix: Self.knobPrefix) }

    func setKnob(_ name: String, to value: Double) {
        WeightKnobs.apply(name, value, prefix: Self.knobPrefix, to: &perceptron)
    }

    /// For each input in `gateInputs` order, whether the perceptron's y equals XOR's.
    var rowsRight: [Bool] { zip(perceptron.truthTable, target.truthTable).map { $0 == $1 } }

    /// The table: x1, x2, y, the target t, and a mark (✓ right, ✗ wrong).
    func table(options: RenderOptions) -> Table {
        let right = rowsRight
        let rows = gateInputs.indices.map { i in
            [NumberText.format(gateInputs[i].x1, digits: 1), NumberText.format(gateInputs[i].x2, digits: 1),
             String(perceptron.truthTable[i]), String(target.truthTable[i]),
             right[i] ? (options.unicode ? "✓" : tr("ok", "对")) : (options.unicode ? tr("✗ wrong", "✗ 错") : tr("WRONG", "错"))]
        }
        return Table(columns: [.init("x1"), .init("x2"), .init("y"), .init("XOR"), .init("", alignment: .left)], rows: rows)
    }

    /// "3 of 4 right" and what the line computes instead, the gate on a line of its own
    /// ("not x1 and x2" would not fit after "the line computes" in the panel).
    var summaryLines: [String] {
        let count = rowsRight.filter { $0 }.count
        return [tr("\(count) of 4 right", "4 行中对了 \(count) 行"), tr("the line computes", "这条直线算出的是"), perceptron.gate.label]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let right = rowsRight
        let corners = gateInputs.indices.map { i in
            UnitSquarePlot.Corner(x1: gateInputs[i].x1, x2: gateInputs[i].x2, value: target.truthTable[i], wrong: !right[i])
        }
        let plot = UnitSquarePlot(title: "XOR", showKey: true, perceptron: perceptron, corners: corners)
        return CellLayout.sideBySide(chart: plot, table: table(options: options), lines: summaryLines, minimumPanel: 26,
                                     width: width, height: height, options: options)
    }

    var status: String? {
        let count = rowsRight.filter { $0 }.count
        return count == 4 ? tr("all 4 right", "4 行全对")
            : tr("\(count) of 4 right: XOR is not linearly separable, no line gets all 4",
                 "4 行中对了 \(count) 行：XOR 不是线性可分的，没有哪条直线能让 4 行全对")
    }

    func export() -> CellExport {
        let right = rowsRight
        let json: ExportValue = .object([
            ("target", .string(target.rawValue)),
            ("w1", .number(perceptron.w1)), ("w2", .number(perceptron.w2)), ("b", .number(perceptron.b)),
            ("truth_table", .array(perceptron.truthTable.map(ExportValue.integer))),
            ("target_table", .array(target.truthTable.map(ExportValue.integer))),
            ("right", .array(right.map(ExportValue.bool))),
            ("right_count", .integer(right.filter { $0 }.count)),
        ])
        let rows = gateInputs.indices.map { i in
            [ExportValue.number(gateInputs[i].x1), .number(gateInputs[i].x2), .integer(perceptron.truthTable[i]),
             .integer(target.truthTable[i]), .bool(right[i])]
        }
        return CellExport(name: "xor with one line", json: json,
                          tables: [ExportTable(name: "xor with one line", columns: ["x1", "x2", "y", "t", "right"], rows: rows)])
    }
}

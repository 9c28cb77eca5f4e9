import Charts
import LessonKit

/// Page 3: XOR as two layers, y = AND(NAND(x1, x2), OR(x1, x2)), drawn as a small network
/// with the values flowing through it for the input on the x1, x2 toggles, beside the full
/// table with the hidden outputs s1 and s2; in a tall cell, the two hidden lines and the
/// band between them on the unit square under the network.
final class XORNetworkCell: LiveCell {
    let title = "XOR = AND(NAND, OR)"
    private(set) var x1 = 1
    private(set) var x2 = 0

    var knobs: [Knob] {
        [Knob(name: "x1", label: tr("input x1", "输入 x1"), kind: .toggle, value: Double(x1)),
         Knob(name: "x2", label: tr("input x2", "输入 x2"), kind: .toggle, value: Double(x2))]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "x1": x1 = value != 0 ? 1 : 0
        case "x2": x2 = value != 0 ? 1 : 0
        default: break
        }
    }

    /// The row of `gateInputs` the toggles select.
    var selectedRow: Int { gateInputs.firstIndex { Int($0.x1) == x1 && Int($0.x2) == x2 } ?? 0 }

    /// The network with the values for the selected input.
    var diagram: XORNetworkDiagram {
        let r = TwoLayerXOR.forward(x1, x2)
        return XORNetworkDiagram(x1: x1, x2: x2, s1: r.s1, s2: r.s2, y: r.y)
    }

    /// x1, x2, s1, s2, y for all four inputs, the selected one highlighted.
    var table: Table {
        Table(headers: ["x1", "x2", "s1", "s2", "y"], rows: TwoLayerXOR.table.map { $0.map(String.init) },
              highlightedRow: selectedRow)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let notes = ["s1 = NAND(x1, x2)", "s2 = OR(x1, x2)", "y = AND(s1, s2)"]
        let chart = XORBandChart(diagram: diagram)
        let diagramRows = XORNetworkDiagram.template.count + 1
        // Too narrow for the network beside the table (it would lose its output) but tall:
        // the network across the top, the square and the table under it.
        if width - CellLayout.naturalWidth(table) - 1 < XORNetworkDiagram.width, width >= XORNetworkDiagram.width,
           height - diagramRows >= XORBandChart.minimumSquareRows {
            var grid = Grid(width: width, height: height)
            grid.blit(diagram.render(width: width, height: diagramRows - 1, options: options), x: 0, y: 0)
            grid.blit(CellLayout.sideBySide(chart: chart.square, table: table, lines: notes, width: width,
                                            height: height - diagramRows, options: options), x: 0, y: diagramRows)
            return grid
        }
        return CellLayout.sideBySide(chart: chart, table: table, lines: notes, width: width, height: height, options: options)
    }

    var status: String? {
        let r = TwoLayerXOR.forward(x1, x2)
        return "x = (\(x1), \(x2)): s1 = \(r.s1), s2 = \(r.s2), y = \(r.y) = XOR(\(x1), \(x2))"
    }

    func export() -> CellExport {
        let rows = TwoLayerXOR.table
        let json: ExportValue = .object([
            ("layers", .array([
                .object([("s1", .string("NAND")), ("w1", .number(Perceptron.bookNAND.w1)), ("w2", .number(Perceptron.bookNAND.w2)), ("b", .number(Perceptron.bookNAND.b))]),
                .object([("s2", .string("OR")), ("w1", .number(Perceptron.bookOR.w1)), ("w2", .number(Perceptron.bookOR.w2)), ("b", .number(Perceptron.bookOR.b))]),
                .object([("y", .string("AND")), ("w1", .number(Perceptron.bookAND.w1)), ("w2", .number(Perceptron.bookAND.w2)), ("b", .number(Perceptron.bookAND.b))]),
            ])),
            ("table", .array(rows.map { row in
                .object(zip(["x1", "x2", "s1", "s2", "y"], row).map { ($0, ExportValue.integer($1)) })
            })),
        ])
        return CellExport(name: "two-layer xor", json: json, tables: [
            ExportTable(name: "two-layer xor", columns: ["x1", "x2", "s1", "s2", "y"], rows: rows.map { $0.map(ExportValue.integer) }),
        ])
    }
}

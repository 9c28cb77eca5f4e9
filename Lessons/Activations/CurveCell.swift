import Charts
import LessonKit
import NumericCore

/// Page 1: one activation function h and its derivative h′ on the book's grid, with a
/// cursor that reads x, h(x) and h′(x).
final class CurveCell: LiveCell {
    var title: String { tr("h(x) and h′(x)", "h(x) 与 h′(x)") }
    private(set) var function: ActivationChoice = .sigmoid
    private(set) var cursor = 0.0
    private(set) var alpha = 0.1

    var knobs: [Knob] {
        [
            Knob(name: "function", label: tr("function", "函数"), kind: .choice(ActivationChoice.names), value: function.index),
            Knob(name: "x", label: tr("cursor x", "光标 x"), kind: .continuous(range: -5...5, step: 0.1, scale: .linear), value: cursor),
            Knob(name: "alpha", label: "leaky α", kind: .continuous(range: 0...0.5, step: 0.01, scale: .linear), value: alpha),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "function": function = ActivationChoice(index: value)
        case "x": cursor = value
        case "alpha": alpha = value
        default: break
        }
    }

    private var activation: Activation { function.activation(alpha: alpha) }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let h = activation
        var plot = LinePlot(
            title: "\(function.label)  \(h.formula)",
            series: [
                Series(name: "h(x)", color: .cyan, x: activationGrid, y: activationGrid.map { h.value($0) }),
                Series(name: "h′(x)", color: .yellow, x: activationGrid, y: activationGrid.map { h.derivative($0) }),
            ],
            xLabel: "x")
        plot.events = [EventMarker(x: cursor, label: "x")]
        plot.xLimits = .fixed(-5, 5)
        return CellLayout.chart(plot, readout: readout, width: width, height: height, options: options)
    }

    /// "x = 1.00   h(x) = 0.731059   h′(x) = 0.196612"
    var readout: String {
        let h = activation
        return "x = \(NumberText.format(cursor, digits: 3))   h(x) = \(NumberText.format(h.value(cursor), digits: 6))   h′(x) = \(NumberText.format(h.derivative(cursor), digits: 6))"
    }

    /// Every function's curve and derivative on the grid (not just the chosen one), and the
    /// cursor reading for the chosen one.
    func export() -> CellExport {
        var columns = ["x"]
        var values: [[Double]] = [activationGrid]
        var json: [(String, ExportValue)] = [("x", .array(activationGrid.map(ExportValue.number)))]
        for choice in ActivationChoice.allCases {
            let h = choice.activation(alpha: alpha)
            let y = activationGrid.map { h.value($0) }, dy = activationGrid.map { h.derivative($0) }
            columns += [choice.rawValue, "d_" + choice.rawValue]
            values += [y, dy]
            json.append((choice.rawValue, .object([("h", .array(y.map(ExportValue.number))),
                                                    ("dh", .array(dy.map(ExportValue.number)))])))
        }
        let h = activation
        json.append(("cursor", .object([("function", .string(function.rawValue)), ("x", .number(cursor)),
                                        ("h", .number(h.value(cursor))), ("dh", .number(h.derivative(cursor)))])))
        json.append(("alpha", .number(alpha)))
        let rows = activationGrid.indices.map { i in values.map { ExportValue.number($0[i]) } }
        return CellExport(name: "curves", json: .object(json),
                          tables: [ExportTable(name: "curves", columns: columns, rows: rows)])
    }
}

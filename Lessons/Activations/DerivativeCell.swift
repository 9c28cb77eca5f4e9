import Charts
import LessonKit
import NumericCore

/// Page 2: the derivatives of sigmoid, tanh, ReLU and leaky ReLU side by side, with a cursor
/// that reads all four at one x — where each saturates, where each is 0.
final class DerivativeCell: LiveCell {
    var title: String { tr("h′(x) compared", "h′(x) 比较") }
    private(set) var cursor = 4.0
    private(set) var alpha = 0.1

    /// The functions compared, each with its colour.
    static let compared: [(ActivationChoice, Color)] = [
        (.sigmoid, .cyan), (.tanh, .yellow), (.relu, .magenta), (.leakyReLU, .green),
    ]

    var knobs: [Knob] {
        [
            Knob(name: "x", label: tr("cursor x", "光标 x"), kind: .continuous(range: -5...5, step: 0.1, scale: .linear), value: cursor),
            Knob(name: "alpha", label: "leaky α", kind: .continuous(range: 0...0.5, step: 0.01, scale: .linear), value: alpha),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "x": cursor = value
        case "alpha": alpha = value
        default: break
        }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let series = Self.compared.map { choice, color in
            let h = choice.activation(alpha: alpha)
            return Series(name: choice.label + "′", color: color, x: activationGrid, y: activationGrid.map { h.derivative($0) })
        }
        var plot = LinePlot(title: tr("derivatives h′(x)", "导数 h′(x)"), series: series, xLabel: "x")
        plot.events = [EventMarker(x: cursor, label: "x")]
        plot.xLimits = .fixed(-5, 5)
        plot.yLimits = .fixed(-0.1, 1.1)
        let lines = readout
        return CellLayout.chart(plot, readout: lines[0], lines[1], width: width, height: height, options: options)
    }

    /// The four derivatives at the cursor, on two lines so they fit 80×24:
    /// "at x = 4:  sigmoid′ 0.0177   tanh′ 0.00134" / "ReLU′ 1   leaky ReLU′ 1".
    var readout: [String] {
        let parts = Self.compared.map { choice, _ in
            "\(choice.label)′ \(NumberText.format(choice.activation(alpha: alpha).derivative(cursor), digits: 3))"
        }
        let lead = tr("at x = \(NumberText.format(cursor, digits: 3)):  ", "x = \(NumberText.format(cursor, digits: 3)) 处：  ")
        return [lead + parts[0] + "   " + parts[1],
                String(repeating: " ", count: displayWidth(of: lead)) + parts[2] + "   " + parts[3]]
    }

    func export() -> CellExport {
        let rows: [[ExportValue]] = Self.compared.map { choice, _ in
            let h = choice.activation(alpha: alpha)
            return [.string(choice.rawValue), .number(h.value(cursor)), .number(h.derivative(cursor))]
        }
        let json: ExportValue = .object([
            ("x", .number(cursor)), ("alpha", .number(alpha)),
            ("derivatives", .object(Self.compared.map { choice, _ in
                (choice.rawValue, .number(choice.activation(alpha: alpha).derivative(cursor)))
            })),
        ])
        return CellExport(name: "derivatives at cursor", json: json,
                          tables: [ExportTable(name: "derivatives at cursor", columns: ["function", "h", "dh"], rows: rows)])
    }
}

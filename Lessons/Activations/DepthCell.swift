import Charts
import LessonKit
import NumericCore

/// Page 3: the same layer stacked k times, y = h(w·h(w·…h(w·x)…)), one curve per depth
/// from 1 to `depth` — linear h stays a line, non-linear h bends.
final class DepthCell: LiveCell {
    var title: String { tr("stacked layers", "叠加的层") }
    private(set) var function: ActivationChoice = .tanh
    private(set) var depth = 3
    private(set) var weight = 2.0
    static let maxDepth = 6

    var knobs: [Knob] {
        [
            Knob(name: "function", label: tr("function", "函数"), kind: .choice(ActivationChoice.names), value: function.index),
            Knob(name: "depth", label: tr("depth", "层数"), kind: .integer(range: 1...Self.maxDepth, step: 1), value: Double(depth)),
            Knob(name: "w", label: tr("weight w", "权重 w"), kind: .continuous(range: -3...3, step: 0.1, scale: .linear), value: weight),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "function": function = ActivationChoice(index: value)
        case "depth": depth = max(1, min(Self.maxDepth, Int(value.rounded())))
        case "w": weight = value
        default: break
        }
    }

    /// The curves y₁ … y_depth on the grid: y₀ = x, yₖ = h(w·yₖ₋₁).
    func curves() -> [[Double]] {
        let h = function.activation(alpha: 0.1)
        var current = activationGrid
        var result: [[Double]] = []
        for _ in 0..<depth {
            current = current.map { h.value(weight * $0) }
            result.append(current)
        }
        return result
    }

    private static let depthColors: [Color] = [.gray(9), .gray(13), .blue, .magenta, .yellow, .cyan]

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let all = curves()
        let series = all.enumerated().map { k, y in
            Series(name: tr("depth \(k + 1)", "\(k + 1) 层"), color: Self.depthColors[Self.maxDepth - all.count + k], x: activationGrid, y: y)
        }
        var plot = LinePlot(title: tr("y = h(w·h(w·…x)) with h = \(function.label)", "y = h(w·h(w·…x))，h = \(function.label)"), series: series, xLabel: "x")
        plot.xLimits = .fixed(-5, 5)
        let last = all.last ?? []
        let readout = tr("depth \(depth): ", "\(depth) 层：") + "y(−1) = \(NumberText.format(last[40], digits: 4))   y(1) = \(NumberText.format(last[60], digits: 4))"
        return CellLayout.chart(plot, readout: readout, width: width, height: height, options: options)
    }

    func export() -> CellExport {
        let all = curves()
        let columns = ["x"] + (1...all.count).map { "depth_\($0)" }
        let rows = activationGrid.indices.map { i in [ExportValue.number(activationGrid[i])] + all.map { .number($0[i]) } }
        let json: ExportValue = .object([
            ("function", .string(function.rawValue)), ("depth", .integer(depth)), ("w", .number(weight)),
            ("x", .array(activationGrid.map(ExportValue.number))),
            ("curves", .array(all.map { .array($0.map(ExportValue.number)) })),
        ])
        return CellExport(name: "stacked layers", json: json, tables: [ExportTable(name: "stacked layers", columns: columns, rows: rows)])
    }
}

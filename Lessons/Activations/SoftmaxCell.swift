import Charts
import LessonKit
import NumericCore

/// Page 4: softmax of three scores (the book's a = [0.3, 2.9, 4.0]) with a temperature:
/// the probabilities as bars, and the overflow-safe computation step by step as a table.
final class SoftmaxCell: LiveCell {
    var title: String { "softmax(a / T)" }
    private(set) var scores = [0.3, 2.9, 4.0]
    private(set) var temperature = 1.0

    var knobs: [Knob] {
        scores.indices.map { i in
            Knob(name: "a\(i + 1)", label: tr("score a\(i + 1)", "分数 a\(i + 1)"),
                 kind: .continuous(range: -1000...1000, step: 0.1, scale: .linear), value: scores[i], digits: 4)
        } + [
            Knob(name: "T", label: tr("temperature T", "温度 T"),
                 kind: .continuous(range: 0.1...10, step: 1.2589254117941673, scale: .log), value: temperature),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        if name == "T" {
            temperature = value
        } else if name.hasPrefix("a"), let i = Int(name.dropFirst()), (1...scores.count).contains(i) {
            scores[i - 1] = value
        }
    }

    /// The scores divided by the temperature, as softmax sees them.
    var scaled: [Double] { scores.map { $0 / temperature } }
    /// softmax(a / T) from the core (subtracts the maximum first).
    var probabilities: [Double] { NumericCore.softmax(scaled) }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let y = probabilities
        let labels = y.indices.map { "y\($0 + 1)" }
        let best = y.indices.max { y[$0] < y[$1] }
        let bars = HorizontalBarChart(title: tr("probabilities", "概率"), labels: labels, values: y, highlighted: best)
        let shift = scaled.max() ?? 0
        let rows = scores.indices.map { i -> [String] in
            let z = scaled[i] - shift
            return ["a\(i + 1)", NumberText.format(scores[i], digits: 4), NumberText.format(z, digits: 4),
                    NumberText.format(Double.exp(z), digits: 4), NumberText.format(y[i], digits: 6)]
        }
        let table = Table(columns: [.init("", alignment: .left), .init("a"), .init("a/T − max"),
                                    .init("exp(·)"), .init("y")],
                          rows: rows + [["Σ", "", "", "", NumberText.format(y.reduce(0, +), digits: 6)]],
                          highlightedRow: best)
        // Bars (title + one row per score) on top, a blank row, then the table (header,
        // rule, one row per score, the sum); any spare rows go below.
        var grid = Grid(width: width, height: height)
        let tableHeight = min(height, rows.count + 3)
        let barsHeight = max(0, min(height - tableHeight - 1, scores.count + 1))
        grid.blit(bars.render(width: width, height: barsHeight, options: options), x: 0, y: 0)
        grid.blit(table.render(width: width, height: tableHeight, options: options), x: 0, y: barsHeight + 1)
        return grid
    }

    func export() -> CellExport {
        let y = probabilities
        let rows = scores.indices.map { i in [ExportValue.string("a\(i + 1)"), .number(scores[i]), .number(y[i])] }
        let json: ExportValue = .object([
            ("scores", .array(scores.map(ExportValue.number))), ("temperature", .number(temperature)),
            ("probabilities", .array(y.map(ExportValue.number))), ("sum", .number(y.reduce(0, +))),
        ])
        return CellExport(name: "softmax", json: json,
                          tables: [ExportTable(name: "softmax", columns: ["score", "a", "y"], rows: rows)])
    }
}

import Charts
import LessonKit
import NumericCore

/// Page 1: a 10-class prediction y as bars with the correct class t marked, its MSE and
/// cross-entropy, and both losses as the correct-class probability sweeps 0…1 (the rest of
/// y rescaled in proportion) with the current point marked. The book's two examples are a
/// choice; any entry can be edited and the others are renormalized.
final class LossCell: LiveCell {
    var title: String { tr("MSE and cross-entropy", "均方误差与交叉熵误差") }
    private(set) var prediction = Prediction.bookRight
    private(set) var example = LossExample.bookRight
    /// The entry the `y` knob edits.
    private(set) var entry = 2

    /// The sweep chart's y range: cross-entropy reaches 16.1 at p = 0, which would flatten
    /// everything else.
    static let sweepTop = 4.0

    var knobs: [Knob] {
        [
            Knob(name: "example", label: tr("example", "示例"), kind: .choice(LossExample.names), value: example.index),
            Knob(name: "t", label: tr("correct class t", "正确类别 t"), kind: .integer(range: 0...9, step: 1), value: Double(prediction.target)),
            Knob(name: "entry", label: tr("edit class k", "编辑类别 k"), kind: .integer(range: 0...9, step: 1), value: Double(entry)),
            Knob(name: "y", label: tr("y_k (rest rescales)", "y_k（其余按比例缩放）"), kind: .continuous(range: 0...1, step: 0.05, scale: .linear),
                 value: prediction.y[entry], digits: 4),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "example":
            example = LossExample(index: value)
            if let book = example.prediction { prediction = book }
        case "t":
            prediction.target = max(0, min(9, Int(value.rounded())))
        case "entry":
            entry = max(0, min(9, Int(value.rounded())))
        case "y":
            prediction.set(entry, to: value)
            example = .edited
        default: break
        }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let y = prediction.y
        var bars = VerticalBarChart(title: options.drawable(tr("y (t = \(prediction.target) marked)", "y（标出 t = \(prediction.target)）")),
                                    labels: (0..<Prediction.classes).map(String.init), values: y,
                                    highlighted: prediction.target)
        bars.yLimits = .fixed(0, 1)
        bars.showValues = width >= 100
        let sweep = prediction.sweep()
        let grid = Prediction.sweepGrid
        var plot = LinePlot(title: tr("loss vs y_t", "损失随 y_t 的变化"), series: [
            Series(name: "MSE", color: .cyan, x: grid, y: sweep.mse),
            Series(name: "CE", color: .yellow, x: grid, y: sweep.ce.map { min($0, Self.sweepTop + 1) }),
        ], xLabel: "y_t")
        plot.xLimits = .fixed(0, 1)
        plot.yLimits = .fixed(0, Self.sweepTop)
        plot.events = [EventMarker(x: prediction.correctProbability, label: tr("now", "当前"))]
        return CellLayout.pair(bars, plot, leftShare: 0.5, readout: ReadoutLines.pack(readoutParts, width: width, options: options), width: width, height: height, options: options)
    }

    /// The readout in pieces, packed into lines that fit: "MSE ½Σ(y−t)² = 0.0975",
    /// "CE −log(y₂+1e-7) = 0.5108", "y₂ = 0.6", "biggest wrong: y₀ = 0.1", "[book-right]".
    var readoutParts: [String] {
        let t = prediction.target
        let wrong = prediction.biggestWrong
        return [
            "MSE ½Σ(y−t)² = \(NumberText.format(prediction.meanSquaredError, digits: 4))",
            "CE −log(y\(subscriptDigit(t))+1e-7) = \(NumberText.format(prediction.crossEntropy, digits: 4))",
            "y\(subscriptDigit(t)) = \(NumberText.format(prediction.correctProbability, digits: 4))",
            tr("biggest wrong: ", "最大的错误项：") + "y\(subscriptDigit(wrong.index)) = \(NumberText.format(wrong.value, digits: 4))",
            "[\(example.rawValue)]",
        ]
    }

    var status: String? {
        let sum = prediction.y.reduce(0, +)
        let k = subscriptDigit(entry), t = subscriptDigit(prediction.target)
        let total = "Σy = \(NumberText.format(sum, digits: 6))"
        if entry == prediction.target {
            return tr("\(total); y\(k) is correct: the 9 wrong classes share 1 − y\(k)",
                      "\(total)；y\(k) 是正确类别：9 个错误类别分摊 1 − y\(k)")
        }
        return tr("\(total); y\(t) stays, the other wrong ones share 1 − y\(t) − y\(k)",
                  "\(total)；y\(t) 不变，其余错误类别分摊 1 − y\(t) − y\(k)")
    }

    func export() -> CellExport {
        func entry(_ name: String, _ p: Prediction) -> ExportValue {
            .object([("name", .string(name)), ("t", .integer(p.target)), ("y", .array(p.y.map(ExportValue.number))),
                     ("mse", .number(p.meanSquaredError)), ("cross_entropy", .number(p.crossEntropy))])
        }
        let named: [(String, Prediction)] = [("book-right", .bookRight), ("book-wrong", .bookWrong), ("current", prediction)]
        let sweep = prediction.sweep()
        let grid = Prediction.sweepGrid
        let json: ExportValue = .object([
            ("examples", .array(named.map { entry($0.0, $0.1) })),
            ("sweep", .object([("y_t", .array(grid.map(ExportValue.number))),
                               ("mse", .array(sweep.mse.map(ExportValue.number))),
                               ("cross_entropy", .array(sweep.ce.map(ExportValue.number)))])),
        ])
        let lossRows = named.map { name, p in
            [ExportValue.string(name), .integer(p.target)] + p.y.map(ExportValue.number)
                + [.number(p.meanSquaredError), .number(p.crossEntropy)]
        }
        let sweepRows = grid.indices.map { [ExportValue.number(grid[$0]), .number(sweep.mse[$0]), .number(sweep.ce[$0])] }
        return CellExport(name: "losses", json: json, tables: [
            ExportTable(name: "losses", columns: ["name", "t"] + (0..<10).map { "y\($0)" } + ["mse", "cross_entropy"], rows: lossRows),
            ExportTable(name: "loss sweep", columns: ["y_t", "mse", "cross_entropy"], rows: sweepRows),
        ])
    }
}

/// The subscript digit for 0…9 ("₂"), or the plain number.
func subscriptDigit(_ k: Int) -> String {
    let digits = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
    return digits.indices.contains(k) ? digits[k] : String(k)
}

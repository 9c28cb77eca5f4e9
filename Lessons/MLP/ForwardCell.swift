import Charts
import LessonKit
import NumericCore

/// Page 1: one test digit through the net — the 784 input pixels, the hidden layer's
/// outputs z₁ = h(x·W1 + b1), and the softmax probabilities y = softmax(z₁·W2 + b2).
///
/// It shows the shared run's net: untrained (every class ≈ 10 %) until the learner trains
/// it on the next page.
final class ForwardCell: LiveCell {
    var title: String { tr("one forward pass", "一次正向传播") }
    let run: TrainingRun
    private(set) var index = 0

    init(run: TrainingRun) { self.run = run }

    var knobs: [Knob] {
        [Knob(name: "digit", label: tr("test digit", "测试数字"), kind: .integer(range: 0...max(0, run.data.split.test.count - 1), step: 1),
              value: Double(index))]
    }

    func setKnob(_ name: String, to value: Double) {
        guard name == "digit", value.isFinite else { return }
        index = max(0, min(run.data.split.test.count - 1, Int(value.rounded())))
    }

    var pass: ForwardPass { ForwardPass(net: run.net, dataset: run.data.split.test, index: index) }

    /// "label 7 → predicted 7 (y = 0.11)", "loss −ln y₇ = 2.303", "trained 0 it": packed into
    /// readout lines, so a narrow cell wraps between them and never cuts a number.
    func readoutParts(_ p: ForwardPass) -> [String] {
        let y = NumberText.format(p.probabilities[p.predicted], digits: 2)
        let loss = "−ln y\(Self.subscripted(p.label)) = \(NumberText.format(p.loss, digits: 4))"
        return [tr("label \(p.label) → predicted \(p.predicted) (y = \(y))", "标签 \(p.label) → 预测 \(p.predicted)（y = \(y)）"),
                tr("loss ", "损失 ") + loss,
                tr("trained \(run.iteration) it", "已训练 \(run.iteration) 次迭代")]
    }

    static func subscripted(_ n: Int) -> String {
        String(String(n).map { ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"][Int(String($0))!] }.joined())
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let p = pass
        let readout = ReadoutLines.pack(readoutParts(p), width: width, options: options)
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            let inputWidth = max(0, width * 3 / 10), hiddenWidth = max(0, width * 3 / 10)
            let barsWidth = width - inputWidth - hiddenWidth
            grid.put(options.drawable("x (784)"), x: 0, y: 0, style: .init(bold: true), maxWidth: inputWidth)
            let tile = DigitTiles(tiles: [.init(pixels: p.pixels, caption: tr("label \(p.label)", "标签 \(p.label)"), isWrong: false)], perRow: 1)
            grid.blit(tile.render(width: inputWidth, height: max(0, rows - 1), options: options), x: 0, y: 1)
            let units = p.hidden.count, perRow = min(10, max(1, units))
            var hidden = Heatmap(title: tr("z₁ (\(units) hidden)", "z₁（隐藏层 \(units)）"), rows: (units + perRow - 1) / perRow,
                                 columns: perRow, values: p.hidden)
            hidden.title = options.drawable(hidden.title)
            if run.config.activation == .sigmoid { hidden.range = 0...1 }
            hidden.showColorBar = hiddenWidth >= 20
            grid.blit(hidden.render(width: max(0, hiddenWidth - 1), height: rows, options: options), x: inputWidth, y: 0)
            let bars = HorizontalBarChart(title: "y = softmax(a₂)", labels: (0..<p.probabilities.count).map(String.init),
                                          values: p.probabilities, highlighted: p.predicted)
            var drawnBars = bars
            drawnBars.title = options.drawable(bars.title)
            drawnBars.range = 0...1
            grid.blit(drawnBars.render(width: barsWidth, height: rows, options: options), x: inputWidth + hiddenWidth, y: 0)
        }
    }

    func export() -> CellExport {
        let p = pass
        let json: ExportValue = .object([
            ("index", .integer(index)), ("label", .integer(p.label)), ("predicted", .integer(p.predicted)),
            ("loss", .number(p.loss)), ("hidden", .array(p.hidden.map(ExportValue.number))),
            ("scores", .array(p.scores.map(ExportValue.number))),
            ("probabilities", .array(p.probabilities.map(ExportValue.number))),
        ])
        let rows = p.probabilities.indices.map { [ExportValue.integer($0), .number(p.scores[$0]), .number(p.probabilities[$0])] }
        return CellExport(name: "forward pass", json: json,
                          tables: [ExportTable(name: "forward pass", columns: ["class", "score", "probability"], rows: rows)])
    }
}

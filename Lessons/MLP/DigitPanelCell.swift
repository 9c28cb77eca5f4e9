import Charts
import LessonKit
import NumericCore

/// Page 4: the shared training run seen through its test digits — a panel of test images
/// with the net's predicted class and confidence (wrong ones marked ✗), under the train/test
/// accuracy per epoch when there is room.
final class DigitPanelCell: LiveCell {
    var title: String { tr("test digits and accuracy", "测试数字与精度") }
    let run: TrainingRun
    /// The first test image of the panel.
    private(set) var first = 0
    /// Show only misclassified images (searching from `first`).
    private(set) var mistakesOnly = false
    /// How many test images the mistake search looks at.
    static let searchLimit = 300
    static let panelSize = 8

    init(run: TrainingRun) { self.run = run }

    var testCount: Int { run.data.split.test.count }

    var knobs: [Knob] {
        [
            TrainingKnobs.learningRate(run.config.learningRate),
            Knob(name: "first", label: tr("first test digit", "首个测试数字"), kind: .integer(range: 0...max(0, testCount - 1), step: Self.panelSize),
                 value: Double(first)),
            Knob(name: "mistakes", label: tr("only mistakes", "只看错误"), kind: .toggle, value: mistakesOnly ? 1 : 0),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "first": first = max(0, min(testCount - 1, Int(value.rounded())))
        case "mistakes": mistakesOnly = value != 0
        default: TrainingKnobs.set(name, to: value, on: run)
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isStopped }
    /// The shared run stops by itself only when its loss blew up.
    var hasFailed: Bool { run.isStopped }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.advance(budget: budget) > 0 }
    func reset() { run.restart() }
    var status: String? { run.status }

    /// Up to `count` predictions for the panel: test images from `first` on, or (mistakes
    /// only) the wrong ones among the next `searchLimit`.
    func panel(count: Int = panelSize) -> [Prediction] {
        let test = run.data.split.test
        guard count > 0, test.count > 0 else { return [] }
        if !mistakesOnly {
            return Prediction.of(run.net, test, indices: Array(first..<min(test.count, first + count)))
        }
        let searched = Prediction.of(run.net, test, indices: Array(first..<min(test.count, first + Self.searchLimit)))
        return Array(searched.filter { !$0.isCorrect }.prefix(count))
    }

    /// "epoch 3: train 88.1 %  test 86.0 %  ·  panel: 1 of 4 wrong".
    func readout(_ shown: [Prediction]) -> String {
        let wrong = shown.filter { !$0.isCorrect }.count
        let panel = mistakesOnly && shown.isEmpty ? tr("no mistakes in \(Self.searchLimit)", "前 \(Self.searchLimit) 个中没有错误")
            : tr("\(wrong)/\(shown.count) wrong", "错 \(wrong)/\(shown.count)")
        return run.accuracyReadout + " · " + panel
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let perRow = max(1, min(Self.panelSize, width / 12))
        let showPlot = height >= 20
        let tileArea = showPlot ? max(6, (height - 1) * 2 / 5) : height - 1
        let tileRows = tileArea >= 12 && perRow * 2 <= Self.panelSize ? 2 : 1
        let shown = panel(count: min(Self.panelSize, perRow * tileRows))
        let tiles = DigitTiles(tiles: shown.map { p in
            .init(pixels: run.data.split.test.image(p.index), caption: p.caption, isWrong: !p.isCorrect)
        }, perRow: perRow)
        return ChartLayout.withReadout([readout(shown)], width: width, height: height, options: options) { grid, rows in
            let tilesHeight = min(rows, tileArea)
            if showPlot {
                grid.blit(TrainingCell.accuracyPlot(run).render(width: width, height: rows - tilesHeight, options: options), x: 0, y: 0)
            }
            grid.blit(tiles.render(width: width, height: tilesHeight, options: options), x: 0, y: rows - tilesHeight)
        }
    }

    /// The panel's predictions: index, label, predicted, confidence, correct.
    func export() -> CellExport {
        let shown = panel()
        let rows = shown.map { p in
            [ExportValue.integer(p.index), .integer(p.label), .integer(p.predicted), .number(p.confidence), .bool(p.isCorrect)]
        }
        let json: ExportValue = .object([
            ("first", .integer(first)), ("mistakes_only", .bool(mistakesOnly)), ("iterations", .integer(run.iteration)),
            ("predictions", .array(shown.map { p in
                .object([("index", .integer(p.index)), ("label", .integer(p.label)), ("predicted", .integer(p.predicted)),
                         ("probabilities", .array(p.probabilities.map(ExportValue.number)))])
            })),
        ])
        return CellExport(name: "test digits", json: json, tables: [
            ExportTable(name: "test digits", columns: ["index", "label", "predicted", "confidence", "correct"], rows: rows),
        ])
    }
}

import Charts
import Foundation
import LessonKit

/// What the three cells that show the search share: they drive the same `Search` (pages 1,
/// 2 and 4), so a trial trained on one page is there on the others, and space, s and r act
/// on it wherever they are pressed.
class SearchDriver: LiveCell, HeadlessStepping {
    let search: Search
    init(search: Search) { self.search = search }

    var title: String { "" }
    var knobs: [Knob] { [] }
    func setKnob(_ name: String, to value: Double) {}
    func render(width: Int, height: Int, options: RenderOptions) -> Grid { Grid(width: width, height: height) }
    func export() -> CellExport { SearchExport.export(search) }

    var isAnimated: Bool { true }
    var isFinished: Bool { search.isFinished }
    var hasFailed: Bool { search.hasFailed }
    func step() { search.step() }
    func advance(budget: Double) -> Bool { search.advance(budget: budget) }
    func reset() { search.restart() }
    var status: String? { SearchText.status(search) }
    /// Enough iterations for every trial of the round to finish.
    var defaultRunSteps: Int { search.settings.trials * search.settings.epochs * 4 + 1 }
}

/// Page 1: the random search filling in a scatter of log lr × log weight decay, one marker per
/// trial, its shape and colour the validation accuracy it reached; once narrowed, the fine
/// round's range outlined as a box.
final class SearchCell: SearchDriver {
    override var title: String { tr("random search: lr × weight decay", "随机搜索：lr × 权重衰减") }

    override var knobs: [Knob] { SearchKnobs.range(search.settings) }
    override func setKnob(_ name: String, to value: Double) { SearchKnobs.set(name, to: value, on: search) }

    /// Accuracy classes of the scatter: (lower bound, colour); below the last is "< 20 %".
    static let buckets: [Double] = [0.8, 0.5, 0.2]

    var scatter: ScatterPlot {
        let finished = search.trials.filter { $0.validationAccuracy != nil }
        func points(_ trials: [Trial]) -> (x: [Double], y: [Double]) {
            (trials.map { log10($0.learningRate) }, trials.map { log10($0.weightDecay) })
        }
        var classes: [Series] = []
        let colors: [Color] = [.green, .cyan, .yellow, .gray(14)]
        for (i, low) in (Self.buckets + [0]).enumerated() {
            let high = i == 0 ? 2 : Self.buckets[i - 1]
            let group = finished.filter { $0.validationAccuracy! >= low && $0.validationAccuracy! < high }
            let p = points(group)
            classes.append(Series(name: SearchText.bucketName(i), color: colors[i], x: p.x, y: p.y))
        }
        let diverged = points(search.trials.filter(\.isDiverged))
        classes.append(Series(name: tr("diverged", "发散"), color: .red, x: diverged.x, y: diverged.y))
        let now = points(search.current.map { [$0] } ?? [])
        classes.append(Series(name: tr("training", "训练中"), color: .brightWhite, x: now.x, y: now.y))
        var plot = ScatterPlot(title: tr("validation accuracy per trial", "每次试验的验证精度"),
                               classes: classes, xLabel: "log10 lr", yLabel: "log10 wd")
        // The coarse range, widened to the fine round's box (it may reach a little beyond).
        var lr = log10(search.settings.learningRate.lowerBound)...log10(search.settings.learningRate.upperBound)
        var wd = log10(search.settings.weightDecay.lowerBound)...log10(search.settings.weightDecay.upperBound)
        if let fine = search.fineRanges {
            let box = ScatterPlot.Box(x: log10(fine.learningRate.lowerBound)...log10(fine.learningRate.upperBound),
                                      y: log10(fine.weightDecay.lowerBound)...log10(fine.weightDecay.upperBound),
                                      label: tr("fine range", "细搜范围"), color: .brightWhite)
            plot.boxes = [box]
            lr = min(lr.lowerBound, box.x.lowerBound)...max(lr.upperBound, box.x.upperBound)
            wd = min(wd.lowerBound, box.y.lowerBound)...max(wd.upperBound, box.y.upperBound)
        }
        plot.xLimits = .fixed(lr.lowerBound, max(lr.upperBound, lr.lowerBound + 0.1))
        plot.yLimits = .fixed(wd.lowerBound, max(wd.upperBound, wd.lowerBound + 0.1))
        return plot
    }

    override func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        ChartLayout.withReadout(SearchText.readout(search, width: width), width: width, height: height, options: options) { grid, rows in
            grid.blit(scatter.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }
}

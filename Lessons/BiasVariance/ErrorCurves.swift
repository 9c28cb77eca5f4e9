import Charts
import LessonKit
import NumericCore

/// The charts the toy runs share: train (green) and dev (magenta) error in % per epoch with
/// the optimal error as a flat gray line and knob changes marked; and the decision map with
/// the training points over the net's regions.
enum ErrorCurves {
    static func plot(run: FitRun) -> LinePlot {
        let epochs = run.history.epochs
        let xs = epochs.map { Double($0.epoch) }
        let last = Double(max(2, run.config.epochs, epochs.count))
        var series = [Series(name: tr("optimal", "最优"), color: .gray(12), x: [0, last], y: [100 * run.config.noise, 100 * run.config.noise])]
        series.append(Series(name: tr("train", "训练"), color: .green, x: xs, y: epochs.map { 100 * (1 - $0.trainAccuracy) }))
        series.append(Series(name: tr("dev", "开发"), color: .magenta, x: xs, y: epochs.map { 100 * (1 - $0.testAccuracy) }))
        var plot = LinePlot(title: tr("error % per epoch", "每轮的误差 %"), series: series, xLabel: tr("epoch", "轮"))
        let top = epochs.suffix(max(1, epochs.count / 2)).map { 100 * max(1 - $0.trainAccuracy, 1 - $0.testAccuracy) }.max() ?? 50
        plot.yLimits = .fixed(0, min(100, max(10, (max(top, 100 * run.config.noise) / 10).rounded(.up) * 10 + 5)))
        plot.xLimits = .fixed(0, last)
        plot.events = run.events
        return plot
    }

    static func map(run: FitRun) -> BoundaryMap {
        let pts = run.train
        var classes = [Series(name: tr("class 0", "类别 0"), color: .blue), Series(name: tr("class 1", "类别 1"), color: .red)]
        for i in 0..<pts.count {
            let p = pts.point(i)
            classes[pts.labels[i]].append(x: p.x, y: p.y)
        }
        let grid = run.epoch > 0 ? run.grid : nil
        return BoundaryMap(title: tr("decision map (training points)", "决策区域（训练点）"), classes: classes,
                           xRange: run.config.dataset.xRange, yRange: run.config.dataset.yRange,
                           decision: grid.map { g in { x, y in g.classAt(x: x, y: y) } })
    }

    /// The curves beside the map when `width` ≥ 90; when narrower, the curves alone (the verdict
    /// is in the readout) or, with `mapWhenNarrow`, the map alone.
    static func render(run: FitRun, readout: [String], width: Int, height: Int, options: RenderOptions,
                       mapWhenNarrow: Bool = false) -> Grid {
        var curves = plot(run: run)
        curves.title = options.drawable(curves.title)
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            if width >= 90 {
                var map = self.map(run: run)
                map.title = options.drawable(map.title)
                grid.blit(ChartLayout.sideBySide(map, curves, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
            } else if mapWhenNarrow {
                var map = self.map(run: run)
                map.title = options.drawable(map.title)
                grid.blit(map.render(width: width, height: rows, options: options), x: 0, y: 0)
            } else {
                grid.blit(curves.render(width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
    }

    /// Rows (epoch, train_error, dev_error) of a run.
    static func rows(run: FitRun) -> [[ExportValue]] {
        run.history.epochs.map { [.integer($0.epoch), .number(1 - $0.trainAccuracy), .number(1 - $0.testAccuracy)] }
    }

    static func events(run: FitRun) -> ExportTable {
        ExportTable(name: "events", columns: ["epoch", "label"],
                    rows: run.history.events.map { [.integer($0.iteration), .string($0.label)] })
    }
}

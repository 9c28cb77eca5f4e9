import Charts
import Foundation
import LessonKit

/// Page 2: the best trials so far as a table (lr, weight decay, validation accuracy, round)
/// and their validation curves, and the "narrow" toggle that starts the fine round.
final class BestCell: SearchDriver {
    override var title: String { tr("best trials, coarse to fine", "最佳试验，由粗到细") }

    override var knobs: [Knob] {
        [SearchKnobs.best(search.settings),
         Knob(name: "narrow", label: tr("narrow the range", "缩小范围"), kind: .toggle, value: search.narrowRequested ? 1 : 0)]
    }
    override func setKnob(_ name: String, to value: Double) {
        if name == "narrow" { search.setNarrow(value >= 0.5) } else { SearchKnobs.set(name, to: value, on: search) }
    }

    var best: [Trial] { Array(search.ranked.prefix(search.settings.best)) }

    var table: Table {
        let rows = best.enumerated().map { i, t in
            ["\(i + 1)", "#\(t.number)", SearchText.rate(t.learningRate), SearchText.rate(t.weightDecay),
             SearchText.percent(t.validationAccuracy ?? 0), t.round == 1 ? tr("coarse", "粗搜") : tr("fine", "细搜")]
        }
        return Table(title: tr("best \(search.settings.best) by validation accuracy", "验证精度最高的 \(search.settings.best) 次"),
                     columns: [Table.Column(tr("rank", "名次")), Table.Column(tr("trial", "试验"), alignment: .left),
                               Table.Column("lr"), Table.Column("wd"), Table.Column(tr("val", "验证"), alignment: .right),
                               Table.Column(tr("round", "轮次"), alignment: .left)],
                     rows: rows)
    }

    /// Validation accuracy (%) per epoch of the best trials, best first.
    var curves: LinePlot {
        let series = best.prefix(5).map { t in
            Series(name: "#\(t.number)", x: t.validationCurve.indices.map { Double($0 + 1) }, y: t.validationCurve.map { 100 * $0 })
        }
        var plot = LinePlot(title: tr("validation accuracy % per epoch", "每轮的验证精度 %"), series: Array(series), xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 100)
        plot.xLimits = .fixed(1, Double(max(2, search.settings.epochs)))
        return plot
    }

    override func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let readout = SearchText.readout(search, width: width)
        if width >= 90 {
            return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
                grid.blit(ChartLayout.sideBySide(table, curves, fraction: 0.45, width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
        if height >= 22 {
            return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
                let tableRows = min(rows / 2, best.count + 3)
                grid.blit(ChartLayout.stacked(table, curves, fraction: Double(tableRows) / Double(max(1, rows)),
                                             width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            grid.blit(table.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }
}

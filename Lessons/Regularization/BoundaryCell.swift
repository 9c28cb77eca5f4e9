import Charts
import LessonKit
import NumericCore

/// Page 3: the decision boundary of a too-large net on noisy moons, filled as a map (each
/// cell coloured by the class the net gives there), the training points on top, and the
/// train/test accuracy per epoch with the best test epoch (early stopping) marked.
final class BoundaryCell: RunCell, HeadlessStepping {
    var title: String { tr("decision boundary on noisy moons: 2-100×3-2", "带噪声的双月数据上的决策边界：2-100×3-2") }
    let run: ToyRun
    let defaultRunSteps = 150

    init(run: ToyRun) { self.run = run }

    var knobs: [Knob] {
        let c = run.config
        return [
            RegularizationKnobs.lambda(c.lambda),
            RegularizationKnobs.dropout(c.dropout),
            Knob(name: "noise", label: tr("flipped labels", "翻转的标签比例"), kind: .continuous(range: 0...0.4, step: 0.05, scale: .linear),
                 value: c.noise, digits: 2),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "lambda": c.lambda = RegularizationKnobs.lambdaValue(value, current: c.lambda)
        case "dropout": c.dropout = RegularizationKnobs.dropoutValue(value, current: c.dropout)
        case "noise": c.noise = min(0.4, max(0, value))
        default: return
        }
        run.apply(c)
    }


    var status: String? {
        if run.stopped {
            return RegularizationKnobs.blownUpStatus(epoch: run.epoch)
        }
        guard run.epoch > 0 else {
            return tr("\(ToyRun.trainCount) training points, \(ToyRun.testCount) test points, press space to train",
                      "训练点 \(ToyRun.trainCount) 个，测试点 \(ToyRun.testCount) 个，按空格键开始训练")
        }
        if run.boundaryLength == 0 {
            return tr("one class everywhere: λ or dropout too strong — lower it, press r",
                      "处处都是同一类：λ 或 dropout 太强——调小后按 r")
        }
        let done = run.isFinished ? RunProgress.restartHint : ""
        return tr("epoch \(run.epoch) / \(run.config.epochs)", "第 \(run.epoch) / \(run.config.epochs) 轮") + done
    }

    var readout: String {
        guard let e = run.last else { return tr("no epoch yet", "还没有跑完一轮") }
        let p = OverfitCell.percent
        return tr("train \(p(e.trainAccuracy))  test \(p(e.testAccuracy))  boundary \(run.boundaryLength) cells",
                  "训练 \(p(e.trainAccuracy))  测试 \(p(e.testAccuracy))  边界长 \(run.boundaryLength) 格")
    }

    var bestReadout: String {
        guard let b = run.best else { return "" }
        return tr("best test \(OverfitCell.percent(b.testAccuracy)) at epoch \(b.epoch) (early stopping)",
                  "最佳测试 \(OverfitCell.percent(b.testAccuracy))，第 \(b.epoch) 轮（早停法）")
    }

    /// The training points by their (noisy) label over the net's regions (a half-block map).
    var map: BoundaryMap {
        let pts = run.train
        var classes = [Series(name: tr("class 0", "类别 0"), color: .blue), Series(name: tr("class 1", "类别 1"), color: .red)]
        for i in 0..<pts.count {
            let p = pts.point(i)
            classes[pts.labels[i]].append(x: p.x, y: p.y)
        }
        let run = self.run
        return BoundaryMap(title: tr("decision boundary (training points)", "决策边界（训练点）"), classes: classes,
                           xRange: ToyRun.xRange, yRange: ToyRun.yRange,
                           decision: run.epoch > 0 ? { x, y in run.mapClass(x: x, y: y) } : nil)
    }

    func accuracy(strokes: Int) -> LinePlot {
        OverfitCell.accuracyPlot(history: run.history, events: run.events, best: run.best, strokes: strokes)
    }

    /// The map and the curves side by side when wide; the map alone (curves as readouts) else.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var map = self.map, accuracy = self.accuracy(strokes: OverfitCell.strokes(width: width * 45 / 100, options: options))
        map.title = options.drawable(map.title)
        accuracy.title = options.drawable(accuracy.title)
        let lines = height >= 16 ? [readout, bestReadout] : [readout]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            if width >= 90 {
                grid.blit(ChartLayout.sideBySide(map, accuracy, fraction: 0.55, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
            } else {
                grid.blit(map.render(width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
    }

    /// Table `toy_accuracy` (epoch, train_acc, test_acc) and JSON with the settings, the best
    /// test epoch and the boundary length.
    func export() -> CellExport {
        let h = run.history, c = run.config
        let rows = h.epochs.map { [ExportValue.integer($0.epoch), .number($0.trainAccuracy), .number($0.testAccuracy)] }
        let json: ExportValue = .object([
            ("data", .string("moons")), ("train_size", .integer(ToyRun.trainCount)), ("test_size", .integer(ToyRun.testCount)),
            ("sizes", .array(([2] + c.hidden + [2]).map(ExportValue.integer))),
            ("lambda", .number(c.lambda)), ("dropout", .number(c.dropout)), ("noise", .number(c.noise)),
            ("optimizer", .string("Adam")), ("lr", .number(0.01)),
            ("epochs", .integer(run.epoch)), ("stopped", .bool(run.stopped)),
            ("boundary_cells", .integer(run.boundaryLength)),
            ("best_epoch", run.best.map { .integer($0.epoch) } ?? .null),
            ("best_test_acc", run.best.map { .number($0.testAccuracy) } ?? .null),
            ("final_train_acc", run.last.map { .number($0.trainAccuracy) } ?? .null),
            ("final_test_acc", run.last.map { .number($0.testAccuracy) } ?? .null),
        ])
        return CellExport(name: "boundary", json: json, tables: [
            ExportTable(name: "toy_accuracy", columns: ["epoch", "train_acc", "test_acc"], rows: rows),
        ])
    }
}

import Charts
import LessonKit
import NumericCore

/// Page 1–2: the book's overfitting run live — train and test accuracy per epoch, the gap
/// between them as a shaded band and a number, knob changes and the best test epoch marked.
final class OverfitCell: RunCell, HeadlessStepping {
    var title: String { tr("overfitting 784-100×6-10 on a small training set", "小训练集上的过拟合：784-100×6-10") }
    let run: OverfitRun

    init(run: OverfitRun) { self.run = run }

    var defaultRunSteps: Int { run.config.epochs }

    var knobs: [Knob] {
        let c = run.config
        return [
            RegularizationKnobs.lambda(c.lambda),
            RegularizationKnobs.dropout(c.dropout),
            Knob(name: "train", label: tr("training images", "训练图像数"), kind: .integer(range: 100...1000, step: 100),
                 value: Double(c.trainSize)),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: 10...1000, step: 10), value: Double(c.epochs)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "lambda": c.lambda = RegularizationKnobs.lambdaValue(value, current: c.lambda)
        case "dropout": c.dropout = RegularizationKnobs.dropoutValue(value, current: c.dropout)
        case "train": c.trainSize = max(100, min(1000, Int(value.rounded())))
        case "epochs": c.epochs = max(10, min(1000, Int(value.rounded())))
        default: return
        }
        run.apply(c)
    }


    /// Advice first when the run blew up; else the MNIST warning (if any) and the progress.
    var status: String? {
        if run.stopped {
            return RegularizationKnobs.blownUpStatus(epoch: run.epoch)
        }
        var parts: [String] = []
        if let problem = run.data.problem { parts.append("⚠ " + DataNotice.mnistNotLoaded(reason: problem)) }
        guard run.epoch > 0 else {
            let source = DataNotice.sourceName(run.data.sourceName), n = min(run.config.trainSize, run.data.split.train.count)
            parts.append(tr("\(source): first \(n) training images, press space to train",
                            "\(source)：前 \(n) 张训练图像，按空格键开始训练"))
            return parts.joined(separator: " · ")
        }
        parts.append(tr("epoch \(run.epoch) / \(run.config.epochs)", "第 \(run.epoch) / \(run.config.epochs) 轮"))
        if run.isFinished { parts.append(RunProgress.restartNote) }
        return parts.joined(separator: " · ")
    }

    /// "train 100 %  test 71.3 %  gap 28.7 points" (the epoch is in the status line)
    var readout: String {
        guard let e = run.last, let gap = run.gap else {
            return tr("no epoch yet (\(run.trainer.iterationsPerEpoch) iterations each)",
                      "还没有跑完一轮（每轮 \(run.trainer.iterationsPerEpoch) 次迭代）")
        }
        let points = NumberText.format((gap * 1000).rounded() / 10, digits: 3)
        return tr("train \(Self.percent(e.trainAccuracy))  test \(Self.percent(e.testAccuracy))  gap \(points) points",
                  "训练 \(Self.percent(e.trainAccuracy))  测试 \(Self.percent(e.testAccuracy))  差距 \(points) 个百分点")
    }

    /// "best test 74.1 % at epoch 63 (early stopping)": where early stopping would keep the net
    var bestReadout: String {
        guard let b = run.best else { return "" }
        return tr("best test \(Self.percent(b.testAccuracy)) at epoch \(b.epoch) (early stopping)",
                  "最佳测试 \(Self.percent(b.testAccuracy))，第 \(b.epoch) 轮（早停法）")
    }

    /// One gap stroke per 3 columns of a chart `width` wide, none in ASCII.
    static func strokes(width: Int, options: RenderOptions) -> Int { options.unicode ? max(4, (width - 12) / 3) : 0 }

    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + tr(" %", "%") : "–"
    }

    /// Train (green) and test (magenta) accuracy in %, the gap hatched between them in gray
    /// with up to `strokes` vertical strokes (none in ASCII, where every point would get a
    /// marker), knob changes and the best test epoch marked.
    func plot(strokes: Int) -> LinePlot { Self.accuracyPlot(history: run.history, events: run.events, best: run.best, strokes: strokes) }

    static func accuracyPlot(history: TrainingHistory, events: [(epoch: Double, label: String)],
                             best: TrainingHistory.EpochRecord?, strokes: Int) -> LinePlot {
        let epochs = history.epochs
        let xs = epochs.map { Double($0.epoch) }
        let train = epochs.map { 100 * $0.trainAccuracy }, test = epochs.map { 100 * $0.testAccuracy }
        var series: [Series] = []
        if strokes > 0 && !epochs.isEmpty {
            // Vertical strokes from test up to train at about `strokes` epochs across the chart,
            // joined along the test curve (which is drawn over them).
            var gap = Series(name: tr("gap", "差距"), color: .gray(10))
            let every = max(1, (epochs.count + strokes - 1) / strokes)
            for i in stride(from: 0, to: epochs.count, by: every) {
                gap.append(x: xs[i], y: test[i])
                gap.append(x: xs[i], y: train[i])
                gap.append(x: xs[i], y: test[i])
            }
            series.append(gap)
        }
        series.append(Series(name: tr("train", "训练"), color: .green, x: xs, y: train))
        series.append(Series(name: tr("test", "测试"), color: .magenta, x: xs, y: test))
        var plot = LinePlot(title: tr("accuracy % per epoch", "每轮的精度 %"), series: series, xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 100)
        if epochs.count < 2 { plot.xLimits = .fixed(0, max(2, Double(epochs.count))) }
        plot.events = events.map { EventMarker(x: $0.epoch, label: $0.label) }
        if let best { plot.events.append(EventMarker(x: Double(best.epoch), label: tr("best", "最佳"), color: .yellow)) }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = self.plot(strokes: Self.strokes(width: width, options: options))
        plot.title = options.drawable(plot.title)
        let lines = height >= 16 ? [readout, bestReadout] : [readout]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(plot.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// `nnbook run regularization --format csv`: table `accuracy` (epoch, iteration,
    /// train_acc, test_acc, gap) and `events` (epoch, label); JSON adds the settings, the
    /// last gap, the best test epoch and why the run stopped.
    func export() -> CellExport {
        let h = run.history, c = run.config
        let rows = h.epochs.map { e in
            [ExportValue.integer(e.epoch), .integer(e.iteration), .number(e.trainAccuracy), .number(e.testAccuracy),
             .number(e.trainAccuracy - e.testAccuracy)]
        }
        let eventRows = run.events.map { [ExportValue.number($0.epoch), .string($0.label)] }
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)),
            ("train_size", .integer(run.trainer.trainLabels.count)), ("test_size", .integer(run.data.split.test.count)),
            ("sizes", .array(([run.trainer.trainImages.columns] + c.hidden + [10]).map(ExportValue.integer))),
            ("lambda", .number(c.lambda)), ("dropout", .number(c.dropout)), ("dropout_mode", .string("book")),
            ("lr", .number(c.learningRate)), ("batch", .integer(c.batchSize)), ("init", .string("He")),
            ("sampling", .string("with replacement")),
            ("epochs", .integer(run.epoch)), ("stopped", .bool(run.stopped)),
            ("gap", run.gap.map(ExportValue.number) ?? .null),
            ("best_epoch", run.best.map { .integer($0.epoch) } ?? .null),
            ("best_test_acc", run.best.map { .number($0.testAccuracy) } ?? .null),
            ("accuracy", .array(h.epochs.map { e in
                .object([("epoch", .integer(e.epoch)), ("iteration", .integer(e.iteration)),
                         ("train_acc", .number(e.trainAccuracy)), ("test_acc", .number(e.testAccuracy)),
                         ("gap", .number(e.trainAccuracy - e.testAccuracy))])
            })),
            ("events", .array(run.events.map { .object([("epoch", .number($0.epoch)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "overfitting", json: json, tables: [
            ExportTable(name: "accuracy", columns: ["epoch", "iteration", "train_acc", "test_acc", "gap"], rows: rows),
            ExportTable(name: "events", columns: ["epoch", "label"], rows: eventRows),
        ])
    }
}

import Charts
import LessonKit
import NumericCore

/// Page 2: the two-layer net training live — the loss of every iteration (raw and a trailing
/// mean) with learning-rate changes marked, and train/test accuracy after every epoch.
///
/// Shares its `TrainingRun` with the digit panel (page 4), so both show the same net.
final class TrainingCell: LiveCell, HeadlessStepping {
    var title: String { tr("training the two-layer net", "训练两层神经网络") }
    let run: TrainingRun
    let defaultRunSteps = 200

    init(run: TrainingRun) { self.run = run }

    var knobs: [Knob] { TrainingKnobs.all(run.config) }
    func setKnob(_ name: String, to value: Double) { TrainingKnobs.set(name, to: value, on: run) }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isStopped }
    /// A run stops by itself only when its loss blew up.
    var hasFailed: Bool { run.isStopped }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.advance(budget: budget) > 0 }
    func reset() { run.restart() }
    var status: String? { run.status }

    /// The loss curve: raw losses in gray, the trailing mean in cyan, events marked.
    var lossPlot: LinePlot {
        let losses = run.history.losses
        let xs = (1...max(1, losses.count)).map(Double.init)
        var plot = LinePlot(
            title: tr("loss", "损失") + " · \(run.config.activation.label) 784-\(run.config.hiddenSize)-10 · lr \(NumberText.format(run.config.learningRate, digits: 3))",
            series: [Series(name: tr("loss", "损失"), color: .gray(12), x: xs, y: losses),
                     Series(name: TrainingRun.meanLabel, color: .cyan, x: xs, y: run.smoothedLosses)],
            xLabel: tr("iteration", "迭代次数"))
        plot.events = run.eventMarkers
        if losses.isEmpty { plot.xLimits = .fixed(0, 100); plot.yLimits = .fixed(0, 2.5) }
        return plot
    }

    /// Train and test accuracy (in %) after each epoch.
    var accuracyPlot: LinePlot { Self.accuracyPlot(run) }

    static func accuracyPlot(_ run: TrainingRun) -> LinePlot {
        let epochs = run.history.epochs
        let xs = epochs.map { Double($0.epoch) }
        var plot = LinePlot(title: tr("accuracy % per epoch", "每轮的精度 %"),
                            series: [Series(name: tr("train", "训练"), color: .green, x: xs, y: epochs.map { 100 * $0.trainAccuracy }),
                                     Series(name: tr("test", "测试"), color: .magenta, x: xs, y: epochs.map { 100 * $0.testAccuracy })],
                            xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 100)
        if epochs.count < 2 { plot.xLimits = .fixed(0, max(2, Double(epochs.count))) }
        return plot
    }

    /// Loss and accuracy side by side when wide, stacked when tall, else the loss alone with
    /// the accuracy as a readout line.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var lossPlot = self.lossPlot
        lossPlot.title = options.drawable(lossPlot.title)
        if width >= 90 && height >= 12 {
            return ChartLayout.withReadout([run.lossReadout + "   " + run.accuracyReadout], width: width, height: height, options: options) { grid, rows in
                grid.blit(ChartLayout.sideBySide(lossPlot, accuracyPlot, fraction: 0.6, width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
        if height >= 24 {
            return ChartLayout.withReadout([run.lossReadout, run.accuracyReadout], width: width, height: height, options: options) { grid, rows in
                grid.blit(ChartLayout.stacked(lossPlot, accuracyPlot, fraction: 0.6, width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
        return ChartLayout.withReadout([run.lossReadout, run.accuracyReadout], width: width, height: height, options: options) { grid, rows in
            grid.blit(lossPlot.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    func export() -> CellExport { TrainingExport.export(run) }
}

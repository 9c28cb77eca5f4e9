import Charts
import LessonKit
import NumericCore

/// Page 2: the RNN learning the noisy sine live — its one-step-ahead prediction against the
/// target on a fixed sequence, and the training loss with learning-rate changes marked.
final class SineCell: RunCell, HeadlessStepping {
    var title: String { tr("an RNN predicts the next value of a noisy sine", "RNN 预测带噪声正弦的下一个值") }
    let run: SineRun

    init(run: SineRun) { self.run = run }

    var defaultRunSteps: Int { run.config.iterations }

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "task", label: tr("task", "任务"), kind: .choice(["sine"]), value: 0),
            RNNKnobs.lr(c.learningRate),
            Knob(name: "hidden", label: tr("hidden size", "隐藏单元数"), kind: .integer(range: 1...64, step: 1), value: Double(c.hidden)),
            Knob(name: "length", label: tr("sequence length T", "序列长度 T"), kind: .integer(range: 2...64, step: 2),
                 value: Double(c.length)),
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 100...10000, step: 100),
                 value: Double(c.iterations)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "lr": c.learningRate = RNNKnobs.clamp(value, RNNKnobs.lrRange)
        case "hidden": c.hidden = max(1, min(64, Int(value.rounded())))
        case "length": c.length = max(2, min(64, Int(value.rounded())))
        case "iterations": c.iterations = max(100, min(10000, Int(value.rounded())))
        default: return
        }
        run.apply(c)
    }


    var status: String? {
        if run.stopped {
            return tr("learning rate too high — lower it, press r · the loss blew up at iteration \(run.iteration)",
                      "学习率过大——调小后按 r · 损失在第 \(run.iteration) 次迭代发散")
        }
        guard run.iteration > 0 else {
            return tr("untrained: press space to train", "尚未训练：按空格键开始训练")
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    /// "plotted loss 0.0123 · training loss 0.0150" (the fixed sequence; the mean of the last 50 iterations)
    var readout: String {
        tr("plotted loss \(RNNKnobs.number(run.evaluationLoss)) · training loss \(RNNKnobs.number(run.recentLoss))",
           "所画序列的损失 \(RNNKnobs.number(run.evaluationLoss)) · 训练损失 \(RNNKnobs.number(run.recentLoss))")
    }

    /// Target (gray) and prediction (yellow) on the fixed sequence, t = 1…T.
    func predictionPlot() -> LinePlot {
        let ts = (1...run.evaluation.targets.count).map(Double.init)
        let target = run.evaluation.targets.map { $0[0] }
        let pred = run.prediction.map { $0.isFinite ? max(-3, min(3, $0)) : 0 }
        var plot = LinePlot(title: tr("target vs prediction", "目标与预测"),
                            series: [Series(name: tr("target", "目标"), color: .gray(14), x: ts, y: target),
                                     Series(name: "RNN", color: .yellow, x: ts, y: pred)],
                            xLabel: "t")
        plot.yLimits = .fixed(-1.5, 1.5)
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var top = predictionPlot(), bottom = RNNKnobs.lossPlot(run)
        top.title = options.drawable(top.title)
        bottom.title = options.drawable(bottom.title)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySideOrStacked(top, bottom, fraction: 0.5, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// `nnbook run rnn --set task=sine --format csv`: tables `loss` (iteration, loss),
    /// `prediction` (t, input, target, prediction) and `events` (iteration, label).
    func export() -> CellExport {
        let c = run.config, e = run.evaluation
        let lossRows = run.losses.enumerated().map { [ExportValue.integer($0.offset + 1), .number($0.element)] }
        let predRows = e.targets.indices.map { t in
            [ExportValue.integer(t + 1), .number(e.inputs[t][0]), .number(e.targets[t][0]), .number(run.prediction[t])]
        }
        let eventRows = run.events.map { [ExportValue.integer($0.iteration), .string($0.label)] }
        let json: ExportValue = .object([
            ("task", .string("sine")), ("period", .number(SineTask.period)), ("noise", .number(SineTask.noise)),
            ("length", .integer(c.length)), ("hidden", .integer(c.hidden)), ("lr", .number(c.learningRate)),
            ("radius", .number(c.radius)), ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("eval_loss", .number(run.evaluationLoss)), ("recent_loss", .number(run.recentLoss)),
            ("loss", .array(run.losses.map(ExportValue.number))),
            ("prediction", .array(predRows.map { .object([("t", $0[0]), ("input", $0[1]), ("target", $0[2]), ("prediction", $0[3])]) })),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "sine", json: json, tables: [
            ExportTable(name: "loss", columns: ["iteration", "loss"], rows: lossRows),
            ExportTable(name: "prediction", columns: ["t", "input", "target", "prediction"], rows: predRows),
            ExportTable(name: "events", columns: ["iteration", "label"], rows: eventRows),
        ])
    }
}

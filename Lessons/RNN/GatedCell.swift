import Charts
import LessonKit
import NumericCore

/// Page 4: a vanilla RNN and an LSTM race on the long-memory echo task (`EchoTask`): their
/// accuracy curves side by side (knob changes marked), and ‖∂L/∂h_t‖ against t on a log axis
/// for both, with the LSTM's cell path ‖∂L/∂c_t‖, showing how far back each net's error signal
/// reaches. Knobs: the delay T, hidden size, learning rate and clipping.
final class GatedCell: RunCell, HeadlessStepping {
    var title: String { tr("a vanilla RNN and an LSTM must echo the first sign", "普通 RNN 与 LSTM：复述第一个符号") }
    let run: GatedRun

    init(run: GatedRun) { self.run = run }

    var defaultRunSteps: Int { run.config.iterations }

    static let delayRange = 2...60
    static let hiddenRange = 1...32

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "task", label: tr("task", "任务"), kind: .choice(["echo"]), value: 0),
            Knob(name: "delay", label: tr("delay T (steps)", "延迟 T（步）"), kind: .integer(range: Self.delayRange, step: 2),
                 value: Double(c.delay)),
            Knob(name: "hidden", label: tr("hidden size", "隐藏单元数"), kind: .integer(range: Self.hiddenRange, step: 1),
                 value: Double(c.hidden)),
            RNNKnobs.lr(c.learningRate),
            RNNKnobs.clip(c.clip),
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 100...5000, step: 100),
                 value: Double(c.iterations)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "delay": c.delay = max(Self.delayRange.lowerBound, min(Self.delayRange.upperBound, Int(value.rounded())))
        case "hidden": c.hidden = max(Self.hiddenRange.lowerBound, min(Self.hiddenRange.upperBound, Int(value.rounded())))
        case "lr": c.learningRate = RNNKnobs.clamp(value, RNNKnobs.lrRange)
        case "clip": c.clip = RNNKnobs.clamp(value, RNNKnobs.clipRange)
        case "iterations": c.iterations = max(100, min(5000, Int(value.rounded())))
        default: return
        }
        run.apply(c)
    }

    var status: String? {
        if let net = run.failedNet {
            return tr("learning rate too high — lower it, press r · the \(net) loss blew up at iteration \(run.iteration)",
                      "学习率过大——调小后按 r · \(net) 的损失在第 \(run.iteration) 次迭代发散")
        }
        guard run.iteration > 0 else {
            return tr("untrained: press space to train both nets", "尚未训练：按空格键同时训练两个网络")
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    /// "accuracy: RNN 53% · LSTM 100% (chance 50%)"
    var accuracyReadout: String {
        let r = Self.percent(run.rnnTrack.accuracy), l = Self.percent(run.lstmTrack.accuracy)
        return tr("accuracy: RNN \(r) · LSTM \(l) (chance 50%)", "精度：RNN \(r) · LSTM \(l)（随机猜 50%）")
    }

    /// "‖∂L/∂h_1‖/‖∂L/∂h_21‖: RNN 1.2e-05 · LSTM 0.031" (short enough for --ascii at 80 columns)
    var reachReadout: String {
        let t = run.config.delay + 1
        return "‖∂L/∂h_1‖/‖∂L/∂h_\(t)‖: RNN " + RNNKnobs.number(GatedRun.reach(run.rnnTrack.hiddenProfile))
            + " · LSTM " + RNNKnobs.number(GatedRun.reach(run.lstmTrack.hiddenProfile))
    }

    /// "53%", "–" before any evaluation.
    static func percent(_ v: Double) -> String { v.isFinite ? "\(Int((v * 100).rounded()))%" : "–" }

    /// The batch accuracy of both nets per iteration (mean of the last 20), knob changes marked.
    func accuracyPlot() -> LinePlot {
        func smooth(_ v: [Double]) -> [Double] {
            var out: [Double] = [], sum = 0.0
            for (i, a) in v.enumerated() {
                sum += a
                if i >= 20 { sum -= v[i - 20] }
                out.append(100 * sum / Double(min(i + 1, 20)))
            }
            return out
        }
        let xs = run.lstmTrack.accuracies.indices.map { Double($0 + 1) }
        var plot = LinePlot(title: tr("accuracy % (training)", "精度 %（训练）"),
                            series: [Series(name: "RNN", color: .cyan, x: xs, y: smooth(run.rnnTrack.accuracies)),
                                     Series(name: "LSTM", color: .yellow, x: xs, y: smooth(run.lstmTrack.accuracies))],
                            xLabel: tr("iteration", "迭代"))
        plot.yLimits = .fixed(0, 100)
        if xs.count < 2 { plot.xLimits = .fixed(0, 2) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// ‖∂L/∂h_t‖ of both nets and the LSTM's ‖∂L/∂c_t‖ against t (log), for ∂L/∂y_{T+1} = 1.
    func profilePlot() -> LinePlot {
        func series(_ name: String, _ color: Color, _ p: [Double]) -> Series {
            Series(name: name, color: color, x: p.indices.map { Double($0 + 1) }, y: p.map { $0.isFinite && $0 > 0 ? max($0, 1e-30) : 1e-30 })
        }
        var plot = LinePlot(title: tr("‖∂L/∂h_t‖ (log)", "‖∂L/∂h_t‖（对数）"),
                            series: [series("RNN", .cyan, run.rnnTrack.hiddenProfile),
                                     series("LSTM", .yellow, run.lstmTrack.hiddenProfile),
                                     series("c", .magenta, run.lstmTrack.cellProfile)],
                            xLabel: "t")
        plot.yScale = .log10
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var left = accuracyPlot(), right = profilePlot()
        left.title = options.drawable(left.title)
        right.title = options.drawable(right.title)
        return ChartLayout.withReadout([accuracyReadout, reachReadout], width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySideOrStacked(left, right, fraction: 0.45, stackedFraction: 0.5, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// `nnbook run rnn --set task=echo --format csv`: tables `curves` (iteration, then loss and
    /// accuracy of each net per iteration), `profile` (t, ‖∂L/∂h_t‖ of each net, the LSTM's
    /// ‖∂L/∂c_t‖) and `events` (iteration, label).
    func export() -> CellExport {
        let c = run.config, r = run.rnnTrack, l = run.lstmTrack
        let curveRows = l.losses.indices.map { i in
            [ExportValue.integer(i + 1), .number(r.losses[i]), .number(r.accuracies[i]), .number(l.losses[i]), .number(l.accuracies[i])]
        }
        let profileRows = l.hiddenProfile.indices.map { t in
            [ExportValue.integer(t + 1), .number(r.hiddenProfile[t]), .number(l.hiddenProfile[t]), .number(l.cellProfile[t])]
        }
        let eventRows = run.events.map { [ExportValue.integer($0.iteration), .string($0.label)] }
        func net(_ t: GatedRun.Track) -> ExportValue {
            .object([("accuracy", .number(t.accuracy)), ("reach", .number(GatedRun.reach(t.hiddenProfile))),
                     ("clipped", .integer(t.clipped)),
                     ("loss", .array(t.losses.map(ExportValue.number))),
                     ("batch_accuracy", .array(t.accuracies.map(ExportValue.number))),
                     ("hidden_grad_norms", .array(t.hiddenProfile.map(ExportValue.number)))])
        }
        var lstm = net(l)
        if case .object(var pairs) = lstm { pairs.append(("cell_grad_norms", .array(l.cellProfile.map(ExportValue.number)))); lstm = .object(pairs) }
        let json: ExportValue = .object([
            ("task", .string("echo")), ("delay", .integer(c.delay)), ("hidden", .integer(c.hidden)), ("lr", .number(c.learningRate)),
            ("clip", .number(c.clip)), ("batch", .integer(c.batch)), ("optimizer", .string("Adam")),
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("rnn", net(r)), ("lstm", lstm),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "echo", json: json, tables: [
            ExportTable(name: "curves", columns: ["iteration", "rnn_loss", "rnn_accuracy", "lstm_loss", "lstm_accuracy"], rows: curveRows),
            ExportTable(name: "profile", columns: ["t", "rnn_h", "lstm_h", "lstm_c"], rows: profileRows),
            ExportTable(name: "echo_events", columns: ["iteration", "label"], rows: eventRows),
        ])
    }
}

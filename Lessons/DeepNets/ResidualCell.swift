import Charts
import LessonKit
import NumericCore

/// Page 3: plain vs residual, live — the training loss of both nets per iteration (knob
/// changes marked) beside the smoothed gradient norm ‖dW‖ of every layer (log scale), and
/// both test accuracies.
final class ResidualCell: RunCell, HeadlessStepping {
    var title: String { tr("plain vs residual, \(run.config.depth) hidden layers", "普通网络与残差网络：\(run.config.depth) 个隐藏层") }
    let run: ResidualRun

    init(run: ResidualRun) { self.run = run }

    var defaultRunSteps: Int { run.config.iterations }

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "depth", label: tr("hidden layers", "隐藏层数"), kind: .integer(range: 2...40, step: 2), value: Double(c.depth)),
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: 0.001...10, step: 1.5848931924611136, scale: .log),
                 value: c.learningRate),
            Knob(name: "init", label: tr("weight initialization", "权重初始化"), kind: .choice(ResidualRun.initChoices), value: Double(c.initIndex)),
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 100...5000, step: 100), value: Double(c.iterations)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        let v = Int(value.rounded())
        switch name {
        case "depth": c.depth = max(2, min(40, v / 2 * 2))
        case "lr": c.learningRate = max(0.001, min(10, value))
        case "init": c.initIndex = max(0, min(ResidualRun.initChoices.count - 1, v))
        case "iterations": c.iterations = max(100, min(5000, v))
        default: return
        }
        run.apply(c)
    }


    var status: String? {
        if run.stopped {
            return tr("the loss blew up — lower the learning rate, press r (iteration \(run.iteration))",
                      "损失发散了——调小学习率后按 r（第 \(run.iteration) 次迭代）")
        }
        var parts: [String] = []
        if isStuck {
            parts.append(tr("the residual net is stuck at chance — lower the learning rate or set init to small, press r",
                            "残差网络停在随机猜测的水平——调小学习率或把 init 设为 small，再按 r"))
        }
        if let problem = run.data.problem { parts.append("⚠ " + DataNotice.mnistNotLoaded(reason: problem)) }
        guard run.iteration > 0 else {
            parts.append(tr("\(DataNotice.sourceName(run.data.sourceName)): press space to train both nets",
                            "\(DataNotice.sourceName(run.data.sourceName))：按空格键同时训练两个网络"))
            return parts.joined(separator: " · ")
        }
        parts.append(tr("iteration \(run.iteration) / \(run.config.iterations)", "第 \(run.iteration) / \(run.config.iterations) 次迭代"))
        if run.isFinished { parts.append(RunProgress.restartNote) }
        return parts.joined(separator: " · ")
    }

    /// Whether the residual net is still at chance (≤ 11 % on 10 classes) after
    /// `stuckIterations` iterations: its ReLUs died or its signal blew up.
    var isStuck: Bool { run.iteration >= Self.stuckIterations && (residualAccuracy ?? 1) <= 0.11 }
    static let stuckIterations = 100

    var plainAccuracy: Double? { run.plainTrainer.history.epochs.last?.testAccuracy }
    var residualAccuracy: Double? { run.residualTrainer.history.epochs.last?.testAccuracy }

    static func percent(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        return NumberText.format((v * 1000).rounded() / 10, digits: 4) + tr(" %", "%")
    }

    /// "test: plain 11.3 %  residual 87.5 %"
    var readout: String {
        tr("test accuracy: plain \(Self.percent(plainAccuracy))  residual \(Self.percent(residualAccuracy))",
           "测试精度：普通 \(Self.percent(plainAccuracy))  残差 \(Self.percent(residualAccuracy))")
    }

    /// The loss per iteration of both nets (smoothed over 10), with the knob changes marked.
    var lossPlot: LinePlot {
        func series(_ t: Trainer, _ name: String, _ color: Charts.Color) -> Series {
            let l = t.history.losses
            var ys: [Double] = [], xs: [Double] = []
            var acc = 0.0
            for (i, v) in l.enumerated() where v.isFinite {
                acc = i == 0 ? v : 0.9 * acc + 0.1 * v
                xs.append(Double(i + 1)); ys.append(acc)
            }
            return Series(name: name, color: color, x: xs, y: ys)
        }
        var plot = LinePlot(title: tr("training loss", "训练损失"),
                            series: [series(run.plainTrainer, tr("plain", "普通"), .magenta),
                                     series(run.residualTrainer, tr("residual", "残差"), .green)],
                            xLabel: tr("iteration", "迭代"))
        if run.iteration < 2 { plot.xLimits = .fixed(0, 2) }
        plot.yLimits = .fixed(0, 2.5)
        plot.events = run.plainTrainer.history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// ‖dW‖ per layer, input first, on a log scale (zeros left out).
    var gradientPlot: LinePlot {
        func series(_ norms: [Double], _ name: String, _ color: Charts.Color) -> Series {
            let pts = norms.enumerated().filter { $0.element > 0 && $0.element.isFinite }
            return Series(name: name, color: color, x: pts.map { Double($0.offset + 1) }, y: pts.map(\.element))
        }
        var plot = LinePlot(title: tr("‖dW‖ per layer", "各层的 ‖dW‖"),
                            series: [series(run.plainNorms, tr("plain", "普通"), .magenta),
                                     series(run.residualNorms, tr("residual", "残差"), .green)],
                            xLabel: tr("layer", "层"))
        plot.yScale = .log10
        plot.xLimits = .fixed(1, Double(run.config.depth + 2))
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var loss = lossPlot, grads = gradientPlot
        loss.title = options.drawable(loss.title)
        grads.title = options.drawable(grads.title)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySide(loss, grads, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// Tables `loss` (iteration, plain, residual), `accuracy` (epoch, plain_test, residual_test)
    /// and `gradient_norms` (layer, plain, residual); JSON adds the settings.
    func export() -> CellExport {
        let c = run.config
        let pl = run.plainTrainer.history.losses, rl = run.residualTrainer.history.losses
        let lossRows = (0..<min(pl.count, rl.count)).map { [ExportValue.integer($0 + 1), .number(pl[$0]), .number(rl[$0])] }
        let pe = run.plainTrainer.history.epochs, re = run.residualTrainer.history.epochs
        let accRows = (0..<min(pe.count, re.count)).map { [ExportValue.integer(pe[$0].epoch), .number(pe[$0].testAccuracy), .number(re[$0].testAccuracy)] }
        let pn = run.plainNorms, rn = run.residualNorms
        let normRows = (0..<min(pn.count, rn.count)).map { [ExportValue.integer($0 + 1), .number(pn[$0]), .number(rn[$0])] }
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)), ("depth", .integer(c.depth)), ("width", .integer(c.width)),
            ("lr", .number(c.learningRate)), ("init", .string(ResidualRun.initChoices[c.initIndex])),
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("plain_test_acc", plainAccuracy.map(ExportValue.number) ?? .null),
            ("residual_test_acc", residualAccuracy.map(ExportValue.number) ?? .null),
            ("plain_gradient_norms", .array(pn.map(ExportValue.number))),
            ("residual_gradient_norms", .array(rn.map(ExportValue.number))),
        ])
        return CellExport(name: "residual", json: json, tables: [
            ExportTable(name: "loss", columns: ["iteration", "plain", "residual"], rows: lossRows),
            ExportTable(name: "accuracy", columns: ["epoch", "plain_test", "residual_test"], rows: accRows),
            ExportTable(name: "gradient_norms", columns: ["layer", "plain", "residual"], rows: normRows),
        ])
    }
}

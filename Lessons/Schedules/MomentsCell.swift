import Charts
import LessonKit

/// Page 2: Momentum, RMSprop and Adam as exponentially weighted averages of one noisy
/// gradient — the gradient and Momentum's average above, RMSprop's √s and Adam's step
/// below, the three formulas written out under the charts.
final class MomentsCell: LiveCell, HeadlessStepping {
    var title: String { tr("three averages of one noisy gradient", "同一个带噪声梯度的三种平均") }
    let run: MomentsRun

    init(run: MomentsRun) { self.run = run }

    var defaultRunSteps: Int { MomentsRun.iterations }

    var knobs: [Knob] {
        [
            Knob(name: "beta1", label: tr("β1 (Momentum, Adam)", "β1（Momentum、Adam）"),
                 kind: .choice(MomentsRun.beta1s.map(EWMARun.betaText)), value: Double(MomentsRun.beta1s.firstIndex(of: run.beta1) ?? 2)),
            Knob(name: "beta2", label: tr("β2 (RMSprop, Adam)", "β2（RMSprop、Adam）"),
                 kind: .choice(MomentsRun.beta2s.map(EWMARun.betaText)), value: Double(MomentsRun.beta2s.firstIndex(of: run.beta2) ?? 2)),
            Knob(name: "moment_correction", label: tr("bias correction", "偏差修正"), kind: .toggle, value: run.correction ? 1 : 0),
            Knob(name: "grad_noise", label: tr("gradient noise", "梯度噪声"), kind: .continuous(range: 0...5, step: 0.25, scale: .linear),
                 value: run.noise, digits: 3),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        func pick(_ list: [Double]) -> Double { list[max(0, min(list.count - 1, Int(value.rounded())))] }
        switch name {
        case "beta1": run.set(beta1: pick(MomentsRun.beta1s))
        case "beta2": run.set(beta2: pick(MomentsRun.beta2s))
        case "moment_correction": run.set(correction: value >= 0.5)
        case "grad_noise": run.set(noise: max(0, min(5, value)))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isFinished }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.advance() }
    func reset() { run.restart() }

    var status: String? {
        guard run.iteration > 0 else {
            return tr("iteration 0 / \(MomentsRun.iterations) — space plays, s steps once",
                      "第 0 / \(MomentsRun.iterations) 次迭代——空格键播放，s 走一步")
        }
        var text = tr("iteration \(run.iteration) / \(MomentsRun.iterations)", "第 \(run.iteration) / \(MomentsRun.iterations) 次迭代")
        if !run.correction && run.beta2 >= 0.99 {
            text = tr("no bias correction: √s starts near 0, so Adam's first steps are huge — turn it on · ",
                      "没有偏差修正：√s 从 0 附近起步，Adam 最初几步会很大——请打开它 · ") + text
        }
        if run.isFinished { text += RunProgress.restartHint }
        return text
    }

    /// The three formulas, each with its current value.
    var formulas: [String] {
        func value(_ list: [Double]) -> String {
            list.last.map { NumberText.format(($0 * 1000).rounded() / 1000, digits: 3) } ?? "–"
        }
        let hat = run.correction
        return [
            "Momentum  v = β1·v + (1−β1)·g" + (hat ? ", v̂ = v/(1−β1ᵗ)" : "") + "  → \(value(run.momentum))",
            "RMSprop   s = β2·s + (1−β2)·g²" + (hat ? ", ŝ = s/(1−β2ᵗ)" : "") + "  → √s \(value(run.rms))",
            (hat ? "Adam      v̂/(√ŝ + ε)" : "Adam      v/(√s + ε)") + "  → \(value(run.adam))",
        ]
    }

    func plots() -> (LinePlot, LinePlot) {
        let xs = (0..<run.iteration).map { Double($0 + 1) }
        var gradients = Series(name: "g", color: .gray(10), x: xs, y: run.gradients)
        gradients.dots = true
        var top = LinePlot(title: tr("g and Momentum's v", "g 与 Momentum 的 v"),
                           series: [gradients,
                                    Series(name: "Momentum", color: .green, x: xs, y: run.momentum)])
        var bottom = LinePlot(title: tr("√s and Adam's step", "√s 与 Adam 的步长"),
                              series: [Series(name: "√s", color: .magenta, x: xs, y: run.rms),
                                       Series(name: "Adam", color: .cyan, x: xs, y: run.adam)],
                              xLabel: tr("iteration", "迭代"))
        for i in [0, 1] {
            var p = i == 0 ? top : bottom
            p.xLimits = .fixed(0, Double(MomentsRun.iterations))
            p.yLimits = i == 0 ? .fixed(-3, 3) : .fixed(-2, 4)
            p.events = run.events.map { EventMarker(x: $0.iteration, label: $0.label) }
            if i == 0 { top = p } else { bottom = p }
        }
        return (top, bottom)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var (top, bottom) = plots()
        top.title = options.drawable(top.title)
        bottom.title = options.drawable(bottom.title)
        let lines = height >= 16 ? formulas : (height >= 10 ? [formulas[2]] : [])
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            // Stacked when there is height for two charts, else side by side.
            let charts = rows >= 16
                ? ChartLayout.stacked(top, bottom, fraction: 0.5, width: width, height: rows, options: options)
                : ChartLayout.sideBySide(top, bottom, fraction: 0.5, gap: 1, width: width, height: rows, options: options)
            grid.blit(charts, x: 0, y: 0)
        }
    }

    /// Table `moments` (iteration, gradient, momentum, rmsprop, adam_step) and the knobs.
    func export() -> CellExport {
        let rows = (0..<run.iteration).map { t in
            [ExportValue.integer(t + 1), .number(run.gradients[t]), .number(run.momentum[t]), .number(run.rms[t]), .number(run.adam[t])]
        }
        let json: ExportValue = .object([
            ("beta1", .number(run.beta1)), ("beta2", .number(run.beta2)), ("moment_correction", .bool(run.correction)),
            ("grad_noise", .number(run.noise)), ("epsilon", .number(MomentsRun.epsilon)), ("iteration", .integer(run.iteration)),
            ("events", .array(run.events.map { .object([("iteration", .number($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "moments", json: json, tables: [
            ExportTable(name: "moments", columns: ["iteration", "gradient", "momentum", "rmsprop", "adam_step"], rows: rows),
        ])
    }
}

import Charts
import LessonKit
import NumericCore

/// Page 3: vanishing and exploding gradients through time — ‖∂L/∂h_t‖ against t on a log
/// axis for a loss on the last step, with W_hh's spectral radius ρ and gradient clipping as
/// knobs, beside the gradient's norm per iteration with the clip threshold (clip changes
/// marked) while the same net learns the sine.
final class GradientCell: RunCell, HeadlessStepping {
    var title: String { tr("gradients through time: ‖∂L/∂h_t‖", "沿时间反传的梯度：‖∂L/∂h_t‖") }
    let run: SineRun

    init(run: SineRun) { self.run = run }

    var defaultRunSteps: Int { run.config.iterations }

    var knobs: [Knob] {
        let c = run.config
        return [
            RNNKnobs.radius(c.radius),
            RNNKnobs.clip(c.clip),
            Knob(name: "span", label: tr("steps back T", "回溯步数 T"), kind: .integer(range: 4...64, step: 4), value: Double(c.length)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "radius": c.radius = (RNNKnobs.clamp(value, RNNKnobs.radiusRange) * 100).rounded() / 100
        case "clip": c.clip = RNNKnobs.clamp(value, RNNKnobs.clipRange)
        case "span": c.length = max(4, min(64, Int(value.rounded())))
        default: return
        }
        run.apply(c)
    }


    var status: String? {
        if run.stopped {
            return tr("gradients exploded — turn clipping on or lower ρ, press r · at iteration \(run.iteration)",
                      "梯度爆炸——打开裁剪或调小 ρ 后按 r · 在第 \(run.iteration) 次迭代")
        }
        guard run.iteration > 0 else {
            return tr("untrained net: the curve is already there; space trains it", "未训练的网络：曲线已经画出；按空格键训练")
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    /// "‖∂L/∂h_1‖ / ‖∂L/∂h_32‖ = 2.1e-09 (vanishes)"
    var ratioReadout: String {
        let r = run.reachRatio, t = run.config.length
        let verdict: String
        if !r.isFinite { verdict = "" }
        else if r < 0.01 { verdict = tr(" (vanishes)", "（消失）") }
        else if r > 100 { verdict = tr(" (explodes)", "（爆炸）") }
        else { verdict = tr(" (reaches back)", "（能传回去）") }
        return "‖∂L/∂h_1‖ / ‖∂L/∂h_\(t)‖ = " + RNNKnobs.number(r) + verdict
    }

    /// "gradient norm 3.2 · clipped 40 of 300 iterations"
    var clipReadout: String {
        let n = RNNKnobs.number(run.lastGradientNorm)
        guard run.config.clip > 0 else { return tr("gradient norm \(n) · no clipping", "梯度范数 \(n) · 未裁剪") }
        return tr("gradient norm \(n) · clipped \(run.clippedCount) of \(run.iteration) iterations",
                  "梯度范数 \(n) · \(run.iteration) 次迭代中裁剪了 \(run.clippedCount) 次")
    }

    /// ‖∂L/∂h_t‖ per step on a log axis.
    func normPlot() -> LinePlot {
        let norms = run.hiddenNorms
        let ts = norms.indices.map { Double($0 + 1) }
        let ys = norms.map { $0.isFinite && $0 > 0 ? $0 : 1e-300 }
        var plot = LinePlot(title: tr("‖∂L/∂h_t‖ (log)", "‖∂L/∂h_t‖（对数）"),
                            series: [Series(name: "‖∂L/∂h_t‖", color: .magenta, x: ts, y: ys)], xLabel: "t")
        plot.yScale = .log10
        plot.showLegend = false
        return plot
    }

    /// The gradient's global norm per iteration before clipping (log), the clip threshold
    /// as a yellow line when clipping is on: every point above it was scaled down to it.
    func clipPlot() -> LinePlot {
        let xs = run.gradientNorms.indices.map { Double($0 + 1) }
        let ys = run.gradientNorms.map { $0.isFinite && $0 > 0 ? min($0, 1e12) : 1e12 }
        var series = [Series(name: tr("norm", "范数"), color: .cyan, x: xs, y: ys)]
        if run.config.clip > 0 {
            series.append(Series(name: tr("clip", "裁剪"), color: .yellow, x: [1, Double(max(2, xs.count))],
                                 y: [run.config.clip, run.config.clip]))
        }
        var plot = LinePlot(title: tr("gradient norm (log)", "梯度范数（对数）"), series: series, xLabel: tr("iteration", "迭代"))
        plot.yScale = .log10
        plot.showLegend = run.config.clip > 0
        if xs.count < 2 { plot.xLimits = .fixed(0, 2); plot.yLimits = .fixed(0.01, 1) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var left = normPlot(), right = clipPlot()
        left.title = options.drawable(left.title)
        right.title = options.drawable(right.title)
        return ChartLayout.withReadout([ratioReadout, clipReadout], width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySideOrStacked(left, right, fraction: 0.55, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// Tables `gradient_norms` (t, norm) and `gradient_loss` (iteration, loss, gradient_norm
    /// before clipping), and the ratio.
    func export() -> CellExport {
        let c = run.config
        let normRows = run.hiddenNorms.enumerated().map { [ExportValue.integer($0.offset + 1), .number($0.element)] }
        let lossRows = run.losses.indices.map {
            [ExportValue.integer($0 + 1), .number(run.losses[$0]), .number(run.gradientNorms[$0])]
        }
        let json: ExportValue = .object([
            ("radius", .number(c.radius)), ("clip", .number(c.clip)), ("span", .integer(c.length)),
            ("hidden", .integer(c.hidden)), ("lr", .number(c.learningRate)), ("iterations", .integer(run.iteration)),
            ("stopped", .bool(run.stopped)), ("reach_ratio", .number(run.reachRatio)),
            ("gradient_norm", .number(run.lastGradientNorm)), ("clipped", .integer(run.clippedCount)),
            ("hidden_grad_norms", .array(run.hiddenNorms.map(ExportValue.number))),
            ("loss", .array(run.losses.map(ExportValue.number))),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "gradients", json: json, tables: [
            ExportTable(name: "gradient_norms", columns: ["t", "norm"], rows: normRows),
            ExportTable(name: "gradient_loss", columns: ["iteration", "loss", "gradient_norm"], rows: lossRows),
        ])
    }
}

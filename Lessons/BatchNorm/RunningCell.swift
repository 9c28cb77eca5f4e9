import Charts
import LessonKit
import NumericCore

/// Page 2: training vs inference. Each training batch moves the running mean and variance
/// towards the batch's (momentum knob); in inference mode the layer normalizes with those
/// running averages, which start at zero as in the book.
final class RunningCell: LiveCell, HeadlessStepping {
    var title: String { tr("running averages: training vs inference", "移动平均：训练与推理") }
    let model: MiniBatchTransform
    let defaultRunSteps = 30

    init(model: MiniBatchTransform) { self.model = model }

    static let modes = ["train", "inference"]

    var knobs: [Knob] {
        [
            Knob(name: "momentum", label: tr("momentum", "动量"), kind: .continuous(range: 0...0.99, step: 0.05, scale: .linear), value: model.momentum),
            Knob(name: "mode", label: tr("mode", "模式"), kind: .choice(Self.modes), value: model.inference ? 1 : 0),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "momentum": model.momentum = min(0.99, max(0, value))
        case "mode": model.setInference(value.rounded() == 1)
        default: return
        }
    }

    var isAnimated: Bool { true }
    func step() { model.nextBatch() }
    private var elapsed = 0.0
    func advance(budget: Double) -> Bool {
        elapsed += max(budget, 1.0 / 30)
        guard elapsed >= 0.1 else { return false }
        elapsed = 0
        model.nextBatch()
        return true
    }
    func reset() { model.restart() }

    /// Training batches seen so far (the running averages moved this often).
    var trainingBatches: Int { model.trace.count }

    /// The running mean as a fraction of the batch means' average: (1 − momentumⁿ) when the
    /// batch means are steady.
    var status: String? {
        let n = trainingBatches
        if model.inference {
            let r = model.running, b = model.batchStatistics
            let off = b.variance > 0 && (r.variance < 0.5 * b.variance || abs(r.mean - b.mean) > 0.5 * b.variance.squareRoot())
            if off {
                let batches = n == 1 ? "1 training batch" : "\(n) training batches"
                return tr("inference after \(batches): running averages not there yet — switch mode to train and play",
                          "只训练了 \(n) 个小批量就推理：移动平均还没到位——把模式切回 train 再运行")
            }
            return tr("inference: normalized with the running averages (\(n) training batches)",
                      "推理：用移动平均归一化（已训练 \(n) 个小批量）")
        }
        return tr("training: batch \(model.batches), running averages updated \(n) times",
                  "训练：第 \(model.batches) 个小批量，移动平均已更新 \(n) 次")
    }

    var meanPlot: LinePlot {
        let t = model.trace
        let xs = t.map { Double($0.batch) }
        var plot = LinePlot(title: tr("unit \(model.unit): mean per batch", "神经元 \(model.unit)：每个小批量的均值"),
                            series: [Series(name: "μ_B", color: .gray(12), x: xs, y: t.map(\.mean)),
                                     Series(name: tr("running μ", "移动平均 μ"), color: .cyan, x: xs, y: t.map(\.runningMean))],
                            xLabel: tr("batch", "小批量"))
        if t.count < 2 { plot.xLimits = .fixed(0, 10) }
        return plot
    }

    var outputHistogram: Histogram {
        let title = model.inference ? tr("y (running)", "y（移动平均）") : tr("y (batch)", "y（批统计）")
        var h = Histogram(title: title, values: model.after, bins: 20, range: -6...6, xLabel: "", yLabel: "")
        h.color = model.inference ? .magenta : .cyan
        return h
    }

    var readout: [String] {
        let r = model.running, b = model.batchStatistics, y = model.after
        return [
            tr("batch μ_B \(Format.num(b.mean)) σ²_B \(Format.num(b.variance))   running μ \(Format.num(r.mean)) σ² \(Format.num(r.variance))",
               "批 μ_B \(Format.num(b.mean)) σ²_B \(Format.num(b.variance))   移动平均 μ \(Format.num(r.mean)) σ² \(Format.num(r.variance))"),
            tr("y: mean \(Format.num(Format.mean(y))) std \(Format.num(Format.std(y)))", "y：均值 \(Format.num(Format.mean(y))) 标准差 \(Format.num(Format.std(y)))"),
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = ReadoutLines.pack(readout, width: width - 1, options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            var plot = self.meanPlot
            plot.title = options.drawable(plot.title)
            var hist = self.outputHistogram
            hist.title = options.drawable(hist.title)
            grid.blit(ChartLayout.sideBySide(plot, hist, fraction: 0.6, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    func export() -> CellExport { TransformExport.running(model) }
}

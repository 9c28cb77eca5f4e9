import Charts
import Dispatch
import LessonKit
import NumericCore

/// Page 3: the same net trained three times with three learning rates — same initial
/// weights, same mini-batches — so the only difference between the curves is the step size.
///
/// Each run stops by itself when its loss explodes; the race ends at `maxIterations`.
final class RaceCell: LiveCell {
    var title: String { tr("three learning rates", "三个学习率") }
    let data: DigitsSource
    let seed: UInt64
    /// The runs, slowest learning rate first by default.
    private(set) var runs: [TrainingRun]
    static let defaultRates = [0.01, 0.1, 100.0]
    static let names = ["lr_a", "lr_b", "lr_c"]
    static let colors: [Color] = [.blue, .green, .red]
    /// Where the race ends (20 epochs of 5000 images in batches of 100).
    static let maxIterations = 1000

    init(data: DigitsSource, seed: UInt64) {
        self.data = data
        self.seed = seed
        runs = Self.defaultRates.map { lr in
            var config = NetConfig()
            config.learningRate = lr
            return TrainingRun(data: data, config: config, seed: seed)
        }
    }

    var knobs: [Knob] {
        runs.indices.map { i in
            Knob(name: Self.names[i], label: "lr \(["A", "B", "C"][i])",
                 kind: .continuous(range: TrainingKnobs.learningRateRange, step: TrainingKnobs.learningRateFactor, scale: .log),
                 value: runs[i].config.learningRate)
        } + [Knob(name: "activation", label: tr("hidden activation", "隐藏层激活函数"), kind: .choice(HiddenActivation.names),
                  value: runs[0].config.activation.index)]
    }

    /// A new rate restarts that run (it then catches up with the others); a new activation
    /// restarts all three.
    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        if let i = Self.names.firstIndex(of: name) {
            var config = runs[i].config
            config.learningRate = min(TrainingKnobs.learningRateRange.upperBound, max(TrainingKnobs.learningRateRange.lowerBound, value))
            guard config != runs[i].config else { return }
            runs[i] = TrainingRun(data: data, config: config, seed: seed)
        } else if name == "activation" {
            for run in runs { var c = run.config; c.activation = HiddenActivation(index: value); run.apply(c) }
        }
    }

    var isAnimated: Bool { true }
    /// Over when every run has stopped or reached `maxIterations`.
    var isFinished: Bool { runs.allSatisfy { $0.isStopped || $0.iteration >= Self.maxIterations } }

    /// The run furthest behind (that may still go on), so the curves grow together.
    private var laggard: TrainingRun? {
        runs.filter { !$0.isStopped && $0.iteration < Self.maxIterations }.min { $0.iteration < $1.iteration }
    }

    func step() { laggard?.step() }

    /// One iteration at a time of the run furthest behind, until `budget` is spent.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard let run = laggard else { return false }
            run.step()
            return true
        } > 0
    }

    func reset() { for run in runs { run.restart() } }

    /// Failed when every run stopped because its loss blew up.
    var hasFailed: Bool { runs.allSatisfy(\.isStopped) }

    /// The advice first ("lr C = 100 too high (✗ at it. 21) — lower it"), then the progress,
    /// so an 80-column status line keeps what to do.
    var status: String? {
        let iteration = runs.map(\.iteration).max() ?? 0
        var text = tr("iteration \(iteration) / \(Self.maxIterations)", "迭代 \(iteration) / \(Self.maxIterations)")
        if let i = runs.firstIndex(where: \.isStopped) {
            let run = runs[i]
            let knob = "lr \(["A", "B", "C"][i]) = \(NumberText.format(run.config.learningRate, digits: 3))"
            text = tr("\(knob) too high (✗ at it. \(run.iteration)) — lower it · ",
                      "\(knob) 过大（第 \(run.iteration) 次迭代 ✗）——调小它 · ") + text
        }
        if let warning = TrainingRun.warning(of: data) { text = "⚠ " + warning + " · " + text }
        return text
    }

    /// "lr 0.01: 2.30   lr 0.1: 2.28   lr 100: stopped at 21".
    var readout: String { readoutParts.joined(separator: "   ") }

    /// The readout of each run: "lr 0.01: 2.30", "lr 100: stopped at 21" (packed into lines
    /// when drawn, so a narrow cell wraps between runs instead of cutting the last).
    var readoutParts: [String] {
        runs.map { run in
            let lr = "lr " + NumberText.format(run.config.learningRate, digits: 3) + ": "
            if run.isStopped { return lr + tr("stopped at \(run.iteration)", "停于 \(run.iteration)") }
            return lr + (run.smoothedLosses.last.map { NumberText.format($0, digits: 3) } ?? "–")
        }
    }

    /// The legend entry of a run: "lr 0.1", or "lr 100 ✗ at 21" once it stopped ("lr 100 停于 21":
    /// as narrow, so it fits the legend at 80 columns too).
    static func legendLabel(_ run: TrainingRun) -> String {
        "lr " + NumberText.format(run.config.learningRate, digits: 3)
            + (run.isStopped ? tr(" ✗ at \(run.iteration)", " 停于 \(run.iteration)") : "")
    }

    /// The curves with their legend on the right; every label is padded to the legend's
    /// widest allowed size (a third of the width), so the plot keeps its size whatever the
    /// labels say (a run that stops does not shrink it). Loss on a log scale, 0.01 to 100.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let legendWidth = max(8, width / 3), symbolWidth = options.unicode ? 2 : 1
        let series = runs.enumerated().map { i, run in
            let label = options.drawable(Self.legendLabel(run))
            let padded = label + String(repeating: " ", count: max(0, legendWidth - symbolWidth - 1 - displayWidth(of: label)))
            return Series(name: padded, color: Self.colors[i], x: (0..<run.smoothedLosses.count).map { Double($0 + 1) },
                          y: run.smoothedLosses)
        }
        let n = TrainingRun.smoothingWindow, activation = runs[0].config.activation.label
        var plot = LinePlot(title: tr("loss (mean of \(n)), \(activation) net", "损失（\(n) 次均值），\(activation) 网络"),
                            series: series, xLabel: tr("iteration", "迭代次数"))
        plot.title = options.drawable(plot.title)
        plot.yScale = .log10
        // A fixed range (every mean loss of 1000 iterations lies in it) keeps the y labels,
        // and so the plot box, the same from the first frame to the last.
        plot.yLimits = .fixed(0.01, 100)
        if runs.allSatisfy({ $0.iteration == 0 }) { plot.xLimits = .fixed(0, 100) }
        let readout = ReadoutLines.pack(readoutParts, width: width, options: options)
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            grid.blit(plot.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// The three smoothed loss curves, one row per iteration (empty cells after a run stopped).
    func export() -> CellExport {
        let n = runs.map(\.iteration).max() ?? 0
        let rows = (0..<n).map { i in
            [ExportValue.integer(i + 1)] + runs.map { i < $0.history.losses.count ? .number($0.history.losses[i]) : .null }
        }
        let columns = ["iteration"] + runs.map { "loss_lr_" + NumberText.format($0.config.learningRate, digits: 6) }
        let json: ExportValue = .object(runs.map { run in
            ("lr " + NumberText.format(run.config.learningRate, digits: 6), .object([
                ("iterations", .integer(run.iteration)),
                ("stopped", run.stopReason.map(ExportValue.string) ?? .null),
                ("loss", .array(run.history.losses.map(ExportValue.number))),
            ]))
        })
        return CellExport(name: "learning-rate race", json: json, tables: [ExportTable(name: "learning-rate race", columns: columns, rows: rows)])
    }
}

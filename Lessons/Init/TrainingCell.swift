import Foundation
import Charts
import LessonKit
import NumericCore

/// Page 4: std 0.01, Xavier and He training the same ReLU net on digits, loss curves side
/// by side (smoothed, log scale, learning-rate changes marked) and test accuracy per epoch.
final class TrainingCell: LiveCell, HeadlessStepping {
    var title: String { tr("training from three starts", "从三种初始值开始训练") }
    let race: InitRace

    init(context: LessonContext) { race = InitRace(context: context) }

    static let colors: [Color] = [.gray(12), .blue, .red]
    static let lrRange: ClosedRange<Double> = 1e-4...10

    var knobs: [Knob] {
        [
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: Self.lrRange, step: pow(10, 0.1), scale: .log),
                 value: race.learningRate, digits: 3),
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 10...5000, step: 100), value: Double(race.planned)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "lr": race.setLearningRate(min(Self.lrRange.upperBound, max(Self.lrRange.lowerBound, value)))
        case "iterations": race.planned = max(10, min(5000, Int(value.rounded())))
        default: break
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    /// Stopped rather than finished when a net diverged on the way.
    var hasFailed: Bool { race.isFinished && race.runs.contains(where: \.hasDiverged) }
    /// A headless run trains 200 iterations unless `--steps` says otherwise.
    var defaultRunSteps: Int { 200 }
    func step() { race.step() }
    func advance(budget: Double) -> Bool { race.advance(budget: budget) }
    func reset() { race.reset() }

    var status: String? {
        var text = tr("iteration \(race.clock) / \(race.planned)", "第 \(race.clock) / \(race.planned) 次迭代")
        guard race.isBuilt else { return text + tr(" — space starts training, s steps once", "——空格键开始训练，s 走一步") }
        text += " · " + DataNotice.sourceName(race.data.sourceName)
        let diverged = race.runs.filter(\.hasDiverged)
        if !diverged.isEmpty {
            let names = diverged.map(\.name).joined(separator: tr(", ", "、"))
            text = tr("\(names) diverged: lower lr, press r · ", "\(names) 发散：请调低 lr 再按 r · ") + text
        }
        if let problem = race.data.problem { text = "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + text }
        return text
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let parts = readoutParts()
        let lines = Array(ReadoutPacker.pack(parts, width: width - 1).prefix(max(0, min(3, height - 6))))
        let chartHeight = height - lines.count
        if width >= 80 {
            let lossWidth = width * 3 / 5
            grid.blit(lossPlot(options).render(width: lossWidth, height: chartHeight, options: options), x: 0, y: 0)
            grid.blit(accuracyPlot(options).render(width: width - lossWidth, height: chartHeight, options: options), x: lossWidth, y: 0)
        } else {
            grid.blit(lossPlot(options).render(width: width, height: chartHeight, options: options), x: 0, y: 0)
        }
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: chartHeight + i, style: .init(bold: true), maxWidth: width - 1)
        }
        return grid
    }

    /// "std 0.01 2.30 · 11 %" per net (latest smoothed loss, test accuracy), or its divergence.
    func readoutParts() -> [String] {
        guard race.isBuilt else { return InitRace.inits.map { $0.weights.name + " lr " + NumberText.format(race.learningRate, digits: 3) } }
        return race.runs.map { run in
            if let at = run.divergedAt { return tr("\(run.name) diverged at \(at)", "\(run.name) 在第 \(at) 次迭代发散") }
            guard let loss = run.smoothed.last else { return run.name }
            let accuracy = run.trainer.history.epochs.last.map { " · \(Int(($0.testAccuracy * 100).rounded())) %" } ?? ""
            return "\(run.name) \(NumberText.format(loss, digits: 3))\(accuracy)"
        }
    }

    func lossPlot(_ options: RenderOptions) -> LinePlot {
        let series = race.runs.enumerated().map { i, run in
            let ys = run.smoothed.map { $0.isFinite ? $0 : Double.nan }
            return Series(name: run.name, color: Self.colors[i], x: (0..<ys.count).map { Double($0 + 1) }, y: ys)
        }
        var plot = LinePlot(title: options.drawable(tr("loss (mean of \(InitRace.smoothingWindow)), 784-100×4-10 ReLU",
                                                       "损失（\(InitRace.smoothingWindow) 次平均），784-100×4-10 ReLU")),
                            series: series, xLabel: tr("iteration", "迭代次数"))
        plot.yScale = .log10
        if race.clock < 10 { plot.xLimits = .fixed(0, Double(min(race.planned, 100))) }
        plot.events = (race.runs.first?.trainer.history.events ?? []).map {
            EventMarker(x: Double($0.iteration), label: $0.label)
        }
        return plot
    }

    func accuracyPlot(_ options: RenderOptions) -> LinePlot {
        let series = race.runs.enumerated().map { i, run in
            Series(name: run.name, color: Self.colors[i],
                   x: run.trainer.history.epochs.map { Double($0.iteration) }, y: run.trainer.history.epochs.map(\.testAccuracy))
        }
        var plot = LinePlot(title: tr("test accuracy", "测试精度"), series: series, xLabel: tr("iteration", "迭代次数"))
        plot.showLegend = false
        plot.yLimits = .fixed(0, 1)
        plot.xLimits = .fixed(0, Double(max(race.clock, min(race.planned, 100))))
        return plot
    }

    func export() -> CellExport {
        let runs = race.runs
        let nets: [ExportValue] = runs.map { run in
            .object([
                ("init", .string(run.key)),
                ("name", .string(run.name)),
                ("iterations", .integer(run.iteration)),
                ("diverged_at", run.divergedAt.map(ExportValue.integer) ?? .null),
                ("loss", .array(run.trainer.history.losses.map(ExportValue.number))),
                ("smoothed_loss", .array(run.smoothed.map(ExportValue.number))),
                ("accuracy", .array(run.trainer.history.epochs.map { .object([
                    ("iteration", .integer($0.iteration)), ("train", .number($0.trainAccuracy)), ("test", .number($0.testAccuracy)),
                ]) })),
                ("events", .array(run.trainer.history.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
            ])
        }
        let json: ExportValue = .object([
            ("network", .string(InitRace.sizes.map(String.init).joined(separator: "-") + " ReLU")),
            ("optimizer", .string("SGD")),
            ("lr", .number(race.learningRate)),
            ("batch_size", .integer(InitRace.batchSize)),
            ("data", .string(race.isBuilt ? DataNotice.sourceName(race.data.sourceName) : tr("not loaded (no iterations run)", "未载入（尚未迭代）"))),
            ("seed", .integer(Int(truncatingIfNeeded: race.context.seed))),
            ("iterations", .integer(race.clock)),
            ("nets", .array(nets)),
        ])
        let rows = (0..<race.clock).map { i in
            [ExportValue.integer(i + 1)] + runs.map { i < $0.trainer.history.losses.count ? .number($0.trainer.history.losses[i]) : .null }
        }
        return CellExport(name: "init comparison", json: json, tables: [
            ExportTable(name: "loss curves", columns: ["iteration"] + runs.map { "loss_" + $0.key }, rows: rows),
        ])
    }
}

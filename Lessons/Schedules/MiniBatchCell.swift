import Charts
import LessonKit

/// Page 3: the mini-batch race — one loss chart per batch size (1, 32, 128, all), x in
/// epochs so they compare, each iteration's loss as coloured dots and the whole training set's loss
/// after every epoch in white, iterations per second measured live in each title.
final class MiniBatchCell: LiveCell, HeadlessStepping {
    var title: String { tr("mini-batch size race", "小批量大小的比赛") }
    let race: MiniBatchRace
    static let colors: [Color] = [.red, .yellow, .green, .cyan]

    init(race: MiniBatchRace) { self.race = race }

    var defaultRunSteps: Int { race.epochs }

    var knobs: [Knob] {
        [
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: 0.001...100, step: 1.7782794100389228, scale: .log),
                 value: race.learningRate),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: 1...20, step: 1), value: Double(race.epochs)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "lr": race.setLearningRate(max(0.001, min(100, value)))
        case "epochs": race.epochs = max(1, min(20, Int(value.rounded())))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    var hasFailed: Bool { race.allDiverged }
    func step() { race.step() }
    func advance(budget: Double) -> Bool { race.advance(budget: budget) }
    func reset() { race.reset() }

    /// Advice first when runs blew up; then the epoch clock and the data.
    var status: String? {
        guard race.isBuilt else {
            return tr("epoch 0 / \(race.epochs) — space starts the race, s trains one epoch",
                      "第 0 / \(race.epochs) 轮——空格键开始比赛，s 训练一轮")
        }
        var text = tr("epoch \(race.clock) / \(race.epochs)", "第 \(race.clock) / \(race.epochs) 轮") + " · " + race.data.sourceText
        let blown = race.runs.indices.filter { race.runs[$0].hasDiverged }.map { "\(race.batchSizes[$0])" }
        if !blown.isEmpty {
            text = tr("lr too high: batch \(blown.joined(separator: ", ")) blew up — lower lr, press r · ",
                      "学习率过大：批大小 \(blown.joined(separator: "、")) 发散——请调小 lr 再按 r · ") + text
        } else if race.isFinished {
            text += RunProgress.restartHint
        }
        return text
    }

    /// "batch 32 · 4100 it/s" (or "blew up").
    func panelTitle(_ i: Int) -> String {
        let run = race.runs[i], batch = race.batchSizes[i]
        if run.hasDiverged { return tr("batch \(batch) · blew up", "批大小 \(batch) · 发散") }
        guard let speed = run.iterationsPerSecond else { return tr("batch \(batch)", "批大小 \(batch)") }
        return tr("batch \(batch) · \(Self.speedText(speed)) it/s", "批大小 \(batch) · 每秒 \(Self.speedText(speed)) 次")
    }

    static func speedText(_ speed: Double) -> String {
        NumberText.format(speed >= 100 ? (speed / 10).rounded() * 10 : speed.rounded(), digits: 6)
    }

    /// "loss, batch 1/32/128/1024: 0.51/0.86/1.74/2.21" (after the last epoch so far).
    var lossReadout: String {
        guard race.isBuilt else { return tr("loss after each epoch: not trained yet", "每轮后的损失：还没有训练") }
        let sizes = race.batchSizes.map(String.init).joined(separator: "/")
        let losses = race.runs.map { run in
            run.hasDiverged ? "–" : NumberText.format((run.lastLoss * 100).rounded() / 100, digits: 3)
        }.joined(separator: "/")
        return tr("loss, batch \(sizes): \(losses)", "损失，批大小 \(sizes)：\(losses)")
    }

    /// One panel `columns` wide: each iteration's loss as dots (colour; at most two per
    /// braille column, evenly spaced, so batch 1's scatter stays a cloud, not a solid block)
    /// and the whole set's loss after each epoch as a white curve.
    func panel(_ i: Int, columns: Int) -> LinePlot {
        let run = race.runs[i], per = Double(run.iterationsPerEpoch)
        let losses = run.trainer.history.losses
        let every = max(1, losses.count / max(1, 4 * columns))
        let shown = Array(stride(from: 0, to: losses.count, by: every))
        var iterations = Series(name: tr("per iteration", "每次迭代"), color: Self.colors[i],
                                x: shown.map { Double($0 + 1) / per }, y: shown.map { losses[$0] })
        iterations.dots = true
        var plot = LinePlot(title: panelTitle(i), series: [
            iterations,
            Series(name: tr("per epoch", "每轮"), color: .white, x: (0..<run.epochLosses.count).map(Double.init), y: run.epochLosses),
        ])
        plot.showLegend = false
        plot.xLimits = .fixed(0, Double(race.epochs))
        plot.yLimits = .fixed(0, 3)
        plot.events = run.events.map { EventMarker(x: $0.epoch, label: $0.label) }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        guard race.isBuilt else {
            var grid = Grid(width: width, height: height)
            grid.put(options.drawable(tr("Press space: one net, four batch sizes.", "按空格键：同一个网络，四种批大小。")),
                     x: 1, y: 1, maxWidth: max(0, width - 1))
            return grid
        }
        let lines = height >= 12 ? [lossReadout] : []
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            let halfW = width / 2, halfH = rows / 2
            for i in 0..<4 {
                let w = i % 2 == 0 ? halfW : width - halfW, h = i < 2 ? halfH : rows - halfH
                var p = panel(i, columns: w)
                p.title = options.drawable(p.title)
                grid.blit(p.render(width: w, height: h, options: options), x: i % 2 == 0 ? 0 : halfW, y: i < 2 ? 0 : halfH)
            }
        }
    }

    /// `minibatch`: JSON with lr, epochs, data and per batch size its iterations, measured
    /// iterations per second, the loss after each epoch and whether it blew up; tables
    /// `minibatch_runs` (one row per batch size with lr and epochs), `minibatch_epochs` (batch,
    /// epoch, loss) and `minibatch_losses` (batch, iteration, epoch, loss).
    func export() -> CellExport {
        let runs = race.isBuilt ? race.runs : []
        var epochRows: [[ExportValue]] = [], lossRows: [[ExportValue]] = []
        var items: [ExportValue] = [], summaryRows: [[ExportValue]] = []
        for (i, run) in runs.enumerated() {
            let batch = race.batchSizes[i], per = Double(run.iterationsPerEpoch)
            summaryRows.append([.integer(batch), .number(race.learningRate), .integer(race.epochs), .integer(run.iteration),
                                run.iterationsPerSecond.map(ExportValue.number) ?? .null, .number(run.lastLoss),
                                .bool(run.hasDiverged)])
            for (e, loss) in run.epochLosses.enumerated() { epochRows.append([.integer(batch), .integer(e), .number(loss)]) }
            for (t, loss) in run.trainer.history.losses.enumerated() {
                lossRows.append([.integer(batch), .integer(t + 1), .number(Double(t + 1) / per), .number(loss)])
            }
            items.append(.object([
                ("batch", .integer(batch)), ("iterations", .integer(run.iteration)),
                ("iterations_per_epoch", .integer(run.iterationsPerEpoch)),
                ("iterations_per_second", run.iterationsPerSecond.map(ExportValue.number) ?? .null),
                ("epoch_losses", .array(run.epochLosses.map(ExportValue.number))),
                ("final_loss", .number(run.lastLoss)), ("diverged", .bool(run.hasDiverged)),
            ]))
        }
        let json: ExportValue = .object([
            ("lr", .number(race.learningRate)), ("epochs", .integer(race.epochs)),
            ("data", race.isBuilt ? .string(race.data.source.sourceName) : .null), ("train_size", .integer(race.data.trainCount)),
            ("sizes", .array(DigitsData.sizes.map(ExportValue.integer))), ("optimizer", .string("SGD")),
            ("lowest_after_epoch_1", race.lowest(after: 1).map { .integer(race.batchSizes[$0]) } ?? .null),
            ("runs", .array(items)),
        ])
        return CellExport(name: "minibatch", json: json, tables: [
            ExportTable(name: "minibatch_runs", columns: ["batch", "lr", "epochs", "iterations", "iterations_per_second",
                                                          "final_loss", "diverged"], rows: summaryRows),
            ExportTable(name: "minibatch_epochs", columns: ["batch", "epoch", "loss"], rows: epochRows),
            ExportTable(name: "minibatch_losses", columns: ["batch", "iteration", "epoch", "loss"], rows: lossRows),
        ])
    }
}

import Charts
import LessonKit
import NumericCore

/// Page 1: the net's 2-D embedding of held-out digits (a scatter on the unit circle, one colour
/// per class) organizing itself as the triplet loss trains, beside the mean loss per iteration
/// with knob changes marked.
final class TripletCell: LiveCell, HeadlessStepping {
    var title: String {
        let d = run.config.dimension
        return tr("triplet loss: 784 → 64 → \(d), unit length", "三元组损失：784 → 64 → \(d)，长度归一")
    }
    let run: EmbeddingRun
    let defaultRunSteps = 60

    /// What a narrow screen (no room for both charts) shows: the embedding or the loss curve.
    static let views = ["embedding", "loss"]
    private(set) var lossWhenNarrow = false

    init(run: EmbeddingRun) { self.run = run }

    var knobs: [Knob] {
        EmbeddingsKnobs.knobs(run.config)
            + [Knob(name: "view", label: tr("narrow screen shows", "窄屏时显示"), kind: .choice(Self.views), value: lossWhenNarrow ? 1 : 0),
               EmbeddingsKnobs.dimensionKnob(run.config)]
    }

    func setKnob(_ name: String, to value: Double) {
        if name == "view" {
            if value.isFinite { lossWhenNarrow = value.rounded() == 1 }
            return
        }
        guard let c = EmbeddingsKnobs.set(name, to: value, in: run.config) else { return }
        run.apply(c)
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isFinished || run.collapsed }
    var hasFailed: Bool { run.stopped || run.collapsed }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.collapsed ? false : run.advance(budget: budget) }
    func reset() { run.restart() }

    var status: String? {
        if let trouble = EmbeddingsKnobs.trouble(run) { return trouble }
        guard run.iteration > 0 else {
            let source = DataNotice.sourceName(run.data.sourceName)
            let start = tr("\(source): \(run.heldOut.labels.count) held-out digits drawn, press space to train",
                           "\(source)：已画出 \(run.heldOut.labels.count) 个留出的数字，按空格键开始训练")
            if let problem = run.data.problem { return "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + start }
            return start + EmbeddingsKnobs.projectionNote(run)
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
            + EmbeddingsKnobs.projectionNote(run)
    }

    var readouts: [String] {
        guard let loss = run.losses.last else {
            return [tr("L = max(‖a−p‖² − ‖a−n‖² + α, 0)", "L = max(‖a−p‖² − ‖a−n‖² + α, 0)")]
        }
        let active = EmbeddingsKnobs.percent(run.activeFractions.last ?? 0)
        let held = EmbeddingsKnobs.percent(run.heldOutSatisfied)
        return [tr("loss \(NumberText.format(loss, digits: 3)) · active triplets \(active)",
                   "损失 \(NumberText.format(loss, digits: 3)) · 起作用的三元组 \(active)"),
                tr("held-out triplets within the margin: \(held)", "满足间隔的留出三元组：\(held)")]
    }

    var scatter: ScatterPlot {
        EmbeddingsKnobs.scatter(title: EmbeddingsKnobs.scatterTitle(run, tr("embedding of held-out digits", "留出数字的嵌入"),
                                                                   tr("held-out digits (PCA to 2-D)", "留出的数字（PCA 投影到 2 维）")),
                                series: EmbeddingsKnobs.series(points: run.shownPoints, labels: run.heldOut.labels, classes: run.config.classes))
    }

    var lossPlot: LinePlot {
        let xs = run.losses.indices.map { Double($0 + 1) }
        var plot = LinePlot(title: tr("triplet loss per iteration", "每次迭代的三元组损失"),
                            series: [Series(name: tr("loss", "损失"), color: .cube(5, 2, 0), x: xs, y: run.losses)],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        if run.losses.count < 2 { plot.xLimits = .fixed(0, 2) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// The scatter and the loss curve side by side when wide; on a narrow screen the one the
    /// `view` knob picks.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var scatter = self.scatter, loss = self.lossPlot
        scatter.title = options.drawable(scatter.title)
        loss.title = options.drawable(loss.title)
        return ChartLayout.withReadout(readouts, width: width, height: height, options: options) { grid, rows in
            if width >= 70 {
                grid.blit(ChartLayout.sideBySide(scatter, loss, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
            } else if lossWhenNarrow {
                grid.blit(loss.render(width: width, height: rows, options: options), x: 0, y: 0)
            } else {
                grid.blit(scatter.render(width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
    }

    /// Table `loss` (iteration, loss, active) and `embedding` (x, y, label of each held-out
    /// digit: the embedding in 2-D, its projection on the top two principal directions in
    /// 8-D, when table `vectors` has the whole embedding); JSON with the settings and the
    /// held-out fraction within the margin.
    func export() -> CellExport {
        let c = run.config
        let lossRows = run.losses.indices.map { [ExportValue.integer($0 + 1), .number(run.losses[$0]), .number(run.activeFractions[$0])] }
        let points = run.shownPoints
        let pointRows = points.indices.map { [ExportValue.number(points[$0][0]), .number(points[$0][1]), .integer(run.heldOut.labels[$0])] }
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)), ("classes", .integer(c.classes)),
            ("sizes", .array([run.data.split.train.images.columns, c.hidden, c.dimension].map(ExportValue.integer))),
            ("margin", .number(c.margin)), ("lr", .number(c.learningRate)), ("optimizer", .string("Adam")),
            ("mining", .string(EmbeddingsKnobs.miningNames[c.mining.rawValue])), ("pool_per_class", .integer(c.perClass)),
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)), ("collapsed", .bool(run.collapsed)),
            ("final_loss", run.losses.last.map(ExportValue.number) ?? .null),
            ("held_out_within_margin", .number(run.heldOutSatisfied)),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        var tables = [
            ExportTable(name: "loss", columns: ["iteration", "loss", "active"], rows: lossRows),
            ExportTable(name: "embedding", columns: ["x", "y", "label"], rows: pointRows),
        ]
        if c.dimension > 2 {
            let full = run.heldOutPoints
            tables.append(ExportTable(name: "vectors", columns: (1...c.dimension).map { "e\($0)" } + ["label"],
                                      rows: full.indices.map { i in full[i].map(ExportValue.number) + [.integer(run.heldOut.labels[i])] }))
        }
        return CellExport(name: "triplet", json: json, tables: tables)
    }
}

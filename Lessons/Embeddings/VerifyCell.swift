import Charts
import LessonKit
import NumericCore

/// Page 2: verification and one-shot recognition on the embedding as it trains. Every pair of
/// held-out digits is "same" when their distance is at most τ: the true and false accept rates
/// are written out live; each class's first held-out digit is its one stored example (ringed
/// in the scatter) and every other digit takes the class of the nearest one.
final class VerifyCell: LiveCell, HeadlessStepping {
    var title: String { tr("verification: same digit when ‖f(x₁)−f(x₂)‖ ≤ τ", "验证：‖f(x₁)−f(x₂)‖ ≤ τ 时判为同一数字") }
    let run: EmbeddingRun
    private(set) var threshold = 1.0
    let defaultRunSteps = 60
    static let thresholdRange = 0.0...2.0

    init(run: EmbeddingRun) { self.run = run }

    var knobs: [Knob] {
        [Knob(name: "tau", label: tr("threshold τ", "阈值 τ"), kind: .continuous(range: Self.thresholdRange, step: 0.05, scale: .linear),
              value: threshold, digits: 2)]
            + EmbeddingsKnobs.knobs(run.config).filter { $0.name != "classes" } + [EmbeddingsKnobs.dimensionKnob(run.config)]
    }

    func setKnob(_ name: String, to value: Double) {
        if name == "tau" {
            if value.isFinite { threshold = min(Self.thresholdRange.upperBound, max(Self.thresholdRange.lowerBound, value)) }
            return
        }
        guard name != "classes", let c = EmbeddingsKnobs.set(name, to: value, in: run.config) else { return }
        run.apply(c)
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isFinished || run.collapsed }
    var hasFailed: Bool { run.stopped || run.collapsed }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.collapsed ? false : run.advance(budget: budget) }
    func reset() { run.restart() }

    /// The accept rates at the current τ over every held-out pair.
    var rates: (tar: Double, far: Double) {
        let pairs = Verification.pairs(points: run.heldOutPoints, labels: run.heldOut.labels)
        return Verification.acceptRates(distances: pairs.distances, same: pairs.same, threshold: threshold)
    }

    var references: [Int?] { Verification.references(labels: run.heldOut.labels, classes: run.config.classes) }

    var oneShot: Double {
        Verification.oneShotAccuracy(points: run.heldOutPoints, labels: run.heldOut.labels, references: references)
    }

    var status: String? {
        if let trouble = EmbeddingsKnobs.trouble(run) { return trouble }
        if threshold == 0 { return tr("τ = 0 accepts no pair — raise τ", "τ = 0 时不接受任何一对——调大 τ") }
        if threshold >= 2 { return tr("τ = 2 accepts every pair (points on a unit circle are at most 2 apart) — lower τ",
                                      "τ = 2 接受所有的对（单位圆上两点相距不超过 2）——调小 τ") }
        guard run.iteration > 0 else {
            return tr("an untrained net: press space to train", "网络还没有训练：按空格键开始训练") + EmbeddingsKnobs.projectionNote(run)
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
            + EmbeddingsKnobs.projectionNote(run)
    }

    var readouts: [String] {
        let r = rates, p = EmbeddingsKnobs.percent
        let n = run.heldOut.labels.count, pairs = n * (n - 1) / 2
        return [
            tr("τ \(NumberText.format(threshold, digits: 2)), \(pairs) pairs: true accepts \(p(r.tar))",
               "τ \(NumberText.format(threshold, digits: 2))，\(pairs) 对：正确接受 \(p(r.tar))"),
            tr("false accepts \(p(r.far))", "错误接受 \(p(r.far))"),
            tr("one-shot from 1 stored digit per class: \(p(oneShot)) right",
               "每类只存 1 个数字的单样本识别：认对 \(p(oneShot))"),
        ]
    }

    var scatter: ScatterPlot {
        var series = EmbeddingsKnobs.series(points: run.shownPoints, labels: run.heldOut.labels, classes: run.config.classes)
        var stored = Series(name: tr("stored", "存档"), color: .cube(5, 5, 5))
        let points = run.shownPoints
        for case let i? in references { stored.append(x: points[i][0], y: points[i][1]) }
        series.append(stored)
        return EmbeddingsKnobs.scatter(title: EmbeddingsKnobs.scatterTitle(run, tr("held-out digits and the stored ones", "留出的数字与存档的样本"),
                                                                   tr("held-out and stored (PCA to 2-D)", "留出与存档（PCA 投影到 2 维）")), series: series)
    }

    /// TAR and FAR as τ sweeps 0…2 (the current τ marked).
    var sweep: LinePlot {
        let pairs = Verification.pairs(points: run.heldOutPoints, labels: run.heldOut.labels)
        let taus = stride(from: 0.0, through: 2.0, by: 0.05).map { $0 }
        let r = taus.map { Verification.acceptRates(distances: pairs.distances, same: pairs.same, threshold: $0) }
        var plot = LinePlot(title: tr("accept rate % vs τ", "接受率 % 与 τ"),
                            series: [Series(name: tr("true", "正确"), color: .cube(1, 4, 1), x: taus, y: r.map { 100 * $0.tar }),
                                     Series(name: tr("false", "错误"), color: .cube(5, 1, 1), x: taus, y: r.map { 100 * $0.far })],
                            xLabel: "τ")
        plot.yLimits = .fixed(0, 100)
        plot.events = [EventMarker(x: threshold, label: "τ")]
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var scatter = self.scatter, sweep = self.sweep
        scatter.title = options.drawable(scatter.title)
        sweep.title = options.drawable(sweep.title)
        return ChartLayout.withReadout(readouts, width: width, height: height, options: options) { grid, rows in
            if width >= 70 {
                grid.blit(ChartLayout.sideBySide(scatter, sweep, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
            } else {
                grid.blit(scatter.render(width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
    }

    /// Table `rates` (tau, tar, far) over τ = 0, 0.05, …, 2; JSON with τ, the rates at τ and
    /// the one-shot accuracy.
    func export() -> CellExport {
        let pairs = Verification.pairs(points: run.heldOutPoints, labels: run.heldOut.labels)
        let rows = stride(from: 0.0, through: 2.0, by: 0.05).map { tau -> [ExportValue] in
            let r = Verification.acceptRates(distances: pairs.distances, same: pairs.same, threshold: tau)
            return [.number(tau), .number(r.tar), .number(r.far)]
        }
        let r = rates, c = run.config
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)), ("classes", .integer(c.classes)), ("dim", .integer(c.dimension)),
            ("margin", .number(c.margin)), ("lr", .number(c.learningRate)),
            ("mining", .string(EmbeddingsKnobs.miningNames[c.mining.rawValue])),
            ("iterations", .integer(run.iteration)), ("tau", .number(threshold)),
            ("pairs", .integer(pairs.distances.count)), ("tar", .number(r.tar)), ("far", .number(r.far)),
            ("one_shot_accuracy", .number(oneShot)),
        ])
        return CellExport(name: "verification", json: json, tables: [ExportTable(name: "rates", columns: ["tau", "tar", "far"], rows: rows)])
    }
}

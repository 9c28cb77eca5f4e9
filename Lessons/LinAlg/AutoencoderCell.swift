import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 5: the linear autoencoder of `AutoencoderRun` trained live, its 2-D codes beside the
/// PCA coordinates of the same digits (one colour per class), and the distance between its
/// plane and the PCA plane on a log axis, falling as it trains; the mean error against PCA's
/// floor written out.
final class AutoencoderCell: RunCell, HeadlessStepping {
    var title: String { tr("a linear autoencoder 784 → 2 → 784", "线性自编码器 784 → 2 → 784") }
    let run: AutoencoderRun
    var defaultRunSteps: Int { run.config.iterations / AutoencoderRun.stride }
    static let learningRateRange = 0.0001...3.0

    init(run: AutoencoderRun) { self.run = run }

    var knobs: [Knob] {
        let c = run.config
        return [Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: Self.learningRateRange, step: 2, scale: .log),
                     value: c.learningRate, digits: 2),
                Knob(name: "batch", label: tr("batch size", "批大小"), kind: .integer(range: 1...256, step: 8), value: Double(c.batch)),
                DigitsKnobs.images(c.images), DigitsKnobs.classes(c.subset)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "lr": c.learningRate = min(Self.learningRateRange.upperBound, max(Self.learningRateRange.lowerBound, value))
        case "batch": c.batch = min(256, max(1, Int(value.rounded())))
        case "images": c.images = DigitsKnobs.clampImages(value)
        case "classes": c.subset = DigitsKnobs.clampSubset(value)
        default: return
        }
        run.apply(c)
    }

    var status: String? {
        run.prepare()
        if run.stopped {
            return tr("learning rate too high — lower it, press r · the weights blew up at iteration \(run.iteration)",
                      "学习率过大——调小后按 r · 权重在第 \(run.iteration) 次迭代时发散")
        }
        if run.centred == nil { return DigitsKnobs.tooFew(run.labels.count, asked: run.config.images) }
        if run.iteration == 0 { return tr("press space to train: the plane turns toward the PCA plane", "按空格键开始训练：平面转向 PCA 平面") }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    /// The largest principal angle in degrees.
    var degrees: Double { asin(min(1, run.curve.last?.distance ?? 1)) * 180 / Double.pi }

    var readouts: [String] {
        run.prepare()
        guard run.centred != nil, let last = run.curve.last else { return [tr("x̂ = W₂(W₁x): no activation, squared error", "x̂ = W₂(W₁x)：没有激活函数，平方误差")] }
        let f = { (x: Double) in NumberText.format(x, digits: 5) }
        return [tr("angle to the PCA plane \(NumberText.format(degrees, digits: 3))° · sin θ = \(NumberText.format(last.distance, digits: 2))",
                   "与 PCA 平面的夹角 \(NumberText.format(degrees, digits: 3))° · sin θ = \(NumberText.format(last.distance, digits: 2))"),
                tr("error \(f(last.error)) · PCA floor Σ_{i>2} σᵢ²/n = \(f(run.optimum))",
                   "误差 \(f(last.error)) · PCA 下限 Σ_{i>2} σᵢ²/n = \(f(run.optimum))")]
    }

    var distancePlot: LinePlot {
        let xs = run.curve.map { Double($0.iteration) }
        var plot = LinePlot(title: tr("sin θ to the PCA plane (log)", "与 PCA 平面的 sin θ（对数）"),
                            series: [Series(name: "sin θ", color: .cube(5, 2, 0), x: xs, y: run.curve.map { max(1e-12, $0.distance) })],
                            xLabel: tr("iteration", "迭代"))
        plot.yScale = .log10
        plot.showLegend = false
        if run.curve.count < 2 { plot.xLimits = .fixed(0, Double(run.config.iterations)) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        run.prepare()
        return ChartLayout.withReadout(height >= 12 ? readouts : [readouts[0]], width: width, height: height, options: options) { grid, rows in
            guard run.pca != nil else { return }
            let n = run.labels.count
            let codes = run.codes
            let scores = run.pcaCoordinates
            let ae = DigitsKnobs.scatter(title: tr("autoencoder codes", "自编码器的编码"),
                                         series: DigitsKnobs.series(xs: (0..<n).map { codes[2 * $0] }, ys: (0..<n).map { codes[2 * $0 + 1] }, labels: run.labels),
                                         xLabel: "z₁", yLabel: "z₂", options: options)
            var pc = DigitsKnobs.scatter(title: tr("PCA coordinates", "PCA 坐标"),
                                         series: DigitsKnobs.series(xs: (0..<n).map { scores[2 * $0] }, ys: (0..<n).map { scores[2 * $0 + 1] }, labels: run.labels),
                                         xLabel: "PC1", yLabel: "PC2", options: options)
            pc.showLegend = false
            var curve = distancePlot
            curve.title = options.drawable(curve.title)
            if rows < 14 {
                // Too low for two rows of charts: the codes beside the falling angle.
                grid.blit(ChartLayout.sideBySide(ae, curve, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
                return
            }
            let top = rows * 3 / 5
            grid.blit(ChartLayout.sideBySide(ae, pc, fraction: 0.5, gap: 1, width: width, height: top, options: options), x: 0, y: 0)
            grid.blit(curve.render(width: width, height: rows - top, options: options), x: 0, y: top)
        }
    }

    /// JSON: the settings, iterations, final distance, angle, error and PCA's floor; table
    /// `subspace` (iteration, sin_theta, error, pca_optimum) every 10 iterations.
    func export() -> CellExport {
        run.prepare()
        let c = run.config, floor = run.optimum
        let rows = run.curve.map { [ExportValue.integer($0.iteration), .number($0.distance), .number($0.error), .number(floor)] }
        return CellExport(name: "autoencoder", json: .object([
            ("data", .string(run.pool.source.sourceName)), ("images", .integer(run.labels.count)),
            ("classes", .string(DigitsPool.subsetNames[c.subset])), ("lr", .number(c.learningRate)), ("batch", .integer(c.batch)),
            ("optimizer", .string("SGD")), ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("sin_theta", run.curve.last.map { .number($0.distance) } ?? .null),
            ("angle_degrees", run.centred == nil ? .null : .number(degrees)),
            ("error", run.curve.last.map { .number($0.error) } ?? .null), ("pca_optimum", .number(floor)),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ]), tables: [ExportTable(name: "subspace", columns: ["iteration", "sin_theta", "error", "pca_optimum"], rows: rows)])
    }
}

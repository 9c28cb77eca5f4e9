import Charts
import LessonKit

/// The knobs both training cells share (α, lr, mining, classes) and how a knob value becomes
/// the run's setting; the class colours of the scatters.
enum EmbeddingsKnobs {
    static let miningNames = ["random", "hard"]
    static let marginRange = 0.0...2.0
    static let learningRateRange = 0.0001...3.0

    static func knobs(_ c: EmbeddingRun.Config) -> [Knob] {
        [
            Knob(name: "margin", label: tr("margin α", "间隔 α"), kind: .continuous(range: marginRange, step: 0.05, scale: .linear),
                 value: c.margin, digits: 2),
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: learningRateRange, step: 2, scale: .log),
                 value: c.learningRate, digits: 2),
            Knob(name: "mining", label: tr("triplet mining", "三元组挖掘"), kind: .choice(miningNames), value: Double(c.mining.rawValue)),
            Knob(name: "classes", label: tr("digit classes", "数字类别数"), kind: .integer(range: 2...10, step: 1), value: Double(c.classes)),
        ]
    }

    /// The config with knob `name` set to `value` (clamped); nil for another knob or a
    /// non-finite value.
    static func set(_ name: String, to value: Double, in c: EmbeddingRun.Config) -> EmbeddingRun.Config? {
        guard value.isFinite else { return nil }
        var c = c
        switch name {
        case "margin": c.margin = min(marginRange.upperBound, max(marginRange.lowerBound, value))
        case "lr": c.learningRate = min(learningRateRange.upperBound, max(learningRateRange.lowerBound, value))
        case "mining": c.mining = EmbeddingRun.Mining(rawValue: min(1, max(0, Int(value.rounded())))) ?? .random
        case "classes": c.classes = min(10, max(2, Int(value.rounded())))
        case "dim": c.dimension = dimensions[min(dimensions.count - 1, max(0, Int(value.rounded())))]
        default: return nil
        }
        return c
    }

    /// The embedding dimensions the `dim` knob offers (its values are the indices).
    static let dimensions = [2, 8]

    /// The `dim` knob (2 or 8; a new dimension restarts the run). Listed after the page's
    /// other knobs so their order and keys stay as they were.
    static func dimensionKnob(_ c: EmbeddingRun.Config) -> Knob {
        Knob(name: "dim", label: tr("embedding dimension", "嵌入维数"), kind: .choice(dimensions.map(String.init)),
             value: Double(dimensions.firstIndex(of: c.dimension) ?? 0))
    }

    /// The status's note in 8-D that the scatter is a projection on the top two principal
    /// directions (PCA; empty in 2-D). Short: the status row has about 63 columns.
    static func projectionNote(_ run: EmbeddingRun) -> String {
        guard run.config.dimension > 2 else { return "" }
        return tr(" · \(run.config.dimension)-D shown by PCA", " · \(run.config.dimension) 维，以 PCA 显示")
    }

    /// A scatter's title: `twoD` for a 2-D embedding, `projected` (which says it is a PCA
    /// projection) in more dimensions.
    static func scatterTitle(_ run: EmbeddingRun, _ twoD: String, _ projected: String) -> String {
        run.config.dimension > 2 ? projected : twoD
    }

    static let colors: [Color] = Palette.series + [.cube(5, 5, 5), .cube(3, 5, 3), .cube(5, 3, 4)]

    /// The held-out embeddings as one scatter series per class.
    static func series(points: [[Double]], labels: [Int], classes: Int) -> [Series] {
        var out = (0..<classes).map { Series(name: "\($0)", color: colors[$0 % colors.count]) }
        for (p, l) in zip(points, labels) { out[l].append(x: p[0], y: p[1]) }
        return out
    }

    /// The scatter of the embedding on the unit circle (equal aspect, fixed limits).
    static func scatter(title: String, series: [Series]) -> ScatterPlot {
        var plot = ScatterPlot(title: title, classes: series)
        plot.xLimits = .fixed(-1.2, 1.2)
        plot.yLimits = .fixed(-1.2, 1.2)
        plot.equalAspect = true
        return plot
    }

    /// The advice when the run stopped or collapsed (nil while it is healthy).
    static func trouble(_ run: EmbeddingRun) -> String? {
        if run.stopped {
            return tr("learning rate too high — lower it, press r · the weights blew up at iteration \(run.iteration)",
                      "学习率过大——调小后按 r · 权重在第 \(run.iteration) 次迭代时发散")
        }
        if run.collapsed {
            return tr("collapsed: every digit maps to one point — use random mining or a lower learning rate, press r",
                      "坍缩：所有数字都映射到同一点——改用 random 挖掘或调小学习率后按 r")
        }
        return nil
    }

    static func percent(_ f: Double) -> String { NumberText.format((f * 1000).rounded() / 10, digits: 3) + "%" }
}

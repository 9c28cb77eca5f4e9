import Charts
import LessonKit
import NumericCore

/// Page 3: the same stack run backward; ‖∂L/∂W‖ per layer on a log axis, beside the
/// activations' std per layer — vanishing gradients fall towards layer 1, exploding ones rise.
final class GradientCell: StackCell, LiveCell, HeadlessStepping {
    var title: String { tr("gradient norm per layer", "各层的梯度范数") }

    init(context: LessonContext) { super.init(seed: context.seed, backward: true) }

    /// (layer, ‖∂L/∂W‖) for the layers done, layer 1 first; only positive finite norms (log axis).
    var gradientPoints: [(Double, Double)] {
        current.gradientNorms.enumerated().compactMap { l, n in
            guard let n, n.isFinite, n > 0 else { return nil }
            return (Double(l + 1), n)
        }
    }

    /// Largest over smallest gradient norm once the backward pass is done (nil before).
    var spread: Double? {
        let norms = current.gradientNorms.compactMap { $0 }
        guard norms.count == current.depth, let lo = norms.min(), let hi = norms.max(), lo > 0 else { return nil }
        return hi / lo
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let s = current
        let points = gradientPoints
        let std = s.stats.enumerated().filter { $0.element.std > 0 && $0.element.std.isFinite }
        var plot = LinePlot(title: options.drawable(tr("‖∂L/∂W‖ and activation std per layer (log)", "各层 ‖∂L/∂W‖ 与激活值标准差（对数）")),
                            series: [
                                Series(name: options.drawable("‖∂L/∂W‖"), color: .red,
                                       x: points.map(\.0), y: points.map(\.1)),
                                Series(name: tr("std of a", "a 的标准差"), color: .blue,
                                       x: std.map { Double($0.offset + 1) }, y: std.map(\.element.std)),
                            ],
                            xLabel: tr("layer", "层"))
        plot.yScale = .log10
        plot.xLimits = .fixed(1, Double(max(2, s.depth)))
        var parts = [knobValues.activation.label + ", " + knobValues.initChoice.label(fanIn: StackKnobs.width, custom: knobValues.sigma) + ":"]
        if let first = s.gradientNorms.first ?? nil, let last = s.gradientNorms.last ?? nil, let spread {
            parts += [tr("layer 1 \(NumberText.format(first, digits: 3))", "第 1 层 \(NumberText.format(first, digits: 3))"),
                      tr("layer \(s.depth) \(NumberText.format(last, digits: 3))", "第 \(s.depth) 层 \(NumberText.format(last, digits: 3))"),
                      tr("max/min ×\(NumberText.format(spread, digits: 3))", "最大/最小 ×\(NumberText.format(spread, digits: 3))")]
        }
        var grid = Grid(width: width, height: height)
        let lines = ReadoutPacker.pack(parts, width: width - 1).prefix(max(0, height - 6))
        let chartHeight = max(0, height - lines.count)
        grid.blit(plot.render(width: width, height: chartHeight, options: options), x: 0, y: 0)
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: chartHeight + i, style: .init(bold: true), maxWidth: width - 1)
        }
        return grid
    }

    func export() -> CellExport { StackExport(cell: self).export(name: "gradient norms") }
}

import Charts
import LessonKit

/// Drawing a `ScalePair`'s two accuracy curves: large as a `LinePlot` (page 4), small on a
/// bare canvas as one panel of the grid (page 3). Batch norm is a cyan line; without it, a
/// magenta line of dots (told apart without colour too).
enum PairChart {
    static let bnColor = Color.cyan
    static let plainColor = Color.magenta

    static var bnName: String { tr("with BN", "有批归一化") }
    static var plainName: String { tr("without BN", "无批归一化") }

    /// Finite (x, y) points of a net's accuracy curve, in %.
    static func points(_ net: ScalePair.Net) -> (xs: [Double], ys: [Double]) {
        let a = net.accuracies.filter { $0.accuracy.isFinite }
        return (a.map { Double($0.epoch) }, a.map { 100 * $0.accuracy })
    }

    static func plot(_ pair: ScalePair) -> LinePlot {
        let bn = points(pair.bn), plain = points(pair.plain)
        var plot = LinePlot(title: tr("train accuracy % · σ = ", "训练精度 % · σ = ") + ScalePair.short(pair.sigma),
                            series: [Series(name: bnName, color: bnColor, x: bn.xs, y: bn.ys),
                                     Series(name: plainName, color: plainColor, x: plain.xs, y: plain.ys)],
                            xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 100)
        plot.xLimits = .fixed(0, Double(max(pair.epochs, pair.epoch, 1)))
        plot.events = pair.events.map { EventMarker(x: Double($0.iteration) / Double(pair.iterationsPerEpoch), label: $0.label) }
        return plot
    }

    static func lossPlot(_ pair: ScalePair) -> LinePlot {
        func series(_ net: ScalePair.Net, _ name: String, _ color: Color) -> Series {
            let indexed = net.losses.enumerated().filter { $0.element.isFinite }
            return Series(name: name, color: color, x: indexed.map { Double($0.offset + 1) }, y: indexed.map(\.element))
        }
        var plot = LinePlot(title: tr("loss", "损失"),
                            series: [series(pair.bn, bnName, bnColor), series(pair.plain, plainName, plainColor)],
                            xLabel: tr("iteration", "迭代次数"))
        plot.showLegend = false
        if pair.iteration == 0 { plot.xLimits = .fixed(0, Double(pair.totalIterations)); plot.yLimits = .fixed(0, 2.5) }
        plot.events = pair.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// One small panel: a label line ("σ 0.541") over a bare canvas of both curves
    /// (accuracy 0–100 %, epochs 0 to the run's end).
    static func panel(_ pair: ScalePair, width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width >= 3, height >= 2 else { return grid }
        let value = ScalePair.short(pair.sigma)
        let long = "σ " + value
        let fits = { (text: String) in displayWidth(of: options.drawable(text)) <= width - 1 }
        let label = fits(long) ? long : fits(value) ? value : ScalePair.compact(pair.sigma)
        grid.put(options.drawable(label), x: 0, y: 0, style: .init(bold: true), maxWidth: width - 1)
        if width >= 16, let a = pair.bn.lastAccuracy, let b = pair.plain.lastAccuracy {
            let text = "\(Int((100 * a).rounded()))·\(Int((100 * b).rounded()))"
            if displayWidth(of: label) + 2 + text.count <= width - 1 {
                grid.put(text, x: width - 1 - text.count, y: 0)
            }
        }
        var canvas = Canvas(kind: .lines(for: options), columns: width - 1, rows: height - 1,
                            xRange: 0...Double(max(pair.epochs, pair.epoch, 1)), yRange: 0...100)
        for event in pair.events {
            canvas.verticalRule(at: Double(event.iteration) / Double(pair.iterationsPerEpoch), color: .gray(10), options: options)
        }
        let plain = points(pair.plain)
        for (x, y) in zip(plain.xs, plain.ys) { canvas.point(x, y, color: plainColor) }
        let bn = points(pair.bn)
        canvas.polyline(xs: bn.xs, ys: bn.ys, color: bnColor)
        canvas.render(into: &grid, x: 0, y: 1, options: options)
        return grid
    }
}

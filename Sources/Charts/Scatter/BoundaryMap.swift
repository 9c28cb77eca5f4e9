/// The net's decision regions as a filled half-block map with the training points on top:
/// each terminal cell shows two map pixels, the upper as the foreground of `▀` and the lower
/// as its background (a plain background where both halves agree), so the boundary has twice
/// the vertical resolution of a cell-filled map. Without colour, cells of class 1 are dotted
/// (`·`, ASCII `.`) as in `ScatterPlot`. Used by every lesson that trains a classifier on
/// 2-D toy data (regularization, playground, biasvariance, logistic).
public struct BoundaryMap: Chart {
    public var title: String
    /// One series per class (the points), named in the legend.
    public var classes: [Series]
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// The class at (x, y); nil draws no regions (before training).
    public var decision: ((Double, Double) -> Int)?

    public init(title: String, classes: [Series], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                decision: ((Double, Double) -> Int)?) {
        self.title = title
        self.classes = classes
        self.xRange = xRange
        self.yRange = yRange
        self.decision = decision
    }

    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = Plot(title: title)
        plot.xLimits = .fixed(xRange.lowerBound, xRange.upperBound)
        plot.yLimits = .fixed(yRange.lowerBound, yRange.upperBound)
        let sym = Symbols.for(options)
        plot.legend = classes.enumerated().map { i, s in
            LegendEntry(symbol: String(sym.marker(i)), label: s.name, style: .color(s.color ?? Palette.seriesColor(i)))
        }
        return plot.render(width: width, height: height, options: options) { canvas in
            if let decision { shade(&canvas, decision: decision, options: options) }
            for (i, s) in classes.enumerated() {
                let glyph = Glyph(sym.marker(i), .color(s.color ?? Palette.seriesColor(i)))
                for j in 0..<s.count { canvas.mark(s.xs[j], s.ys[j], glyph) }
            }
        }
    }

    private func shade(_ canvas: inout Canvas, decision: (Double, Double) -> Int, options: RenderOptions) {
        let quarter = (yRange.upperBound - yRange.lowerBound) / Double(max(1, canvas.rows)) / 4
        for row in 0..<canvas.rows {
            for col in 0..<canvas.columns {
                let c = canvas.center(column: col, row: row)
                let upper = decision(c.x, c.y + quarter), lower = decision(c.x, c.y - quarter)
                if !options.color {
                    if upper > 0 || lower > 0 { canvas.backdrop(column: col, row: row, Glyph(options.unicode ? "·" : ".")) }
                } else if upper == lower || !options.unicode {
                    canvas.background(column: col, row: row, Palette.regionColor(upper))
                } else {
                    canvas.backdrop(column: col, row: row, Glyph("▀", Style(foreground: Palette.regionColor(upper),
                                                                            background: Palette.regionColor(lower))))
                }
            }
        }
    }
}

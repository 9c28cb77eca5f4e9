/// Points of several classes, each with its own colour and marker (`● ■ ▲ ◆ …`, ASCII
/// `o x + * …`), optionally over the regions of a classifier: every cell gets the background
/// colour of the class `decision(x, y)` gives for its centre (without colour, cells of class
/// 1, 2, … are dotted with `·`, `:`, `'`).
///
/// ```swift
/// var plot = ScatterPlot(title: "AND", classes: [Series(name: "0", x: [0, 0, 1], y: [0, 1, 0]),
///                                               Series(name: "1", x: [1], y: [1])])
/// plot.decision = { x, y in x + y - 1.5 > 0 ? 1 : 0 }
/// ```
public struct ScatterPlot: Chart {
    public var title: String
    /// One series per class; its name goes in the legend.
    public var classes: [Series]
    public var xLabel: String
    public var yLabel: String
    public var xLimits: AxisLimits = .auto
    public var yLimits: AxisLimits = .auto
    /// Cell markers per class (true) or single braille dots (false, for thousands of points).
    public var markers = true
    public var showLegend = true
    /// Whether x and y units have equal length on screen.
    public var equalAspect = false
    /// A classifier: the class index at (x, y), shading the background by region.
    public var decision: ((Double, Double) -> Int)?
    /// Rectangles outlined under the points (e.g. the range a search narrowed to), each named
    /// in the legend; they widen the automatic limits to fit.
    public var boxes: [Box] = []

    /// A rectangle in data coordinates, outlined with a line of `color`.
    public struct Box: Sendable {
        public var x: ClosedRange<Double>
        public var y: ClosedRange<Double>
        public var label: String
        public var color: Color?

        public init(x: ClosedRange<Double>, y: ClosedRange<Double>, label: String, color: Color? = nil) {
            self.x = x
            self.y = y
            self.label = label
            self.color = color
        }
    }

    /// A scatter plot with one series per class.
    public init(title: String = "", classes: [Series], xLabel: String = "", yLabel: String = "") {
        self.title = title
        self.classes = classes
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = Plot(title: title, xLabel: xLabel, yLabel: yLabel)
        plot.xLimits = xLimits
        plot.yLimits = yLimits
        plot.equalAspect = equalAspect
        var skipped = 0
        for s in classes {
            for i in 0..<s.count {
                guard s.xs[i].isFinite, s.ys[i].isFinite else { skipped += 1; continue }
                plot.xExtent.include(s.xs[i])
                plot.yExtent.include(s.ys[i])
            }
        }
        for box in boxes {
            plot.xExtent.include(box.x.lowerBound); plot.xExtent.include(box.x.upperBound)
            plot.yExtent.include(box.y.lowerBound); plot.yExtent.include(box.y.upperBound)
        }
        if skipped > 0 { plot.notes.append(tr("\(skipped) non-finite skipped", "已跳过 \(skipped) 个非有限值")) }
        let sym = Symbols.for(options)
        if showLegend && (classes.count > 1 || classes.contains { !$0.name.isEmpty }) {
            plot.legend = classes.enumerated().map { i, s in
                LegendEntry(symbol: String(sym.marker(i)), label: s.name, style: .color(s.color ?? Palette.seriesColor(i)))
            }
        }
        if showLegend {
            plot.legend += boxes.map { LegendEntry(symbol: options.unicode ? "□" : "#", label: $0.label, style: $0.color.map { .color($0) } ?? .plain) }
        }
        return plot.render(width: width, height: height, options: options) { canvas in
            if let decision { shadeRegions(on: &canvas, decision: decision, options: options) }
            for box in boxes {
                let (x0, x1, y0, y1) = (box.x.lowerBound, box.x.upperBound, box.y.lowerBound, box.y.upperBound)
                canvas.line(from: x0, y0, to: x1, y0, color: box.color)
                canvas.line(from: x1, y0, to: x1, y1, color: box.color)
                canvas.line(from: x1, y1, to: x0, y1, color: box.color)
                canvas.line(from: x0, y1, to: x0, y0, color: box.color)
            }
            for (i, s) in classes.enumerated() {
                let color = s.color ?? Palette.seriesColor(i)
                let glyph = Glyph(sym.marker(i), .color(color))
                for j in 0..<s.count {
                    if markers { canvas.mark(s.xs[j], s.ys[j], glyph) } else { canvas.point(s.xs[j], s.ys[j], color: color) }
                }
            }
        }
    }

    private func shadeRegions(on canvas: inout Canvas, decision: (Double, Double) -> Int, options: RenderOptions) {
        let dots: [Character] = options.unicode ? [" ", "·", ":", "'", "˙"] : [" ", ".", ":", "'", "`"]
        for row in 0..<canvas.rows {
            for col in 0..<canvas.columns {
                let c = canvas.center(column: col, row: row)
                let k = decision(c.x, c.y)
                if options.color {
                    canvas.background(column: col, row: row, Palette.regionColor(k))
                } else if k > 0 {
                    canvas.backdrop(column: col, row: row, Glyph(dots[((k - 1) % (dots.count - 1)) + 1]))
                }
            }
        }
    }
}

import Foundation

/// Curves of y against x: several named series with colours and a legend, axis labels,
/// labelled event markers ("lr=0.5" at the step it changed), optional log-scale y.
///
/// Non-finite points break a curve and are counted in a "⚠ N non-finite skipped" note. A
/// sorted series with more points than pixel columns is thinned to the min and max of each
/// pixel column (plus the first and last point, to join neighbours), so spikes stay visible
/// and drawing costs O(points + pixels). In ASCII, with two or more series, each series also
/// marks its points with its own letter (`o x + * …`) so curves stay apart without colour.
///
/// ```swift
/// var loss = Series(name: "train")
/// loss.append(2.3); loss.append(1.1)
/// let grid = LinePlot(title: "loss", series: [loss]).render(width: 60, height: 16, options: .standard)
/// ```
public struct LinePlot: Chart, Sendable {
    public var title: String
    public var series: [Series]
    public var xLabel: String
    public var yLabel: String
    /// Vertical markers with labels at the top.
    public var events: [EventMarker] = []
    public var xLimits: AxisLimits = .auto
    public var yLimits: AxisLimits = .auto
    /// `.log10` skips y ≤ 0 (reported in a note) and puts ticks on whole decades.
    public var yScale: AxisScale = .linear
    /// Whether the legend is shown (it is left out anyway for one unnamed series).
    public var showLegend = true

    /// A plot of `series` (append to them between renders for live curves).
    public init(title: String = "", series: [Series], xLabel: String = "", yLabel: String = "") {
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let logY = yScale == .log10
        var plot = Plot(title: title, xLabel: xLabel, yLabel: yLabel)
        plot.xLimits = xLimits
        plot.yLimits = yLimits
        plot.yScale = yScale
        var nonFinite = 0, nonPositive = 0
        for s in series {
            for i in 0..<s.count {
                let x = s.xs[i], y = s.ys[i]
                guard x.isFinite, y.isFinite else { nonFinite += 1; continue }
                if logY && y <= 0 { nonPositive += 1; continue }
                plot.xExtent.include(x)
                plot.yExtent.include(logY ? log10(y) : y)
            }
        }
        if nonFinite > 0 { plot.notes.append("\(nonFinite) non-finite skipped") }
        if nonPositive > 0 { plot.notes.append("\(nonPositive) \(options.unicode ? "≤" : "<=")0 skipped (log)") }

        let sym = Symbols.for(options)
        let markSeries = !options.unicode && series.count > 1
        if showLegend && (series.count > 1 || series.contains { !$0.name.isEmpty }) {
            plot.legend = series.enumerated().map { i, s in
                let symbol = markSeries ? String(sym.marker(i)) : String(repeating: sym.horizontal, count: 2)
                return LegendEntry(symbol: symbol, label: s.name, style: .color(s.color ?? Palette.seriesColor(i)))
            }
        }
        return plot.render(width: width, height: height, options: options) { canvas in
            for (i, s) in series.enumerated() {
                let color = s.color ?? Palette.seriesColor(i)
                LinePlot.draw(s, on: &canvas, color: color, logY: logY)
                if markSeries {
                    let glyph = Glyph(sym.marker(i), .color(color))
                    for j in 0..<s.count {
                        let y = logY ? (s.ys[j] > 0 ? log10(s.ys[j]) : .nan) : s.ys[j]
                        canvas.mark(s.xs[j], y, glyph)
                    }
                }
            }
            drawEvents(on: &canvas, options: options)
        }
    }

    /// Draws one series: a polyline, or per-pixel-column min/max when it is denser than pixels.
    static func draw(_ s: Series, on canvas: inout Canvas, color: Color, logY: Bool) {
        let n = s.count
        guard n > 0 else { return }
        let pw = canvas.pixelWidth
        let xs = s.xs, ys = s.ys
        @inline(__always) func y(_ i: Int) -> Double {
            let v = ys[i]
            return logY ? (v > 0 ? log10(v) : .nan) : v
        }
        if n <= 2 * pw || !s.isSortedByX {
            var hasPrevious = false
            var ppx = 0.0, ppy = 0.0
            for i in 0..<n {
                let yi = y(i)
                guard xs[i].isFinite, yi.isFinite else { hasPrevious = false; continue }
                let px = canvas.pixelX(xs[i]), py = canvas.pixelY(yi)
                if hasPrevious { canvas.linePixels(from: ppx, ppy, to: px, py, color: color) }
                else { canvas.linePixels(from: px, py, to: px, py, color: color) }
                ppx = px; ppy = py; hasPrevious = true
            }
            return
        }
        var lows = [Double](repeating: .infinity, count: pw)
        var highs = [Double](repeating: -.infinity, count: pw)
        var firsts = [Double](repeating: .nan, count: pw)
        var lasts = [Double](repeating: .nan, count: pw)
        for i in 0..<n {
            let yi = y(i)
            guard xs[i].isFinite, yi.isFinite else { continue }
            let pxd = canvas.pixelX(xs[i]).rounded()
            guard pxd >= 0, pxd < Double(pw) else { continue }
            let px = Int(pxd)
            let py = canvas.pixelY(yi)
            if py < lows[px] { lows[px] = py }
            if py > highs[px] { highs[px] = py }
            if firsts[px].isNaN { firsts[px] = py }
            lasts[px] = py
        }
        var previous: (x: Double, y: Double)?
        for px in 0..<pw where lows[px] <= highs[px] {
            let x = Double(px)
            canvas.linePixels(from: x, lows[px], to: x, highs[px], color: color)
            if let p = previous { canvas.linePixels(from: p.x, p.y, to: x, firsts[px], color: color) }
            previous = (x, lasts[px])
        }
    }

    /// Dashed rules at each event's x with its label at the top, moved down a row when it
    /// would overlap the previous label.
    func drawEvents(on canvas: inout Canvas, options: RenderOptions) {
        var rowEnds: [Int] = []
        for e in events.sorted(by: { $0.x < $1.x }) {
            let color = e.color ?? Palette.accent
            canvas.verticalRule(at: e.x, color: color, options: options)
            let c = canvas.column(for: e.x)
            let label = options.drawable(e.label)
            guard c >= 0, c < canvas.columns, !label.isEmpty else { continue }
            let w = displayWidth(of: label)
            var start = c + 1
            if start + w > canvas.columns { start = Swift.max(0, c - w) }
            var row = 0
            while row < rowEnds.count && rowEnds[row] >= start { row += 1 }
            guard row < canvas.rows else { continue }
            if row == rowEnds.count { rowEnds.append(0) }
            rowEnds[row] = start + w
            canvas.text(label, column: start, row: row, style: .color(color))
        }
    }
}

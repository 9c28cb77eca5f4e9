import Foundation

/// Curves of y against x: several named series with colours and a legend, axis labels,
/// labelled event markers ("lr=0.5" at the step it changed), optional log-scale y.
///
/// Non-finite points break a curve and are counted in a "⚠ N non-finite skipped" note. A
/// sorted series with more points than pixel columns is thinned to the min and max of each
/// pixel column (plus the first and last point, to join neighbours), so spikes stay visible
/// and drawing costs O(points + pixels). Two or more series stay apart without colour: in
/// ASCII each series marks its points with its own letter (`o x + * …`, legend `o name`); in
/// Unicode without colour each braille curve carries its own marker (`● ■ ▲ ◆ …`) every few
/// columns, the series' markers in different columns, and the legend shows `─●─ name`.
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
        if nonFinite > 0 { plot.notes.append(tr("\(nonFinite) non-finite skipped", "已跳过 \(nonFinite) 个非有限值")) }
        if nonPositive > 0 { plot.notes.append(tr("\(nonPositive) \(options.unicode ? "≤" : "<=")0 skipped (log)", "已跳过 \(nonPositive) 个 \(options.unicode ? "≤" : "<=")0 的值（对数轴）")) }

        let sym = Symbols.for(options)
        let markSeries = !options.unicode && series.count > 1
        let markColumns = options.unicode && !options.color && series.count > 1
        if showLegend && (series.count > 1 || series.contains { !$0.name.isEmpty }) {
            plot.legend = series.enumerated().map { i, s in
                LegendEntry(symbol: LinePlot.legendSymbol(series: i, of: series.count, options: options),
                            label: s.name, style: .color(s.color ?? Palette.seriesColor(i)))
            }
        }
        return plot.render(width: width, height: height, options: options) { canvas in
            for (i, s) in series.enumerated() {
                let color = s.color ?? Palette.seriesColor(i)
                if s.dots {
                    for j in 0..<s.count { canvas.point(s.xs[j], logY ? (s.ys[j] > 0 ? log10(s.ys[j]) : .nan) : s.ys[j], color: color) }
                } else {
                    LinePlot.draw(s, on: &canvas, color: color, logY: logY)
                }
                if markSeries {
                    let glyph = Glyph(sym.marker(i), .color(color))
                    for j in 0..<s.count {
                        let y = logY ? (s.ys[j] > 0 ? log10(s.ys[j]) : .nan) : s.ys[j]
                        canvas.mark(s.xs[j], y, glyph)
                    }
                }
            }
            if markColumns { markEveryFewColumns(on: &canvas, symbols: sym, logY: logY) }
            drawEvents(on: &canvas, options: options)
        }
    }

    /// How series number `index` of `count` looks in the legend under `options`: `──` in
    /// colour (the colour tells it apart), its marker letter in ASCII (`o`, `x`, …), `─●─`,
    /// `─■─`, … in Unicode without colour. A lesson that lists its series in its own readout
    /// instead of the legend can put this in front of each name (in the series' colour).
    public static func legendSymbol(series index: Int, of count: Int, options: RenderOptions) -> String {
        let sym = Symbols.for(options)
        if count > 1 && !options.unicode { return String(sym.marker(index)) }
        if count > 1 && !options.color { return "\(sym.horizontal)\(sym.marker(index))\(sym.horizontal)" }
        return String(repeating: sym.horizontal, count: 2)
    }

    /// Markers along each curve (drawn after all curves, so none is erased): series `i` of
    /// `k` gets its marker in the columns `offset + i·spacing/k + n·spacing`, where `spacing`
    /// is 2k columns but at least 6 and `offset` is half of it, at the curve's value at the
    /// column's centre (linear between points; nothing where the curve has no value there).
    func markEveryFewColumns(on canvas: inout Canvas, symbols sym: Symbols, logY: Bool) {
        let k = series.count
        let spacing = Swift.max(6, 2 * k)
        for (i, s) in series.enumerated() {
            let glyph = Glyph(sym.marker(i))
            var column = (spacing / 2 + i * spacing / k) % spacing
            while column < canvas.columns {
                let x = canvas.center(column: column, row: 0).x
                if let y = LinePlot.value(of: s, at: x, logY: logY) {
                    canvas.mark(column: column, row: canvas.row(for: y), glyph)
                }
                column += spacing
            }
        }
    }

    /// The plotted y of `s` at `x`: interpolated between the points either side (the series
    /// must be sorted by x), nil outside its x range, at a gap or for an unsorted series.
    static func value(of s: Series, at x: Double, logY: Bool) -> Double? {
        guard s.isSortedByX, let first = s.xs.first, let last = s.xs.last, x >= first, x <= last else { return nil }
        var lo = 0, hi = s.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if s.xs[mid] <= x { lo = mid } else { hi = mid }
        }
        func y(_ j: Int) -> Double { logY ? (s.ys[j] > 0 ? log10(s.ys[j]) : .nan) : s.ys[j] }
        let x0 = s.xs[lo], x1 = s.xs[hi], y0 = y(lo), y1 = y(hi)
        let v = x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y0
        return v.isFinite ? v : nil
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

    /// Dashed rules at each event's x, then the labels beside them (right of the rule, or
    /// left when there is no room), placed so that they never overlap each other and, where
    /// possible, hide no curve: newest first (by x, then by order given), each label takes the
    /// first free spot from the top row down, right side before left, that covers no curve
    /// and no rule; failing that, a spot in the top two rows that only covers curve; failing
    /// that it is left out (the rule stays). Of several events in one column only the last
    /// given is labelled, so changes made while paused do not pile up.
    func drawEvents(on canvas: inout Canvas, options: RenderOptions) {
        let sorted = events.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
        var ruleColumns = Set<Int>()
        for e in sorted {
            canvas.verticalRule(at: e.x, color: e.color ?? Palette.accent, options: options)
            ruleColumns.insert(canvas.column(for: e.x))
        }
        var taken: [(row: Int, columns: Range<Int>)] = []
        var labelled = Set<Int>()
        for e in sorted.reversed() {
            let c = canvas.column(for: e.x)
            let label = options.drawable(e.label)
            guard c >= 0, c < canvas.columns, !label.isEmpty, !labelled.contains(c) else { continue }
            labelled.insert(c)
            let w = displayWidth(of: label)
            let sides = [c + 1, c - w].filter { $0 >= 0 && $0 + w <= canvas.columns }
            func free(_ row: Int, _ span: Range<Int>) -> Bool {
                !taken.contains { $0.row == row && $0.columns.lowerBound <= span.upperBound && span.lowerBound <= $0.columns.upperBound }
            }
            func clean(_ row: Int, _ span: Range<Int>) -> Bool {
                span.allSatisfy { !canvas.hasPixels(column: $0, row: row) && !ruleColumns.contains($0) }
            }
            var spot: (row: Int, start: Int)?
            search: for pass in 0..<2 {
                for row in 0..<(pass == 0 ? canvas.rows : Swift.min(2, canvas.rows)) {
                    for start in sides {
                        let span = start..<(start + w)
                        if free(row, span) && (pass == 1 || clean(row, span)) { spot = (row, start); break search }
                    }
                }
            }
            guard let spot else { continue }
            taken.append((spot.row, spot.start..<(spot.start + w)))
            canvas.text(label, column: spot.start, row: spot.row, style: .color(e.color ?? Palette.accent))
        }
    }
}

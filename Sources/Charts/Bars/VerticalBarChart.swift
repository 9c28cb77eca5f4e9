/// One vertical bar per category with its label underneath (e.g. softmax probabilities of
/// the 10 digit classes), values printed above the bars when they fit, one bar highlighted.
///
/// Bars have equal widths (an odd number of columns, a gap of at least one between them)
/// and are centred on their ticks and labels. The value axis always includes 0; negative
/// values hang below it. The highlighted bar is drawn in the accent colour, its label bold and
/// its tick on the frame replaced by `▲` (ASCII `^`); without colour it is the only solid bar
/// (the others are `░`, or `#` against `@` in ASCII).
public struct VerticalBarChart: Chart, Sendable {
    public var title: String
    /// One label per bar (drawn under it when there is room).
    public var labels: [String]
    /// One value per bar.
    public var values: [Double]
    /// The index of the bar to highlight.
    public var highlighted: Int?
    public var yLimits: AxisLimits = .auto
    public var yLabel = ""
    /// Print values above the bars (below negative ones) where they fit in the bar's width;
    /// the automatic range gets 15% headroom for them.
    public var showValues = true
    /// Significant digits of printed values.
    public var valueDigits = 2
    public var color: Color?

    /// Bars for `values` labelled `labels` (the longer list is cut), `highlighted` marked.
    public init(title: String = "", labels: [String], values: [Double], highlighted: Int? = nil) {
        self.title = title
        let n = Swift.min(labels.count, values.count)
        self.labels = Array(labels.prefix(n))
        self.values = Array(values.prefix(n))
        self.highlighted = highlighted
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let n = values.count
        var plot = Plot(title: title, yLabel: yLabel)
        plot.yLimits = yLimits
        plot.yExtent = DataExtent(values + [0])
        if showValues, !plot.yExtent.isEmpty {
            // Headroom so the tallest bars can carry their value too.
            let span = plot.yExtent.upper - plot.yExtent.lower
            if plot.yExtent.upper > 0 { plot.yExtent.include(plot.yExtent.upper + span * 0.15) }
            if plot.yExtent.lower < 0 { plot.yExtent.include(plot.yExtent.lower - span * 0.15) }
        }
        let skipped = plot.yExtent.skipped
        if skipped > 0 { plot.notes.append(tr("\(skipped) non-finite skipped", "已跳过 \(skipped) 个非有限值")) }
        plot.xMapping = .intervals
        plot.xAxis = Axis(range: 0...Double(Swift.max(1, n)), ticks: (0..<n).map { Double($0) + 0.5 }, labels: labels)
        let baseColor = color ?? Palette.seriesColor(0)
        return plot.render(width: width, height: height, options: options, pixelsPerCell: Int2(1, 8)) { grid, region in
            guard n > 0 else { return }
            let texts = values.map { NumberFormat.compact($0, significant: valueDigits) }
            let slot = region.columns / n
            let barWidth = VerticalBarChart.barWidth(slot: slot)
            let sym = Symbols.for(options)
            for i in 0..<n {
                let marked = i == highlighted
                let centre = region.column(for: Double(i) + 0.5)
                let cols = (centre - (barWidth - 1) / 2)..<(centre - (barWidth - 1) / 2 + barWidth)
                let full: Character
                if !options.unicode { full = marked ? "@" : "#" }
                else if !options.color && highlighted != nil && !marked { full = "░" }
                else { full = "█" }
                let style = options.color ? Style(foreground: marked ? Palette.accent : baseColor) : Style.plain
                BarGlyphs.drawVerticalBar(into: &grid, region: region, columns: cols, base: 0, value: values[i],
                                          full: full, style: style, unicode: options.unicode)
                let w = displayWidth(of: texts[i])
                if showValues, values[i].isFinite, values[i] != 0, w <= Swift.max(barWidth, slot - 1) {
                    let x = region.x + centre - (w - 1) / 2
                    let end = BarGlyphs.endRow(of: values[i], base: 0, region: region)
                    let outside = values[i] > 0 ? end - 1 : end + 1
                    if outside >= 0 && outside < region.rows {
                        grid.put(texts[i], x: x, y: region.y + outside, style: Style(bold: marked))
                    } else if w <= barWidth {
                        // No room beyond the bar's end: print the value on the bar, next to its end.
                        let inside = values[i] > 0 ? end + 1 : end - 1
                        if inside >= 0 && inside < region.rows {
                            var style = Style(bold: marked, reverse: true)
                            if options.color {
                                style = Style(foreground: Color(index: 16), background: marked ? Palette.accent : baseColor, bold: marked)
                            }
                            grid.put(texts[i], x: x, y: region.y + inside, style: style)
                        }
                    }
                }
            }
            // Mark the highlighted bar's tick with ▲ and make its label bold.
            if let h = highlighted, h >= 0, h < n {
                let gx = region.x + region.column(for: Double(h) + 0.5)
                let accent = options.color ? Style(foreground: Palette.accent, bold: true) : Style(bold: true)
                if grid[gx, region.y + region.rows].character == sym.bottomTick {
                    grid[gx, region.y + region.rows] = Glyph(options.unicode ? "▲" : "^", accent)
                }
                let labelRow = region.y + region.rows + 1
                let w = displayWidth(of: options.drawable(labels[h]))
                grid.restyle(x: gx - (w - 1) / 2, y: labelRow, width: w, height: 1) { _ in accent }
            }
        }
    }

    /// The width of every bar when each has `slot` columns: one less (a gap), made odd so the
    /// bar centres on its tick; at least 1.
    static func barWidth(slot: Int) -> Int {
        let w = Swift.max(1, slot - 1)
        return w % 2 == 0 ? w - 1 : w
    }
}

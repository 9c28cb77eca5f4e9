/// One horizontal bar per row: labels on the left, bars in eighths of a cell, values on the
/// right; negative values grow left of a shared zero; one bar can be highlighted (pointer
/// `▸`, accent colour, bold).
///
/// ```
/// ▸ cat  ████████████▍  12.5
///   dog  ████            4
///   eel                 -3
/// ```
public struct HorizontalBarChart: Chart, Sendable {
    public var title: String
    public var labels: [String]
    public var values: [Double]
    public var highlighted: Int?
    /// The value range the bar area spans (nil: from min(0, values) to max(0, values)).
    public var range: ClosedRange<Double>?
    /// Significant digits of printed values.
    public var valueDigits = 3
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
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let sym = Symbols.for(options)
        let title = options.drawable(self.title), labels = self.labels.map(options.drawable)
        var y = 0
        if !title.isEmpty && grid.height >= 2 {
            grid.put(TextFit.truncate(title, to: grid.width, ellipsis: sym.ellipsis), x: 0, y: 0, style: Style(bold: true))
            y = 1
        }
        let n = values.count
        guard n > 0 else { return grid }
        let texts = values.map { NumberFormat.compact($0, significant: valueDigits) }
        let pointer = highlighted == nil ? 0 : 2
        var labelWidth = Swift.min(labels.reduce(0) { Swift.max($0, displayWidth(of: $1)) }, grid.width / 3)
        var valueWidth = texts.reduce(0) { Swift.max($0, displayWidth(of: $1)) }
        var barWidth = grid.width - pointer - labelWidth - 1 - 1 - valueWidth
        if barWidth < 4 { valueWidth = 0; barWidth = grid.width - pointer - labelWidth - 1 }
        if barWidth < 2 { labelWidth = 0; barWidth = grid.width - pointer }
        barWidth = Swift.max(0, barWidth)

        let e = DataExtent(values + [0])
        let lo = range?.lowerBound ?? e.lower
        var hi = range?.upperBound ?? e.upper
        if !(hi > lo) { hi = lo + 1 }
        let eighths = barWidth * 8
        func position(_ v: Double) -> Int {
            let p = ((Swift.max(lo, Swift.min(hi, v)) - lo) / (hi - lo) * Double(eighths)).rounded()
            return Int(p)
        }
        let zero = position(0)
        let shown = Swift.min(n, grid.height - y)
        // Keep the highlighted row visible when not every row fits.
        let first = highlighted.map { Swift.max(0, Swift.min(n - shown, $0 - shown + 1)) } ?? 0
        for k in 0..<shown {
            let i = first + k
            let row = y + k
            let marked = i == highlighted
            if marked { grid.put(String(sym.pointer), x: 0, y: row, style: options.color ? .color(Palette.accent) : .plain) }
            let label = TextFit.truncate(labels[i], to: labelWidth, ellipsis: sym.ellipsis)
            grid.put(label, x: pointer, y: row, style: Style(bold: marked))
            let barX = pointer + (labelWidth > 0 ? labelWidth + 1 : 0)
            if values[i].isFinite && eighths > 0 {
                var a = Swift.min(zero, position(values[i])), b = Swift.max(zero, position(values[i]))
                if a == b && values[i] != 0 { if values[i] > 0 { b += 1 } else { a -= 1 } }
                let full: Character = options.unicode ? "█" : (marked ? "#" : "=")
                let fill = marked ? Palette.accent : (color ?? Palette.seriesColor(0))
                let style = options.color ? Style(foreground: fill) : Style.plain
                for c in Swift.max(0, a / 8)..<Swift.min(barWidth, (b + 7) / 8) {
                    let from = Swift.max(a, c * 8) - c * 8, to = Swift.min(b, c * 8 + 8) - c * 8
                    if let ch = BarGlyphs.horizontal(from: from, to: to, full: full, unicode: options.unicode) {
                        grid[barX + c, row] = Glyph(ch, style)
                    }
                }
            }
            if valueWidth > 0 {
                let t = texts[i]
                grid.put(t, x: grid.width - displayWidth(of: t), y: row, style: Style(bold: marked))
            }
        }
        return grid
    }
}

import Charts

/// A legend with values under a chart, wrapped to the width: each entry a curve's symbol in
/// its colour (as `LinePlot` draws it) and a text such as "inverse 0.39". Cells use it in
/// place of the charts' own legends when those have no room: the decay race's five names at 80
/// columns, or one legend for two small charts of the same series side by side.
public struct LegendRows {
    public var entries: [(color: Color, text: String)]

    /// A legend of these entries, in series order.
    public init(entries: [(color: Color, text: String)]) { self.entries = entries }

    /// The entries of each row, for rows at most `width` columns wide.
    public func rows(width: Int, options: RenderOptions) -> [[Int]] {
        var rows: [[Int]] = [], row: [Int] = [], used = 1
        for (i, entry) in entries.enumerated() {
            let w = displayWidth(of: symbol(i, options)) + 1 + displayWidth(of: options.drawable(entry.text)) + 2
            if !row.isEmpty && used + w > width { rows.append(row); row = []; used = 1 }
            row.append(i)
            used += w
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    public func symbol(_ i: Int, _ options: RenderOptions) -> String {
        LinePlot.legendSymbol(series: i, of: entries.count, options: options)
    }

    /// Draws the rows from row `y` down.
    public func draw(into grid: inout Grid, y: Int, width: Int, options: RenderOptions) {
        for (r, row) in rows(width: width, options: options).enumerated() {
            var x = 1
            for i in row {
                let sym = symbol(i, options)
                x += grid.put(sym, x: x, y: y + r, style: Style(foreground: options.color ? entries[i].color : nil))
                x += grid.put(" " + options.drawable(entries[i].text) + "  ", x: x, y: y + r, style: Style(bold: true),
                              maxWidth: max(0, width - x))
            }
        }
    }
}

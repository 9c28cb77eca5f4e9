import Charts
import LessonKit

/// The layout the lesson's cells share: a chart on the left and, on the right, a panel with
/// a table on top and lines of text under it (readouts: the gate's name, the weights).
enum CellLayout {
    /// `chart` left; `table` and `lines` right. The panel is as wide as the table and
    /// `minimumPanel` (never more than half the width) — not as the lines, so the chart keeps
    /// its size while the text changes; a line wider than the panel wraps at spaces. Text
    /// goes through `options.drawable`.
    static func sideBySide(chart: some Chart, table: Table?, lines: [String], minimumPanel: Int = 0,
                           width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let tableWidth = table.map(naturalWidth) ?? 0
        let panelWidth = min(width / 2, max(minimumPanel, tableWidth))
        let chartWidth = max(0, width - panelWidth - (panelWidth > 0 ? 1 : 0))
        grid.blit(chart.render(width: chartWidth, height: height, options: options), x: 0, y: 0)
        let x = width - panelWidth
        var y = 0
        if let table {
            let rows = min(height, table.rows.count + 2 + (table.title.isEmpty ? 0 : 1))
            grid.blit(table.render(width: panelWidth, height: rows, options: options), x: x, y: 0)
            y = rows + 1
        }
        let texts = lines.flatMap { ReadoutLines.wrap(options.drawable($0), width: panelWidth) }
        for (i, line) in texts.enumerated() where y + i < height {
            grid.put(line, x: x, y: y + i, maxWidth: panelWidth)
        }
        return grid
    }

    /// Columns a table needs: its widest cells, two spaces between columns, two for the
    /// row pointer when a row is highlighted.
    static func naturalWidth(_ table: Table) -> Int {
        let widths = table.columns.indices.map { c in
            table.rows.reduce(displayWidth(of: table.columns[c].header)) { c < $1.count ? max($0, displayWidth(of: $1[c])) : $0 }
        }
        return widths.reduce(0, +) + 2 * max(0, widths.count - 1) + (table.highlightedRow == nil ? 0 : 2)
    }
}

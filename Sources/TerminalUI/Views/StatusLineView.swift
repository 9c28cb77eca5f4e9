import Charts
import LessonKit

/// The status rows of a page with a cell: the value entry line while `=` is open; otherwise
/// the cell's state (playing / paused / finished / stopped, for animated cells) and its
/// status, wrapped at word boundaries onto a second row when one row is too short.
enum StatusLineView {
    /// The most rows a status takes.
    static let maximumRows = 2

    /// The state label of an animated cell ("▶ playing", "✗ stopped", …), nil for a static cell.
    static func label(_ app: NotebookApp, cell: any LiveCell, symbols: Symbols) -> String? {
        guard cell.isAnimated else { return nil }
        let (icon, word) = cell.isFinished
            ? (cell.hasFailed ? (symbols.failedRun, tr("stopped", "已停止")) : (symbols.finishedRun, tr("finished", "已结束")))
            : app.isPlaying ? (symbols.playing, tr("playing", "运行中")) : (symbols.paused, tr("paused", "已暂停"))
        return "\(icon) \(word)"
    }

    /// The column where the status text starts.
    private static func statusX(label: String?, symbols: Symbols) -> Int {
        guard let label else { return 1 }
        return 1 + displayWidth(of: label) + displayWidth(of: "  \(symbols.separator)  ")
    }

    /// The status text's lines (one empty line when there is none, or while `=` is open).
    static func lines(_ app: NotebookApp, symbols: Symbols) -> [String] {
        guard app.valueEntry == nil, let cell = app.session?.cell, let status = cell.status else { return [""] }
        let x = statusX(label: label(app, cell: cell, symbols: symbols), symbols: symbols)
        return WrappedText.lines(symbols.text(status), width: app.size.width - x - 1, maximumLines: maximumRows,
                                 ellipsis: symbols.ellipsis)
    }

    /// Draws the status from row `y` on.
    static func draw(_ app: NotebookApp, cell: any LiveCell, y: Int, into grid: inout Grid, palette: Palette,
                     symbols: Symbols) {
        if let entry = app.valueEntry {
            let label = app.session?.knobs.first { $0.name == entry.knobName }?.label ?? entry.knobName
            var x = grid.put(" \(symbols.text(label)) = ", x: 0, y: y, style: palette.accent)
            x += grid.put(entry.text, x: x, y: y)
            x += grid.put(symbols.cursor, x: x, y: y, style: palette.accent)
            grid.put(tr("   Enter sets, Esc cancels", "   Enter 确定，Esc 取消"), x: x, y: y, style: palette.dim)
            return
        }
        let label = label(app, cell: cell, symbols: symbols)
        if let label {
            let x = grid.put(label, x: 1, y: y, style: app.isPlaying ? palette.accent : palette.plain)
            if cell.status != nil { grid.put("  \(symbols.separator)  ", x: 1 + x, y: y, style: palette.dim) }
        }
        let x = statusX(label: label, symbols: symbols)
        for (row, line) in lines(app, symbols: symbols).enumerated() { grid.put(line, x: x, y: y + row) }
    }
}

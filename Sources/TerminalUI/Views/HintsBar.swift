import Charts

/// The last row: 4–6 key hints for the current context (keys in the accent, words dim),
/// or a notice / refused input in the warning style, wrapped onto up to three rows (the
/// rows above the hints) when it is long.
enum HintsBar {
    /// The most rows a notice takes.
    static let maximumNoticeRows = 3

    /// `notice` wrapped for a `width`-column screen.
    static func noticeLines(_ notice: String, width: Int, symbols: Symbols) -> [String] {
        WrappedText.lines(symbols.text(notice), width: width - 2, maximumLines: maximumNoticeRows,
                          ellipsis: symbols.ellipsis)
    }

    /// Draws the hints of `app`'s active contexts on row `y`, or `notice` on rows ending at `y`.
    static func draw(_ app: NotebookApp, notice: String?, y: Int, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        if let notice {
            let lines = noticeLines(notice, width: grid.width, symbols: symbols)
            let top = y - lines.count + 1
            grid.fill(x: 0, y: top, width: grid.width, height: lines.count, with: .blank)
            for (row, line) in lines.enumerated() { grid.put(line, x: 1, y: top + row, style: palette.warning) }
            return
        }
        grid.fill(x: 0, y: y, width: grid.width, height: 1, with: .blank)
        let hints = app.size.isTooSmall ? [] : Keymap.hints(in: app.activeContexts, isAvailable: app.isAvailable)
        var x = 1
        for hint in hints {
            let label = symbols.unicode ? hint.label : hint.asciiLabel
            let width = displayWidth(of: label) + 1 + displayWidth(of: hint.text)
            if x + width > grid.width - 1 { break }
            x += grid.put(label, x: x, y: y, style: palette.accent)
            x += 1
            x += grid.put(hint.text, x: x, y: y, style: palette.dim)
            x += 3
        }
    }
}

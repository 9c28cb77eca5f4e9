import Charts

/// The last row: 4–6 key hints for the current context (keys in the accent, words dim),
/// or a notice / refused input in the warning style.
enum HintsBar {
    /// Draws the hints of `app`'s active contexts, or `notice`, on row `y`.
    static func draw(_ app: NotebookApp, notice: String?, y: Int, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1, with: .blank)
        if let notice {
            grid.put(" " + symbols.truncated(notice, to: grid.width - 2), x: 0, y: y, style: palette.warning)
            return
        }
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

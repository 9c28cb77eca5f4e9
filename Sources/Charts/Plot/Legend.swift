/// One legend line: a styled symbol (a line stroke, a marker) and the series' name.
public struct LegendEntry: Sendable, Hashable {
    /// What the series looks like on the chart, e.g. `──`, `●`, `*`.
    public var symbol: String
    /// The series' name.
    public var label: String
    /// The symbol's style (usually the series colour).
    public var style: Style

    /// An entry showing `symbol` in `style`, then `label`.
    public init(symbol: String, label: String, style: Style = .plain) {
        self.symbol = symbol
        self.label = label
        self.style = style
    }

    /// Columns the entry takes: symbol, a space, label.
    public var width: Int { displayWidth(of: symbol) + 1 + displayWidth(of: label) }

    /// The entry with its symbol and label as `options` can draw them.
    func drawable(_ options: RenderOptions) -> LegendEntry {
        LegendEntry(symbol: options.drawable(symbol), label: options.drawable(label), style: style)
    }

    /// Draws the entry at (`x`, `y`) within `maxWidth` columns.
    func draw(into grid: inout Grid, x: Int, y: Int, maxWidth: Int, options: RenderOptions) {
        guard maxWidth > 0 else { return }
        let used = grid.put(symbol, x: x, y: y, style: options.color ? style : style.withoutColors, maxWidth: maxWidth)
        let rest = maxWidth - used - 1
        guard rest > 0 else { return }
        let text = TextFit.truncate(label, to: rest, ellipsis: Symbols.for(options).ellipsis)
        grid.put(text, x: x + used + 1, y: y)
    }
}

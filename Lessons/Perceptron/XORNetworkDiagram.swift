import Charts

/// The two-layer XOR network drawn by hand, small enough for the 53×12 cell beside its table:
/// each input wire splits to both first-layer perceptrons (NAND and OR), whose outputs s1 and
/// s2 meet at the AND that gives y. Every value is written on its wire; a 1 is bold and
/// highlighted, a 0 dim.
///
/// ```
/// x1=1─┬───┐
///      │   ├─▶NAND─s1=1─┐
///      │ ┌─┘            │
///      │ │              ├─▶AND─y=1
///      └─┼─┐            │
///        │ ├─▶ OR ─s2=1─┘
/// x2=0───┴─┘
/// ```
struct XORNetworkDiagram: Chart {
    var x1: Int
    var x2: Int
    var s1: Int
    var s2: Int
    var y: Int

    /// The picture with one-character slots for the values: x1 `@`, x2 `#`, s1 `%`, s2 `&`, y `~`.
    static let template = [
        "x1=@─┬───┐",
        "     │   ├─▶NAND─s1=%─┐",
        "     │ ┌─┘            │",
        "     │ │              ├─▶AND─y=~",
        "     └─┼─┐            │",
        "       │ ├─▶ OR ─s2=&─┘",
        "x2=#───┴─┘",
    ]

    /// Columns the picture needs.
    static var width: Int { template.map { $0.count }.max() ?? 0 }

    private static let asciiLines: [Character: Character] = [
        "─": "-", "│": "|", "┬": "+", "┐": "+", "├": "+", "┘": "+", "┌": "+", "└": "+", "┼": "+", "┴": "+", "▶": ">",
    ]

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let values: [Character: Int] = ["@": x1, "#": x2, "%": s1, "&": s2, "~": y]
        let left = max(0, (width - Self.width) / 2)
        let top = max(0, (height - Self.template.count) / 2)
        for (row, line) in Self.template.enumerated() {
            for (column, character) in line.enumerated() {
                if let value = values[character] {
                    let style = value == 1 ? Style(foreground: Palette.accent, bold: true) : Style(dim: true)
                    grid[left + column, top + row] = Glyph(value == 1 ? "1" : "0", options.color ? style : Style(bold: value == 1))
                } else if character != " " {
                    let drawn = options.unicode ? character : (Self.asciiLines[character] ?? character)
                    grid[left + column, top + row] = Glyph(drawn)
                }
            }
        }
        return grid
    }
}

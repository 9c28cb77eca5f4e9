/// A small fully connected network drawn as columns of units (input on the left) joined by
/// edges whose look shows each weight: coloured by sign (blue w > 0, orange w < 0) and by
/// size (weights under 40 % of the largest in their layer gray, under 10 % left out), the
/// strong edges drawn last so they stay on top. Without colour, negative edges are dotted
/// and only the strong ones are drawn. One unit may be highlighted (`◉`, ASCII `@`); a layer
/// with more units than rows shows the first ones and `+n` for the rest.
///
/// For a net's *shape and weights* at a glance (the playground lesson); `GraphDiagram` is for
/// computation graphs of operations.
public struct NetworkDiagram: Chart {
    public var title: String
    /// Units per layer, input first (e.g. [2, 4, 1]).
    public var layers: [Int]
    /// `weights[l][i][j]`: the weight from unit i of layer l to unit j of layer l + 1
    /// (missing or non-finite entries draw no edge).
    public var weights: [[[Double]]]
    /// The highlighted unit as (layer, index), if any.
    public var highlighted: (layer: Int, unit: Int)?

    /// The colour of a positive and of a negative weight.
    public static let positive = Color.blue
    public static let negative = Color.cube(5, 2, 0)
    /// Edges weaker than `weak` × the layer's largest |w| are gray, weaker than `faint` × it not drawn.
    public static let weak = 0.4
    public static let faint = 0.1

    public init(title: String, layers: [Int], weights: [[[Double]]], highlighted: (layer: Int, unit: Int)? = nil) {
        self.title = title
        self.layers = layers
        self.weights = weights
        self.highlighted = highlighted
    }

    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = Plot(title: title)
        plot.border = false
        plot.showXTicks = false
        plot.showYTicks = false
        plot.xLimits = .fixed(0, 1)
        plot.yLimits = .fixed(0, 1)
        let solid = options.unicode ? "──" : "--", dotted = options.unicode ? "··" : ".."
        plot.legend = [LegendEntry(symbol: solid, label: "w > 0", style: .color(Self.positive)),
                       LegendEntry(symbol: options.color ? solid : dotted, label: "w < 0", style: .color(Self.negative))]
        return plot.render(width: width, height: height, options: options) { canvas in draw(&canvas, options: options) }
    }

    /// Where the units of each layer sit: (column, row) per shown unit, and how many are hidden.
    func positions(columns: Int, rows: Int) -> [(cells: [(column: Int, row: Int)], more: Int)] {
        let count = max(1, layers.count)
        return layers.enumerated().map { l, n in
            let fits = n <= rows
            let shown = max(0, fits ? n : rows - 1)
            let column = min(columns - 1, Int((Double(l) + 0.5) * Double(columns) / Double(count)))
            let slots = fits ? shown : shown + 1
            let cells = (0..<shown).map { k in (column, min(rows - 1, Int((Double(k) + 0.5) * Double(rows) / Double(max(1, slots))))) }
            return (cells, n - shown)
        }
    }

    private func draw(_ canvas: inout Canvas, options: RenderOptions) {
        let places = positions(columns: canvas.columns, rows: canvas.rows)
        // Edges: weak first, strong last, so the strong ones stay on top.
        var edges: [(strength: Double, from: (Int, Int), to: (Int, Int), sign: Bool)] = []
        for l in 0..<max(0, min(weights.count, places.count - 1)) {
            let largest = weights[l].flatMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0
            guard largest > 0 else { continue }
            for (i, from) in places[l].cells.enumerated() where i < weights[l].count {
                for (j, to) in places[l + 1].cells.enumerated() where j < weights[l][i].count {
                    let w = weights[l][i][j]
                    guard w.isFinite, abs(w) >= Self.faint * largest else { continue }
                    edges.append((abs(w) / largest, from, to, w > 0))
                }
            }
        }
        for edge in edges.sorted(by: { $0.strength < $1.strength }) {
            let strong = edge.strength >= Self.weak
            guard options.color || strong else { continue }
            let color: Color = strong ? (edge.sign ? Self.positive : Self.negative) : Palette.muted
            let a = canvas.center(column: edge.from.0, row: edge.from.1), b = canvas.center(column: edge.to.0, row: edge.to.1)
            line(&canvas, from: a, to: b, color: color, dotted: !options.color && !edge.sign)
        }
        let sym = options.unicode ? (unit: Character("●"), chosen: Character("◉")) : (unit: Character("o"), chosen: Character("@"))
        for (l, place) in places.enumerated() {
            for (k, cell) in place.cells.enumerated() {
                let chosen = highlighted.map { $0.layer == l && $0.unit == k } ?? false
                canvas.mark(column: cell.column, row: cell.row, Glyph(chosen ? sym.chosen : sym.unit, Style(bold: chosen)))
            }
            if place.more > 0 {
                let text = "+\(place.more)"
                let column = max(0, min(canvas.columns - text.count, (place.cells.first?.column ?? 0) - text.count / 2))
                canvas.text(text, column: column, row: canvas.rows - 1, style: .color(Palette.muted))
            }
        }
    }

    /// A straight line in pixels, every other pixel when `dotted`.
    private func line(_ canvas: inout Canvas, from a: (x: Double, y: Double), to b: (x: Double, y: Double), color: Color, dotted: Bool) {
        let x0 = canvas.pixelX(a.x), y0 = canvas.pixelY(a.y), x1 = canvas.pixelX(b.x), y1 = canvas.pixelY(b.y)
        let steps = max(1, Int(max(abs(x1 - x0), abs(y1 - y0)).rounded()))
        for s in 0...steps where !dotted || s % 2 == 0 {
            let t = Double(s) / Double(steps)
            canvas.setPixel(Int((x0 + t * (x1 - x0)).rounded()), Int((y0 + t * (y1 - y0)).rounded()), color: color)
        }
    }
}

import Charts

/// The four inputs on the unit square with a perceptron's decision line
/// w1·x1 + w2·x2 + b = 0 and its y = 1 half-plane shaded (a dark background in colour,
/// `·` dots without colour), viewed over [−0.5, 1.5]².
///
/// The data area is square on screen — twice as many columns as rows, as terminal cells are
/// about twice as tall as wide — centred across the area it is given and at its top (level
/// with the table beside it), so a 45° line looks 45° at every terminal size.
///
/// Each corner is drawn filled (`●`, ASCII `*`) for a 1 and hollow (`○`, ASCII `o`) for a
/// 0 — the perceptron's output, or the target when the cell is judging the line; a corner
/// marked wrong is drawn in red, the corner being presented in bold reverse.
struct UnitSquarePlot: Chart {
    /// One corner of the square.
    struct Corner {
        var x1: Double
        var x2: Double
        /// Filled (1) or hollow (0).
        var value: Int
        var wrong = false
        var highlighted = false
    }

    var title: String
    /// Whether the title ends with the key of the markers ("● 1  ○ 0").
    var showKey = false
    var perceptron: Perceptron
    var corners: [Corner]
    /// More decision lines drawn over the square (page 3's second hidden unit).
    var extraLines: [Perceptron] = []
    /// Where the shading goes instead of `perceptron`'s y = 1 side (page 3: the band where
    /// the two-layer network outputs 1).
    var region: ((Double, Double) -> Bool)?

    static let window = -0.5...1.5
    static let lineColor = Color.yellow
    static let shadeColor = Palette.regionColor(2)

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let full = renderPlot(width: width, height: height, options: options)
        guard let box = Self.dataBox(in: full), box.rows >= 3 else { return full }
        // Decorations around the data area: tick labels left, borders, title and x axis.
        let extraColumns = width - box.columns, extraRows = height - box.rows
        var rows = box.rows
        if extraColumns + 2 * rows > width { rows = (width - extraColumns) / 2 }
        guard rows >= 3 else { return full }
        let plot = renderPlot(width: extraColumns + 2 * rows, height: extraRows + rows, options: options)
        var grid = Grid(width: width, height: height)
        grid.blit(plot, x: (width - plot.width) / 2, y: 0)
        return grid
    }

    /// The data area inside the border of a rendered plot: its columns and rows (nil when the
    /// plot has no border at this size).
    static func dataBox(in grid: Grid) -> (x: Int, y: Int, columns: Int, rows: Int)? {
        let lines = grid.lines.map(Array.init)
        for (y, line) in lines.enumerated().prefix(2) {
            guard let left = line.firstIndex(where: { $0 == "┌" || $0 == "+" }),
                  let right = line.lastIndex(where: { $0 == "┐" || $0 == "+" }), right > left + 1,
                  let bottom = lines.indices.dropFirst(y + 1).first(where: { lines[$0].count > right && (lines[$0][right] == "┘" || lines[$0][right] == "+") })
            else { continue }
            return (left + 1, y + 1, right - left - 1, bottom - y - 1)
        }
        return nil
    }

    /// The plot filling exactly `width` × `height`.
    private func renderPlot(width: Int, height: Int, options: RenderOptions) -> Grid {
        let key = options.unicode ? "● 1  ○ 0" : "* 1  o 0"
        var plot = Plot(title: showKey ? title + ": " + key : title, xLabel: "x1", yLabel: "x2")
        plot.xLimits = .fixed(Self.window.lowerBound, Self.window.upperBound)
        plot.yLimits = .fixed(Self.window.lowerBound, Self.window.upperBound)
        plot.xAxis = Axis(range: Self.window, ticks: [0, 1], labels: ["0", "1"])
        return plot.render(width: width, height: height, options: options) { canvas in
            shade(&canvas, options: options)
            for line in [perceptron] + extraLines {
                if let (a, b) = Self.lineEnds(of: line, xRange: canvas.xRange, yRange: canvas.yRange) {
                    canvas.line(from: a.x, a.y, to: b.x, b.y, color: Self.lineColor)
                }
            }
            for corner in corners {
                let character: Character = options.unicode ? (corner.value == 1 ? "●" : "○") : (corner.value == 1 ? "*" : "o")
                var style = Style(foreground: corner.wrong ? .brightRed : (corner.value == 1 ? .brightWhite : .white), bold: true)
                if corner.highlighted { style.reverse = true }
                canvas.mark(corner.x1, corner.x2, Glyph(character, style))
            }
        }
    }

    /// Shades every cell whose centre the perceptron maps to 1.
    private func shade(_ canvas: inout Canvas, options: RenderOptions) {
        let dot: Character = options.unicode ? "·" : "."
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                let c = canvas.center(column: column, row: row)
                guard region?(c.x, c.y) ?? (perceptron.output(c.x, c.y) == 1) else { continue }
                if options.color {
                    canvas.background(column: column, row: row, Self.shadeColor)
                } else {
                    canvas.backdrop(column: column, row: row, Glyph(dot))
                }
            }
        }
    }

    /// Where `perceptron`'s line w1·x1 + w2·x2 + b = 0 crosses the edges of the view (solved for x2
    /// when it is steeper in x1, else for x1); nil when w1 = w2 = 0 or a value is not finite.
    static func lineEnds(of perceptron: Perceptron, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>)
        -> ((x: Double, y: Double), (x: Double, y: Double))? {
        let w1 = perceptron.w1, w2 = perceptron.w2, b = perceptron.b
        guard w1.isFinite, w2.isFinite, b.isFinite, !perceptron.hasNoLine else { return nil }
        if abs(w2) >= abs(w1) {
            let y = { (x: Double) in -(w1 * x + b) / w2 }
            return ((xRange.lowerBound, y(xRange.lowerBound)), (xRange.upperBound, y(xRange.upperBound)))
        }
        let x = { (y: Double) in -(w2 * y + b) / w1 }
        return ((x(yRange.lowerBound), yRange.lowerBound), (x(yRange.upperBound), yRange.upperBound))
    }
}

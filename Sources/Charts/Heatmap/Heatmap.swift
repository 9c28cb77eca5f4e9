/// A matrix drawn as an image: digits (28×28), filters (5×5), feature maps, weights.
///
/// With Unicode and colour each matrix element is a square pixel of a half-block canvas
/// (`▀`, 1 column × ½ row), scaled up by a whole factor when there is room and sampled down
/// when there is not; a colour bar labels the minimum and maximum. Without colour the elements
/// become shade characters (` ░▒▓█`, or ` .:-=+*#%@` in ASCII), two columns per element so
/// they stay square. With `showValues` small matrices print their numbers instead, each on a
/// background of its colour. `highlight` frames a block of elements (a receptive field, the
/// selected output cell): a yellow outline on the image, reverse video on shade characters,
/// `[ ]` brackets around printed values.
public struct Heatmap: Chart, Sendable {
    public var title: String
    /// Rows of the matrix.
    public let rows: Int
    /// Columns of the matrix.
    public let columns: Int
    /// Row-major values, `rows * columns` of them.
    public var values: [Double]
    /// `.gray` (black … white) or `.diverging` (blue … white … red, symmetric around 0).
    public var palette: Palette = .gray
    /// The values mapped to the palette's ends (nil: the finite minimum and maximum, or
    /// ±max|v| for a diverging palette).
    public var range: ClosedRange<Double>?
    /// A block of elements to frame.
    public var highlight: MatrixRect?
    /// Print each element's value (falls back to the image when the numbers do not fit).
    public var showValues = false
    /// Significant digits of printed values.
    public var valueDigits = 2
    /// A colour bar right of the matrix, when there is room for it.
    public var showColorBar = true
    /// For a diverging palette: a one-line `ColorKey` under the matrix (`█ −0.52  █ 0  █ +0.52`)
    /// when no colour bar is drawn beside it and the key fits the width: an image or shades
    /// with three rows or more keep one of them for it; printed values get it (for their
    /// background colours, so only with colour) when a row is free below them. So the signs
    /// of the colours are explained in narrow cells too.
    public var showColorKey = true

    /// A heatmap of `values` (row-major, padded with NaN or cut to `rows * columns`).
    public init(title: String = "", rows: Int, columns: Int, values: [Double]) {
        self.title = title
        self.rows = Swift.max(0, rows)
        self.columns = Swift.max(0, columns)
        let n = self.rows * self.columns
        self.values = Array(values.prefix(n)) + [Double](repeating: .nan, count: Swift.max(0, n - values.count))
    }

    /// A heatmap of a matrix given as rows (short rows are padded with NaN).
    public init(title: String = "", matrix: [[Double]]) {
        let c = matrix.map(\.count).max() ?? 0
        self.init(title: title, rows: matrix.count, columns: c,
                  values: matrix.flatMap { $0 + [Double](repeating: .nan, count: c - $0.count) })
    }

    /// The value range mapped onto the palette.
    public var resolvedRange: ClosedRange<Double> {
        if let range { return range }
        let e = DataExtent(values)
        if e.isEmpty { return 0...1 }
        if palette.isDiverging {
            let m = Swift.max(abs(e.lower), abs(e.upper))
            return m > 0 ? -m...m : -1...1
        }
        return e.upper > e.lower ? e.lower...e.upper : (e.lower - 1)...(e.upper + 1)
    }

    /// The element at (`row`, `column`).
    public func value(row: Int, column: Int) -> Double { values[row * columns + column] }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let sym = Symbols.for(options)
        let title = options.drawable(self.title)
        var top = 0
        if !title.isEmpty && grid.height >= 3 {
            grid.put(TextFit.truncate(title, to: grid.width, ellipsis: sym.ellipsis), x: 0, y: 0, style: Style(bold: true))
            top = 1
        }
        guard rows > 0, columns > 0 else { return grid }
        let range = resolvedRange
        let bar = ColorBar(palette: palette, range: range)
        let barWidth = showColorBar && grid.width >= bar.width + 8 ? bar.width + 1 : 0
        let key = ColorKey(palette: palette, range: range)
        let wantsKey = barWidth == 0 && showColorKey && palette.isDiverging
            && !key.layout(width: grid.width, options: options).text.isEmpty
        let full = (width: grid.width - barWidth, height: grid.height - top)
        var drawn: (columns: Int, rows: Int)
        var showKey = false
        if showValues, let size = drawValues(into: &grid, x: 0, y: top, area: full, range: range, options: options) {
            // Printed numbers need a key only for their background colours, below them if a row is free.
            drawn = size
            showKey = wantsKey && options.color && drawn.rows < full.height
        } else {
            // Images and shades keep a row for the key when they have three or more.
            let keyRow = wantsKey && full.height >= 3 ? 1 : 0
            let area = (width: full.width, height: full.height - keyRow)
            if options.unicode && options.color {
                drawn = drawImage(into: &grid, x: 0, y: top, area: area, range: range, options: options)
            } else {
                drawn = drawShades(into: &grid, x: 0, y: top, area: area, range: range, options: options)
            }
            showKey = keyRow > 0
        }
        if barWidth > 0 && drawn.rows > 0 {
            bar.draw(into: &grid, x: drawn.columns + 1, y: top, rows: Swift.max(drawn.rows, Swift.min(2, full.height)),
                     options: options)
        } else if showKey && drawn.rows > 0 {
            grid.blit(key.render(width: grid.width, height: 1, options: options), x: 0, y: top + drawn.rows)
        }
        return grid
    }

    /// The normalised position of `v` in `range` (0…1; NaN stays NaN).
    func level(_ v: Double, _ range: ClosedRange<Double>) -> Double {
        (v - range.lowerBound) / (range.upperBound - range.lowerBound)
    }
}

/// A block of matrix elements: rows `row ..< row + height`, columns `column ..< column + width`.
public struct MatrixRect: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    /// The block of `height` × `width` elements whose top-left is (`row`, `column`).
    public init(row: Int, column: Int, height: Int = 1, width: Int = 1) {
        self.row = row
        self.column = column
        self.height = height
        self.width = width
    }

    /// Whether the element (`r`, `c`) lies in the block.
    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < row + height && c >= column && c < column + width
    }
}

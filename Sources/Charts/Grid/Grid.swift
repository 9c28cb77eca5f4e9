/// A rectangle of styled glyphs: what every chart renders to, what a lesson cell returns,
/// and what the terminal layer diffs onto the screen (or prints as text, headless).
///
/// Coordinates are columns (x, left to right) and rows (y, top to bottom), from 0. A wide
/// character (CJK, most emoji) occupies two columns: its glyph stands in the left one and
/// the right one holds `Glyph.continuation`. Writing outside the grid is clipped silently.
public struct Grid: Sendable, Equatable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major glyphs, `width * height` of them.
    public private(set) var glyphs: [Glyph]

    /// A grid filled with `fill` (a blank by default).
    public init(width: Int, height: Int, fill: Glyph = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        self.glyphs = [Glyph](repeating: fill, count: self.width * self.height)
    }

    /// The glyph at column `x`, row `y` (a blank outside the grid).
    public subscript(x: Int, y: Int) -> Glyph {
        get { contains(x: x, y: y) ? glyphs[y * width + x] : .blank }
        set { if contains(x: x, y: y) { glyphs[y * width + x] = newValue } }
    }

    /// Whether (x, y) lies inside the grid.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` starting at (x, y) on one row, clipped to the grid. Wide characters take
    /// two columns; one that would be cut in half at the right edge is replaced by a space.
    /// With `maxWidth` the text is fitted: when it does not fit in `maxWidth` columns (or
    /// the grid's edge) it is cut with an ellipsis (`…`, or `...` for ASCII-only text), and
    /// a word holding a digit is dropped whole rather than cut (see `TextFit.truncate`), so a
    /// number is never shown shortened. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = Swift.min(width, maxWidth.map { x + $0 } ?? width)
        if maxWidth != nil, displayWidth(of: text) > limit - x, limit > x {
            let ascii = text.utf8.allSatisfy { $0 < 0x80 }
            let fitted = TextFit.truncate(text, to: limit - x, ellipsis: ascii ? "..." : "…")
            return put(fitted, x: x, y: y, style: style)
        }
        var col = x
        for ch in text {
            let w = displayWidth(of: ch)
            if w == 0 { continue }
            if col + w > limit {
                if w == 2 && col < limit && col >= 0 { self[col, y] = Glyph(" ", style) ; col += 1 }
                break
            }
            if col >= 0 {
                self[col, y] = Glyph(ch, style)
                if w == 2 { self[col + 1, y] = .continuation }
            }
            col += w
        }
        return Swift.max(0, col - x)
    }

    /// Copies `other` onto this grid with its top-left corner at (x, y), clipped.
    public mutating func blit(_ other: Grid, x: Int, y: Int) {
        for row in 0..<other.height {
            for col in 0..<other.width {
                self[x + col, y + row] = other[col, row]
            }
        }
    }

    /// Fills a rectangle with `glyph`, clipped.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with glyph: Glyph) {
        for row in Swift.max(0, y)..<Swift.max(Swift.max(0, y), Swift.min(height, y + h)) {
            for col in Swift.max(0, x)..<Swift.max(Swift.max(0, x), Swift.min(width, x + w)) {
                glyphs[row * width + col] = glyph
            }
        }
    }

    /// Sets the style of every glyph in a rectangle, keeping the characters (e.g. a selection
    /// highlight), clipped.
    public mutating func restyle(x: Int, y: Int, width w: Int, height h: Int, _ transform: (Style) -> Style) {
        for row in Swift.max(0, y)..<Swift.max(Swift.max(0, y), Swift.min(height, y + h)) {
            for col in Swift.max(0, x)..<Swift.max(Swift.max(0, x), Swift.min(width, x + w)) {
                glyphs[row * width + col].style = transform(glyphs[row * width + col].style)
            }
        }
    }

    /// The characters of row `y` as plain text, exactly `width` columns wide.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let g = glyphs[y * width + x]
            if g.isContinuation { continue }
            s.append(g.character)
        }
        return s
    }

    /// Every row as plain text (styles dropped), each exactly `width` columns wide.
    public var lines: [String] { (0..<height).map(line) }

    /// The grid as plain text: rows joined by newlines (no trailing newline).
    public var text: String { lines.joined(separator: "\n") }
}

/// Drawing in data coordinates: lines, points, markers and text. Everything is clipped to the
/// canvas and silently skips non-finite coordinates.
extension Canvas {
    /// Draws a straight line from (`x0`, `y0`) to (`x1`, `y1`) in data coordinates.
    public mutating func line(from x0: Double, _ y0: Double, to x1: Double, _ y1: Double, color: Color? = nil) {
        linePixels(from: pixelX(x0), pixelY(y0), to: pixelX(x1), pixelY(y1), color: color)
    }

    /// Draws a line between continuous pixel positions (0 = centre of the first pixel): one
    /// pixel per whole step along the longer axis (DDA), the other coordinate rounded. Only the
    /// steps inside the canvas are visited, so far-away endpoints cost nothing, and clipping
    /// never shifts the pixels a line would have inside.
    public mutating func linePixels(from px0: Double, _ py0: Double, to px1: Double, _ py1: Double, color: Color?) {
        guard px0.isFinite, py0.isFinite, px1.isFinite, py1.isFinite else { return }
        let dx = px1 - px0, dy = py1 - py0
        if abs(dx) >= abs(dy) {
            let (xa, ya, xb, yb) = dx >= 0 ? (px0, py0, px1, py1) : (px1, py1, px0, py0)
            let slope = xb > xa ? (yb - ya) / (xb - xa) : 0
            let first = Swift.max(0, xa.rounded()), last = Swift.min(Double(pixelWidth - 1), xb.rounded())
            guard first <= last else { return }
            for x in Int(first)...Int(last) {
                let y = (ya + (Double(x) - xa) * slope).rounded()
                if y >= 0 && y < Double(pixelHeight) { setPixel(x, Int(y), color: color) }
            }
        } else {
            let (ya, xa, yb, xb) = dy >= 0 ? (py0, px0, py1, px1) : (py1, px1, py0, px0)
            let slope = (xb - xa) / (yb - ya)
            let first = Swift.max(0, ya.rounded()), last = Swift.min(Double(pixelHeight - 1), yb.rounded())
            guard first <= last else { return }
            for y in Int(first)...Int(last) {
                let x = (xa + (Double(y) - ya) * slope).rounded()
                if x >= 0 && x < Double(pixelWidth) { setPixel(Int(x), y, color: color) }
            }
        }
    }

    /// Draws a polyline through the points `(xs[i], ys[i])`; a non-finite point breaks it.
    public mutating func polyline(xs: [Double], ys: [Double], color: Color? = nil) {
        let n = Swift.min(xs.count, ys.count)
        var hasPrevious = false
        var ppx = 0.0, ppy = 0.0
        for i in 0..<n {
            let x = xs[i], y = ys[i]
            guard x.isFinite, y.isFinite else { hasPrevious = false; continue }
            let px = pixelX(x), py = pixelY(y)
            if hasPrevious {
                linePixels(from: ppx, ppy, to: px, py, color: color)
            } else {
                setPixel(Int(px.rounded()), Int(py.rounded()), color: color)
            }
            ppx = px; ppy = py; hasPrevious = true
        }
    }

    /// Sets the single pixel at data (`x`, `y`).
    public mutating func point(_ x: Double, _ y: Double, color: Color? = nil) {
        guard x.isFinite, y.isFinite else { return }
        let px = pixelX(x), py = pixelY(y)
        guard abs(px) < 1e9, abs(py) < 1e9 else { return }
        setPixel(Int(px.rounded()), Int(py.rounded()), color: color)
    }

    /// Shows `glyph` in the cell holding data (`x`, `y`), over any pixels (a marker). Pixels
    /// drawn into that cell later replace it: the canvas paints in order.
    public mutating func mark(_ x: Double, _ y: Double, _ glyph: Glyph) {
        guard x.isFinite, y.isFinite else { return }
        mark(column: column(for: x), row: row(for: y), glyph)
    }

    /// Shows `glyph` in cell (`column`, `row`), over any pixels.
    public mutating func mark(column: Int, row: Int, _ glyph: Glyph) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        if overlay.isEmpty { overlay = [Glyph?](repeating: nil, count: columns * rows) }
        overlay[row * columns + column] = glyph
    }

    /// Writes `text` over the canvas starting at cell (`column`, `row`), clipped to its row.
    /// Wide characters take two cells.
    public mutating func text(_ text: String, column: Int, row: Int, style: Style = .plain) {
        var col = column
        for ch in text {
            let w = displayWidth(of: ch)
            if w == 0 { continue }
            if col + w > columns { break }
            if col >= 0 {
                mark(column: col, row: row, Glyph(ch, style))
                if w == 2 { mark(column: col + 1, row: row, .continuation) }
            }
            col += w
        }
    }

    /// Shows `glyph` in cell (`column`, `row`) only if nothing else ends up drawn there
    /// (grid dots, rules, region shading).
    public mutating func backdrop(column: Int, row: Int, _ glyph: Glyph) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        if backdrop.isEmpty { backdrop = [Glyph?](repeating: nil, count: columns * rows) }
        backdrop[row * columns + column] = glyph
    }

    /// Gives cell (`column`, `row`) a background colour (regions, filled contours).
    public mutating func background(column: Int, row: Int, _ color: Color?) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        if backgrounds.isEmpty { backgrounds = [Color?](repeating: nil, count: columns * rows) }
        backgrounds[row * columns + column] = color
    }

    /// A dashed vertical rule at data `x` (event markers): every other pixel on braille and
    /// block canvases; `┊` or `:` on empty cells of the others.
    public mutating func verticalRule(at x: Double, color: Color?, options: RenderOptions) {
        guard x.isFinite else { return }
        let px = Int(pixelX(x).rounded())
        guard px >= 0, px < pixelWidth else { return }
        switch kind {
        case .braille, .block:
            var py = 0
            while py < pixelHeight { setPixel(px, py, color: color); py += 2 }
        case .ascii, .density:
            let c = px / pixelsX
            let glyph = Glyph(options.unicode ? "┊" : ":", color.map(Style.color) ?? .plain)
            for r in 0..<rows { backdrop(column: c, row: r, glyph) }
        }
    }
}

/// The three ways a heatmap draws its matrix: a half-block image, shade characters, numbers.
extension Heatmap {
    /// Elements as square pixels of a half-block canvas, scaled by a whole factor (or sampled
    /// down), framed in the accent colour around `highlight`. Returns the size drawn.
    func drawImage(into grid: inout Grid, x: Int, y: Int, area: (width: Int, height: Int),
                   range: ClosedRange<Double>, options: RenderOptions) -> (columns: Int, rows: Int) {
        let margin = highlight == nil ? 0 : 1
        let pw = area.width - 2 * margin, ph = area.height * 2 - 2 * margin
        guard pw > 0, ph > 0 else { return (0, 0) }
        var f = Swift.min(Double(pw) / Double(columns), Double(ph) / Double(rows))
        if f >= 1 { f = f.rounded(.down) }
        let iw = Swift.max(1, Int(Double(columns) * f)), ih = Swift.max(1, Int(Double(rows) * f))
        var canvas = Canvas(kind: .block, columns: iw + 2 * margin, rows: (ih + 2 * margin + 1) / 2,
                            xRange: 0...1, yRange: 0...1)
        for py in 0..<ih {
            let r = Swift.min(rows - 1, Int(Double(py) / f))
            for px in 0..<iw {
                let c = Swift.min(columns - 1, Int(Double(px) / f))
                let v = values[r * columns + c]
                guard v.isFinite else { continue }
                canvas.paint(px + margin, py + margin, palette.color(at: level(v, range)))
            }
        }
        if let h = highlight {
            let x0 = Int(Double(h.column) * f) + margin - 1, x1 = Int(Double(h.column + h.width) * f) + margin
            let y0 = Int(Double(h.row) * f) + margin - 1, y1 = Int(Double(h.row + h.height) * f) + margin
            for px in x0...Swift.max(x0, x1) { canvas.paint(px, y0, Palette.accent); canvas.paint(px, y1, Palette.accent) }
            for py in y0...Swift.max(y0, y1) { canvas.paint(x0, py, Palette.accent); canvas.paint(x1, py, Palette.accent) }
        }
        canvas.render(into: &grid, x: x, y: y, options: options)
        return (canvas.columns, canvas.rows)
    }

    /// Elements as shade characters, two columns by one row each at scale 1 (scaled by a
    /// whole factor, or sampled down); highlighted elements in reverse video.
    func drawShades(into grid: inout Grid, x: Int, y: Int, area: (width: Int, height: Int),
                    range: ClosedRange<Double>, options: RenderOptions) -> (columns: Int, rows: Int) {
        guard area.width > 0, area.height > 0 else { return (0, 0) }
        var f = Swift.min(Double(area.width) / Double(2 * columns), Double(area.height) / Double(rows))
        if f >= 1 { f = f.rounded(.down) }
        let w = Swift.max(1, Int(Double(2 * columns) * f)), h = Swift.max(1, Int(Double(rows) * f))
        for cy in 0..<h {
            let r = Swift.min(rows - 1, Int(Double(cy) / f))
            for cx in 0..<w {
                let c = Swift.min(columns - 1, Int(Double(cx) / (2 * f)))
                let t = level(values[r * columns + c], range)
                var style = options.color && t.isFinite ? Style(foreground: palette.color(at: t)) : Style.plain
                if highlight?.contains(row: r, column: c) == true { style.reverse = true }
                grid[x + cx, y + cy] = Glyph(Shades.character(for: t, unicode: options.unicode), style)
            }
        }
        return (w, h)
    }

    /// Elements as numbers, `[value]` for highlighted ones, on their palette colour; nil when
    /// they do not fit.
    func drawValues(into grid: inout Grid, x: Int, y: Int, area: (width: Int, height: Int),
                    range: ClosedRange<Double>, options: RenderOptions) -> (columns: Int, rows: Int)? {
        let labels = values.map { NumberFormat.compact($0, significant: valueDigits) }
        let labelWidth = labels.reduce(1) { Swift.max($0, displayWidth(of: $1)) }
        let cell = labelWidth + 2
        guard columns * cell <= area.width, rows <= area.height else { return nil }
        for r in 0..<rows {
            for c in 0..<columns {
                let i = r * columns + c
                let t = level(values[i], range)
                let marked = highlight?.contains(row: r, column: c) == true
                var style = Style(bold: marked)
                if options.color && t.isFinite {
                    style.background = palette.color(at: t)
                    let lightness = palette.isDiverging ? 1 - 2 * abs(t - 0.5) : t
                    style.foreground = lightness > 0.5 ? Color(index: 16) : Color(index: 231)
                }
                let pad = String(repeating: " ", count: labelWidth - displayWidth(of: labels[i]))
                let text = (marked ? "[" : " ") + pad + labels[i] + (marked ? "]" : " ")
                grid.put(text, x: x + c * cell, y: y + r, style: style)
            }
        }
        return (columns * cell, rows)
    }
}

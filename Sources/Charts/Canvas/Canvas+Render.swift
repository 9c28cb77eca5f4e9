/// Turning a canvas into glyphs.
extension Canvas {
    /// Writes the canvas into `grid` with its top-left cell at (`x`, `y`), clipped. Per cell,
    /// the first of these that exists is drawn: a marker/text glyph, the pixels (in the kind's
    /// characters and the colour last drawn there), a backdrop glyph, a background colour.
    /// Empty cells are left untouched. Without `options.color` no colours are written; without
    /// `options.unicode` every kind falls back to ASCII characters, and so do marker and text
    /// glyphs (see `asciiStandIn(for:)`).
    public func render(into grid: inout Grid, x: Int, y: Int, options: RenderOptions) {
        let useColor = options.color, unicode = options.unicode
        let hasOverlay = !overlay.isEmpty, hasBackdrop = !backdrop.isEmpty
        let hasBackgrounds = useColor && !backgrounds.isEmpty
        for row in 0..<rows {
            let gy = y + row
            if gy < 0 || gy >= grid.height { continue }
            var keptWide = false
            for col in 0..<columns {
                let gx = x + col
                if gx < 0 || gx >= grid.width { continue }
                let cell = row * columns + col
                let bg: Color? = hasBackgrounds ? backgrounds[cell] : nil
                var glyph: Glyph
                if hasOverlay, let g = overlay[cell] {
                    glyph = useColor ? g : Glyph(g.character, g.style.withoutColors)
                } else if let g = pixelGlyph(cell: cell, column: col, row: row, useColor: useColor, unicode: unicode) {
                    glyph = g
                } else if hasBackdrop, let g = backdrop[cell] {
                    glyph = useColor ? g : Glyph(g.character, g.style.withoutColors)
                } else if bg != nil {
                    glyph = .blank
                } else {
                    continue
                }
                if !unicode && !glyph.character.isASCII {
                    glyph.character = Canvas.asciiStandIn(for: glyph.character)
                    keptWide = displayWidth(of: glyph.character) == 2
                } else if !unicode && glyph.isContinuation {
                    // The right half of a Chinese character kept whole stays (see
                    // `asciiStandIn(for:)`); of anything else it becomes a space.
                    if !keptWide { glyph.character = " " }
                    keptWide = false
                } else {
                    keptWide = false
                }
                if let bg, glyph.style.background == nil, !glyph.isContinuation { glyph.style.background = bg }
                grid[gx, gy] = glyph
            }
        }
    }

    /// What an ASCII render shows for a marker or text glyph placed in a cell: a non-ASCII
    /// character as its one-character ASCII spelling (`×` → `*`, `−` → `-`), or `?` when that
    /// spelling is longer (`σ`); a Chinese character as itself (it is words, not drawing);
    /// the right half of a wide character as a space. (Charts spell
    /// their text with `RenderOptions.drawable(_:)` before putting it on a canvas; this keeps
    /// glyphs placed by other callers from reaching an ASCII terminal.)
    static func asciiStandIn(for c: Character) -> Character {
        if c == Glyph.continuation.character { return " " }
        let s = ASCIITransliteration.transliterate(c, before: nil)
        return s.count == 1 ? s.first! : "?"
    }

    /// The canvas alone as a grid of `columns` × `rows`.
    public func grid(options: RenderOptions) -> Grid {
        var g = Grid(width: columns, height: rows)
        render(into: &g, x: 0, y: 0, options: options)
        return g
    }

    @inline(__always)
    func pixelGlyph(cell: Int, column: Int, row: Int, useColor: Bool, unicode: Bool) -> Glyph? {
        switch kind {
        case .braille:
            let b = bits[cell]
            if b == 0 { return nil }
            let ch = unicode ? Canvas.brailleCharacters[Int(b)] : Canvas.asciiCharacters[Int(Canvas.asciiBits(ofBraille: b))]
            return Glyph(ch, Canvas.foreground(cellColors[cell], useColor))
        case .ascii:
            let b = bits[cell]
            if b == 0 { return nil }
            return Glyph(Canvas.asciiCharacters[Int(b)], Canvas.foreground(cellColors[cell], useColor))
        case .density:
            let c = counts[cell]
            if c == 0 { return nil }
            return Glyph(Canvas.densityCharacter(count: c, unicode: unicode), Canvas.foreground(cellColors[cell], useColor))
        case .block:
            return blockGlyph(bits: bits[cell], column: column, row: row, useColor: useColor, unicode: unicode)
        }
    }

    @inline(__always)
    static func foreground(_ c: Color?, _ useColor: Bool) -> Style {
        guard useColor, let c else { return .plain }
        return Style(foreground: c)
    }
}

extension Style {
    /// This style with its colours removed (attributes kept).
    var withoutColors: Style {
        var s = self
        s.foreground = nil
        s.background = nil
        return s
    }
}

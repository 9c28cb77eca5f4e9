/// Half-block cells: 1 × 2 pixels per cell, the top pixel drawn as the foreground of `▀` and
/// the bottom one as its background, so every pixel keeps its own colour (images, heatmaps).
extension Canvas {
    /// Sets the pixel at (`px`, `py`) of a block canvas to `color` (any kind works, but only
    /// block canvases keep one colour per pixel).
    public mutating func paint(_ px: Int, _ py: Int, _ color: Color) {
        setPixel(px, py, color: color)
    }

    func blockGlyph(bits b: UInt16, column: Int, row: Int, useColor: Bool, unicode: Bool) -> Glyph? {
        if b == 0 { return nil }
        if !unicode { return Glyph(b == 1 ? "'" : b == 2 ? "." : ":") }
        let top = pixelColors[(row * 2) * pixelWidth + column]
        let bottom = pixelColors[(row * 2 + 1) * pixelWidth + column]
        switch b {
        case 1: return Glyph("▀", Canvas.foreground(top, useColor))
        case 2: return Glyph("▄", Canvas.foreground(bottom, useColor))
        default:
            guard useColor, top != bottom else { return Glyph("█", Canvas.foreground(top, useColor)) }
            guard let top else { return Glyph("▄", Style(foreground: bottom)) }
            return Glyph("▀", Style(foreground: top, background: bottom))
        }
    }
}

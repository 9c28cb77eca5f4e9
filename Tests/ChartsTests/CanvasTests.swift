import Testing
@testable import Charts

/// Canvases: exact characters for lines and points in each kind, clipping, non-finite input.
@Suite struct CanvasTests {
    @Test func brailleDiagonalAndPoint() {
        // 4×2 cells = 8×8 pixels over 0…7 × 0…7: the diagonal visits pixel (i, 7−i).
        var c = Canvas(kind: .braille, columns: 4, rows: 2, xRange: 0...7, yRange: 0...7)
        c.line(from: 0, 0, to: 7, 7)
        c.point(0, 7)
        #expect(c.grid(options: .standard).lines == [
            "⠁ ⡠⠊",
            "⡠⠊  ",
        ])
    }

    @Test func nonFinitePointsAndLinesAreSkipped() {
        var c = Canvas(kind: .braille, columns: 4, rows: 2, xRange: 0...7, yRange: 0...7)
        c.point(.nan, 3)
        c.point(2, .infinity)
        c.line(from: 0, .infinity, to: 3, 3)
        c.line(from: .nan, 0, to: 7, 7)
        #expect(c.grid(options: .standard).lines == ["    ", "    "])
    }

    @Test func asciiLinePointAndCrossing() {
        // 4×2 cells = 12×6 pixels: a rising line reads as slashes, a lone top-left pixel as '.
        var a = Canvas(kind: .ascii, columns: 4, rows: 2, xRange: 0...11, yRange: 0...5)
        a.line(from: 0, 0, to: 11, 5)
        a.point(0, 5)
        #expect(a.grid(options: .ascii).lines == [
            "' //",
            "//  ",
        ])
        var b = Canvas(kind: .ascii, columns: 6, rows: 3, xRange: 0...17, yRange: 0...8)
        b.line(from: 0, 4, to: 17, 4)
        b.line(from: 8, 0, to: 8, 8)
        b.line(from: 0, 0, to: 8, 8)
        #expect(b.grid(options: .ascii).lines == [
            "  |   ",
            "------",
            "/ |   ",
        ])
    }

    @Test func clippingKeepsThePixelsInside() {
        // A line from far outside draws exactly the pixels of the in-range diagonal.
        var b = Canvas(kind: .braille, columns: 6, rows: 3, xRange: 0...11, yRange: 0...11)
        b.line(from: 0, 5.5, to: 11, 5.5)
        b.line(from: -100, -100, to: 100, 100)
        #expect(b.grid(options: .standard).lines == [
            "    ⡠⠊",
            "⠤⠤⡤⠮⠤⠤",
            "⡠⠊    ",
        ])
        // The same braille canvas without Unicode falls back to ASCII characters.
        #expect(b.grid(options: .ascii).lines == [
            "    //",
            "------",
            "//    ",
        ])
    }

    @Test func blockCanvasKeepsOneColourPerPixel() {
        var c = Canvas(kind: .block, columns: 3, rows: 1, xRange: 0...2, yRange: 0...1)
        c.paint(0, 0, .red)
        c.paint(1, 1, .blue)
        c.paint(2, 0, .red)
        c.paint(2, 1, .blue)
        let g = c.grid(options: .standard)
        #expect(g.lines == ["▀▄▀"])
        #expect(g[0, 0].style == Style(foreground: .red))
        #expect(g[1, 0].style == Style(foreground: .blue))
        #expect(g[2, 0].style == Style(foreground: .red, background: .blue))
        #expect(c.grid(options: RenderOptions(unicode: true, color: false))[2, 0] == Glyph("█"))
    }

    @Test func densityShadesByHitCount() {
        var d = Canvas(kind: .density, columns: 5, rows: 1, xRange: 0...4, yRange: 0...1)
        for (x, n) in [(0.0, 1), (1, 2), (2, 4), (3, 8)] { for _ in 0..<n { d.point(x, 0.5) } }
        #expect(d.grid(options: .standard).lines == ["░▒▓█ "])
        #expect(d.grid(options: .ascii).lines == [".:+# "])
    }

    @Test func cellColourIsTheLastDrawn() {
        var c = Canvas(kind: .braille, columns: 1, rows: 1, xRange: 0...1, yRange: 0...1)
        c.point(0, 0, color: .red)
        c.point(1, 1, color: .green)
        let g = c.grid(options: .standard)
        #expect(g[0, 0] == Glyph("⡈", Style(foreground: .green)))
        #expect(c.grid(options: RenderOptions(unicode: true, color: false))[0, 0] == Glyph("⡈"))
    }

    @Test func markersWinOverPixelsUntilPixelsAreDrawnAgain() {
        var c = Canvas(kind: .braille, columns: 3, rows: 1, xRange: 0...5, yRange: 0...3)
        c.line(from: 0, 0, to: 5, 0)
        c.mark(2.5, 0, Glyph("●"))
        c.text("ab", column: 0, row: 0)
        #expect(c.grid(options: .standard).lines == ["ab⣀"])
        c.line(from: 0, 3, to: 5, 3)
        #expect(c.grid(options: .standard).lines == ["⣉⣉⣉"])
    }

    @Test func dataToCellMapping() {
        let c = Canvas(kind: .braille, columns: 10, rows: 5, xRange: 0...1, yRange: -1...1)
        #expect(c.column(for: 0) == 0)
        #expect(c.column(for: 1) == 9)
        #expect(c.column(for: 0.5) == 5)
        #expect(c.row(for: 1) == 0)
        #expect(c.row(for: -1) == 4)
        #expect(c.column(for: 2) > 9)
        let centre = c.center(column: 0, row: 4)
        #expect(abs(centre.x - 0.5 / 19) < 1e-12)
        #expect(abs(centre.y - (-1 + 1.5 / 19 * 2)) < 1e-12)
    }

    @Test func asciiPatternRules() {
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("000/000/000")) == " ")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("100/000/000")) == "'")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("000/011/000")) == "-")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("000/000/010")) == ".")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("000/000/111")) == "_")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("100/100/000")) == "|")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("110/001/000")) == "\\")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("010/111/010")) == "+")
        #expect(Canvas.asciiCharacter(forPattern: Canvas.pattern("111/111/111")) == "#")
    }
}

import Testing
@testable import Charts

/// Heatmaps: shade characters, half-block images, printed values, highlights, colour bar.
@Suite struct HeatmapTests {
    let ramp = Heatmap(title: "4x4", rows: 4, columns: 4, values: (0..<16).map(Double.init))

    @Test func asciiShadesWithColourBar() {
        // 0…15 over " .:-=+*#%@": two columns per element, the bar labelled max and min.
        #expect(ramp.render(width: 20, height: 6, options: .ascii).lines == [
            "4x4                 ",
            "  ....:: %% 15      ",
            "::--==== **         ",
            "++++**## --         ",
            "##%%%%@@ .. 0       ",
            "                    ",
        ])
    }

    @Test func unicodeWithoutColourUsesBlockShades() {
        #expect(ramp.render(width: 20, height: 6, options: RenderOptions(unicode: true, color: false)).lines == [
            "4x4                 ",
            "    ░░░░ ██ 15      ",
            "░░░░▒▒▒▒ ▓▓         ",
            "▒▒▒▒▓▓▓▓ ░░         ",
            "▓▓▓▓████    0       ",
            "                    ",
        ])
    }

    @Test func halfBlockImagePixelsAreSquareAndColoured() {
        // A 2×2 matrix at scale 3: 6 pixels = 6 columns × 3 rows of ▀ cells.
        let h = Heatmap(rows: 2, columns: 2, values: [0, 1, 1, 0])
        var plain = h
        plain.showColorBar = false
        let g = plain.render(width: 6, height: 3, options: .standard)
        // Row 1 holds element rows 0 and 1 (pixels 2 and 3): different colours, so ▀ on a background.
        #expect(g.lines == ["██████", "▀▀▀▀▀▀", "██████"])
        let black = Palette.gray.color(at: 0), white = Palette.gray.color(at: 1)
        #expect(g[0, 0].style.foreground == black && g[3, 0].style.foreground == white)
        #expect(g[0, 1] == Glyph("▀", Style(foreground: black, background: white)))
        #expect(g[0, 2].style.foreground == white && g[5, 2].style.foreground == black)
    }

    @Test func highlightFramesTheSelectedElements() {
        var h = Heatmap(rows: 2, columns: 2, values: [0, 0, 0, 0])
        h.showColorBar = false
        h.highlight = MatrixRect(row: 0, column: 1)
        // Scale 2 inside a one-pixel margin; the accent frame runs one pixel outside element
        // (0, 1), i.e. pixel columns 2 and 5, pixel rows 0 and 3.
        let g = h.render(width: 6, height: 3, options: .standard)
        #expect(g.lines == [" ▄█▀▀█", " ██▀▀█", " ▀▀▀▀ "])
        #expect(g[2, 0] == Glyph("█", .color(Palette.accent)))
        // A constant matrix sits mid-range (0 in -1…1), so mid-gray.
        #expect(g[3, 0] == Glyph("▀", Style(foreground: Palette.accent, background: Palette.gray.color(at: 0.5))))
        var shades = h
        shades.values = [0, 1, 2, 3]
        let s = shades.render(width: 4, height: 2, options: .ascii)
        #expect(s.lines == ["  --", "**@@"])
        #expect(s[2, 0].style.reverse && s[3, 0].style.reverse && !s[0, 0].style.reverse)
    }

    @Test func smallMatricesPrintTheirValues() {
        var h = Heatmap(title: "w", matrix: [[0.5, -1], [2, 0]])
        h.palette = .diverging
        h.showValues = true
        h.highlight = MatrixRect(row: 1, column: 0)
        #expect(h.render(width: 24, height: 4, options: .ascii).lines == [
            "w                       ",
            " 0.5   -1  %% 2         ",
            "[  2]   0  :: -2        ",
            "                        ",
        ])
        // Values that do not fit fall back to the image.
        #expect(h.render(width: 8, height: 4, options: .ascii).lines == ["w       ", "**::    ", "@@++    ", "        "])
    }

    @Test func rangesAndPalettes() {
        #expect(ramp.resolvedRange == 0...15)
        var d = Heatmap(rows: 1, columns: 2, values: [-0.5, 2])
        d.palette = .diverging
        #expect(d.resolvedRange == -2...2)
        #expect(Heatmap(rows: 1, columns: 1, values: [3]).resolvedRange == 2...4)
        #expect(Heatmap(rows: 1, columns: 2, values: [.nan]).values.count == 2)
        #expect(Palette.diverging.color(at: 0.5) == .cube(5, 5, 5))
        #expect(Palette.gray.color(at: 0) == Color(index: 16) && Palette.gray.color(at: 1) == Color(index: 231))
    }
}

import Testing
@testable import Charts

/// Horizontal and vertical bar charts.
@Suite struct BarChartTests {
    let animals = HorizontalBarChart(title: "bars", labels: ["cat", "dog", "eel"], values: [12.5, 4, -3], highlighted: 0)
    let softmax = VerticalBarChart(title: "softmax", labels: ["0", "1", "2", "3"], values: [0.1, 0.6, 0.25, 0.05], highlighted: 1)

    @Test func horizontalBarsWithNegativeValue() {
        // Zero sits 3/15.5 of the way across; bars are drawn in eighths of a cell.
        #expect(animals.render(width: 30, height: 4, options: .standard).lines == [
            "bars                          ",
            "▸ cat    ▕███████████████ 12.5",
            "  dog    ▕████▋              4",
            "  eel ███▋                  -3",
        ])
        #expect(animals.render(width: 30, height: 4, options: .ascii).lines == [
            "bars                          ",
            "> cat    -############### 12.5",
            "  dog    -=====              4",
            "  eel ====                  -3",
        ])
        let g = animals.render(width: 30, height: 4, options: .standard)
        #expect(g[10, 1] == Glyph("█", .color(Palette.accent)))
        #expect(g[10, 2] == Glyph("█", .color(Palette.seriesColor(0))))
        #expect(g[2, 1].style.bold)
    }

    @Test func horizontalBarsKeepTheHighlightVisible() {
        let many = HorizontalBarChart(labels: (0..<10).map { "n\($0)" }, values: (0..<10).map(Double.init), highlighted: 8)
        let g = many.render(width: 20, height: 3, options: .ascii)
        // 13 columns = 104 eighths for 0…9; a short last piece is "-" in ASCII.
        #expect(g.lines == [
            "  n6 =========     6",
            "  n7 ==========-   7",
            "> n8 ############  8",
        ])
    }

    @Test func verticalBarsWithLabelsAndValues() {
        // The highlighted bar reaches the top, so its value is printed on the bar.
        #expect(softmax.render(width: 26, height: 9, options: .standard).lines == [
            "           softmax        ",
            "   ┌─────────────────────┐",
            "   │     ▂▂▂▂            │",
            "0.5┤     0.6█            │",
            "   │     ████ 0.25       │",
            "   │0.1  ████ ▆▆▆▆ 0.05  │",
            "  0┤▆▆▆▆ ████ ████ ▃▃▃▃▃ │",
            "   └──┬────┬─────┬────┬──┘",
            "      0    1     2    3   ",
        ])
        #expect(softmax.render(width: 26, height: 9, options: .ascii).lines == [
            "           softmax        ",
            "   +---------------------+",
            "   |     ____            |",
            "0.5+     0.6@            |",
            "   |     @@@@ 0.25       |",
            "   |0.1  @@@@ #### 0.05  |",
            "  0+#### @@@@ #### _____ |",
            "   +--+----+-----+----+--+",
            "      0    1     2    3   ",
        ])
        let g = softmax.render(width: 26, height: 9, options: .standard)
        #expect(g[9, 4] == Glyph("█", .color(Palette.accent)))
        #expect(g[9, 8].style.reverse)
    }

    @Test func verticalBarsBelowZero() {
        var v = VerticalBarChart(labels: ["a", "b"], values: [1, -1])
        v.showValues = false
        #expect(v.render(width: 16, height: 7, options: .standard).lines == [
            "  ┌────────────┐",
            " 1┤█████       │",
            "  │█████       │",
            " 0┤      █████ │",
            "-1┤      █████ │",
            "  └───┬─────┬──┘",
            "      a     b   ",
        ])
    }

    @Test func glyphChoices() {
        #expect(BarGlyphs.vertical(from: 0, to: 8, full: "█", unicode: true) == "█")
        #expect(BarGlyphs.vertical(from: 5, to: 8, full: "█", unicode: true) == "▃")
        #expect(BarGlyphs.vertical(from: 0, to: 4, full: "█", unicode: true) == "▀")
        #expect(BarGlyphs.vertical(from: 7, to: 8, full: "#", unicode: false) == "_")
        #expect(BarGlyphs.horizontal(from: 0, to: 3, full: "█", unicode: true) == "▍")
        #expect(BarGlyphs.horizontal(from: 4, to: 8, full: "█", unicode: true) == "▐")
        #expect(BarGlyphs.slot(3, of: 4, columns: 21, gapFrom: 2) == 15..<20)
    }
}

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
        // 21 columns for 4 bars: slots of 5, so every bar is 3 wide (odd, one gap or more)
        // and centred on its tick. The highlighted bar reaches the top, so its value is printed
        // on the bar; "0.25" is wider than a bar but fits its slot, so it is centred above it.
        // The highlighted bar's tick is ▲ (ASCII ^).
        #expect(softmax.render(width: 26, height: 9, options: .standard).lines == [
            "           softmax        ",
            "   ┌─────────────────────┐",
            "   │      ▂▂▂            │",
            "0.5┤      0.6            │",
            "   │      ███   0.25     │",
            "   │ 0.1  ███   ▆▆▆  0.05│",
            "  0┤ ▆▆▆  ███   ███  ▃▃▃ │",
            "   └──┬────▲─────┬────┬──┘",
            "      0    1     2    3   ",
        ])
        #expect(softmax.render(width: 26, height: 9, options: .ascii).lines == [
            "           softmax        ",
            "   +---------------------+",
            "   |      ___            |",
            "0.5+      0.6            |",
            "   |      @@@   0.25     |",
            "   | 0.1  @@@   ###  0.05|",
            "  0+ ###  @@@   ###  ___ |",
            "   +--+----^-----+----+--+",
            "      0    1     2    3   ",
        ])
        let g = softmax.render(width: 26, height: 9, options: .standard)
        #expect(g[10, 4] == Glyph("█", .color(Palette.accent)))
        #expect(g[11, 7] == Glyph("▲", Style(foreground: Palette.accent, bold: true)))
        #expect(g[11, 8] == Glyph("1", Style(foreground: Palette.accent, bold: true)))
        #expect(!g[11, 8].style.reverse)
    }

    /// Review D14 (losses 1/3): ten bars in 22 columns used to sit one column left of their
    /// ticks, with two of them 2 columns wide. Now each is 1 column wide, on its tick (bars
    /// under half a cell do not show in shades: 0.05 of 1 in 7 rows).
    @Test func tenBarsSitOnTheirTicks() {
        var bars = VerticalBarChart(title: "y (t = 2 marked)", labels: (0..<10).map(String.init),
                                    values: [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], highlighted: 2)
        bars.yLimits = .fixed(0, 1)
        bars.showValues = false
        let lines = bars.render(width: 27, height: 10, options: RenderOptions(unicode: true, color: false)).lines
        #expect(lines == [
            "       y (t = 2 marked)    ",
            "   ┌──────────────────────┐",
            "  1┤                      │",
            "   │                      │",
            "   │     ▅                │",
            "0.5┤     █                │",
            "   │     █                │",
            "  0┤ ░   █      ░   ░     │",
            "   └─┬─┬─▲─┬─┬──┬─┬─┬─┬─┬─┘",
            "     0 1 2 3 4  5 6 7 8 9  ",
        ])
        // Every bar character stands in the column of its tick.
        for x in 0..<27 where lines[7][lines[7].index(lines[7].startIndex, offsetBy: x)] != " " && x > 3 && x < 26 {
            let tick = lines[8][lines[8].index(lines[8].startIndex, offsetBy: x)]
            #expect(tick == "┬" || tick == "▲", "bar at column \(x) has no tick under it")
        }
    }

    @Test func verticalBarsBelowZero() {
        var v = VerticalBarChart(labels: ["a", "b"], values: [1, -1])
        v.showValues = false
        #expect(v.render(width: 16, height: 7, options: .standard).lines == [
            "  ┌────────────┐",
            " 1┤ █████      │",
            "  │ █████      │",
            " 0┤       █████│",
            "-1┤       █████│",
            "  └───┬─────┬──┘",
            "      a     b   ",
        ])
    }

    @Test func barWidthsAreOddAndLeaveAGap() {
        #expect((1...8).map(VerticalBarChart.barWidth(slot:)) == [1, 1, 1, 3, 3, 5, 5, 7])
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

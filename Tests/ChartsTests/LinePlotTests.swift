import Testing
@testable import Charts

/// Line plots: exact renders of small plots (two series with legend and ticks, non-finite
/// data, events, log scale, degenerate data) and the behaviour behind them.
@Suite struct LinePlotTests {
    let up = Series(name: "up", x: [0, 1, 2, 3, 4], y: [0, 1, 2, 3, 4])
    let down = Series(name: "down", x: [0, 1, 2, 3, 4], y: [4, 3, 2, 1, 0])

    @Test func twoSeriesWithLegendAndTicks() {
        let plot = LinePlot(title: "two", series: [up, down])
        #expect(plot.render(width: 40, height: 8, options: .standard).lines == [
            "               two                      ",
            " ┌─────────────────────────────┐        ",
            "4┤⠉⠒⠒⠤⠤⣀⣀               ⣀⣀⠤⠤⠒⠒⠉│ ── up  ",
            " │       ⠉⠉⠒⠢⠤⢄⣀⣀⣀⡠⠤⠔⠒⠉⠉       │ ── down",
            "2┤       ⣀⣀⠤⠔⠒⠊⠉⠉⠉⠑⠒⠢⠤⣀⣀       │        ",
            "0┤⣀⠤⠤⠒⠒⠉⠉               ⠉⠉⠒⠒⠤⠤⣀│        ",
            " └┬──────┬──────┬──────┬──────┬┘        ",
            "  0      1      2      3      4         ",
        ])
    }

    @Test func twoSeriesInAsciiUseMarkerLetters() {
        let plot = LinePlot(title: "two", series: [up, down])
        #expect(plot.render(width: 40, height: 8, options: .ascii).lines == [
            "               two                      ",
            " +------------------------------+       ",
            "4+x\\--\\__                __/--/o| o up  ",
            " |       x'\\--\\____/--/'o       | x down",
            "2+       o_/--/''x'\\--\\_x       |       ",
            "0+o/--/''                ''\\--\\x|       ",
            " ++------+-------+------+------++       ",
            "  0      1       2      3      4        ",
        ])
    }

    @Test func narrowPlotMovesLegendBelow() {
        let plot = LinePlot(title: "two", series: [up, down])
        #expect(plot.render(width: 30, height: 8, options: .standard).lines == [
            "              two             ",
            " ┌───────────────────────────┐",
            "4┤⠉⠑⠒⠒⠤⠤⢄⣀⡀         ⢀⣀⡠⠤⠤⠒⠒⠊⠉│",
            "2┤        ⢈⣉⣉⠶⠶⠶⠶⠶⣉⣉⡁        │",
            "0┤⣀⡠⠤⠤⠒⠒⠊⠉⠁         ⠈⠉⠑⠒⠒⠤⠤⢄⣀│",
            " └┬─────┬──────┬──────┬─────┬┘",
            "  0     1      2      3     4 ",
            "  ── up  ── down              ",
        ])
    }

    @Test func nonFiniteValuesAreSkippedAndReported() {
        // NaN and ±Inf break the curve: only isolated points remain at x = 0, 2, 4.
        let plot = LinePlot(series: [Series(y: [1, .nan, 3, .infinity, 2, -.infinity])])
        #expect(plot.render(width: 24, height: 7, options: .standard).lines == [
            "  ⚠ 3 non-finite skipped",
            " ┌─────────────────────┐",
            "3┤          ⠈          │",
            "2┤                    ⠠│",
            "1┤⡀                    │",
            " └┬────┬────┬────┬────┬┘",
            "  0    1    2    3    4 ",
        ])
    }

    @Test func eventMarkerWithLabel() {
        var plot = LinePlot(series: [Series(y: [Double](repeating: 1, count: 11))])
        plot.events = [EventMarker(x: 5, label: "lr=0.5")]
        #expect(plot.render(width: 24, height: 7, options: .standard).lines == [
            " ┌─────────────────────┐",
            "2┤          ⠨lr=0.5    │",
            " │          ⠨          │",
            "1┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠩⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│",
            "0┤          ⠨          │",
            " └┬─────────┬─────────┬┘",
            "  0         5         10",
        ])
        #expect(plot.render(width: 24, height: 7, options: .ascii).lines == [
            " +---------------------+",
            "2+          :lr=0.5    |",
            " |          :          |",
            "1+'''''''''''''''''''''|",
            "0+          :          |",
            " ++---------+---------++",
            "  0         5         10",
        ])
    }

    @Test func logScaleSkipsNonPositiveValues() {
        var plot = LinePlot(series: [Series(y: [1, 10, 100, 1000, 0])])
        plot.yScale = .log10
        #expect(plot.render(width: 24, height: 8, options: .standard).lines == [
            "    ⚠ 1 ≤0 skipped (log)",
            "    ┌──────────────────┐",
            "1000┤             ⢀⣀⠤⠒⠉│",
            " 100┤         ⣀⠤⠔⠊⠁    │",
            "  10┤    ⢀⡠⠔⠒⠉         │",
            "   1┤⣀⠤⠒⠉⠁             │",
            "    └┬─────┬────┬─────┬┘",
            "     0     1    2     3 ",
        ])
    }

    @Test func constantAndEmptyData() {
        #expect(LinePlot(series: [Series(y: [3, 3, 3])]).render(width: 20, height: 6, options: .standard).lines == [
            " ┌─────────────────┐",
            "4┤                 │",
            "3┤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤│",
            "2┤                 │",
            " └┬───────┬───────┬┘",
            "  0       1       2 ",
        ])
        #expect(LinePlot(series: []).render(width: 20, height: 6, options: .standard).lines == [
            "   ┌───────────────┐",
            "  1┤               │",
            "0.5┤               │",
            "  0┤               │",
            "   └┬──────┬──────┬┘",
            "    0     0.5     1 ",
        ])
    }

    @Test func denseSeriesKeepsSpikes() {
        // 1000 points on 30 pixel columns: the single spike at x = 500 must survive thinning.
        var ys = [Double](repeating: 0, count: 1000)
        ys[500] = 1
        var plot = LinePlot(series: [Series(y: ys)])
        plot.xLimits = .tight
        #expect(plot.render(width: 20, height: 6, options: .standard).lines == [
            "   ┌───────────────┐",
            "  1┤       ⢸       │",
            "0.5┤       ⣼       │",
            "  0┤⣀⣀⣀⣀⣀⣀⣀⣿⣀⣀⣀⣀⣀⣀⣀│",
            "   └┬──────┬───────┘",
            "    0     500       ",
        ])
    }

    @Test func labelsAndDegradationWhenSmall() {
        var plot = LinePlot(title: "loss", series: [Series(name: "train", y: [2, 1, 0.5])], xLabel: "step", yLabel: "loss")
        #expect(plot.render(width: 40, height: 9, options: .standard).lines == [
            "loss           loss                     ",
            "   ┌──────────────────────────┐         ",
            "  2┤⠉⠒⠤⢄⡀                     │ ── train",
            "1.5┤    ⠈⠉⠒⠢⢄⣀                │         ",
            "  1┤          ⠉⠒⠢⠤⢄⣀⣀         │         ",
            "0.5┤                 ⠉⠉⠑⠒⠒⠤⠤⢄⣀│         ",
            "   └┬─────┬──────┬─────┬─────┬┘         ",
            "    0    0.5     1    1.5    2          ",
            "               step                     ",
        ])
        plot.showLegend = false
        #expect(plot.render(width: 12, height: 4, options: .standard).lines == [
            "┌──────────┐",
            "│⠉⠒⠤⣀      │",
            "│    ⠉⠒⠢⠤⢄⣀│",
            "└──────────┘",
        ])
        #expect(plot.render(width: 5, height: 3, options: .standard).lines == ["┌───┐", "│⠑⠤⣀│", "└───┘"])
        #expect(plot.render(width: 1, height: 1, options: .standard).lines == ["⢣"])
        #expect(plot.render(width: 0, height: 0, options: .standard).lines == [])
    }

    @Test func seriesAppendsAndTracksOrder() {
        var s = Series(name: "loss")
        s.append(2.3)
        s.append(1.2)
        s.append(x: 5, y: 0.7)
        #expect(s.xs == [0, 1, 5])
        #expect(s.ys == [2.3, 1.2, 0.7])
        #expect(s.isSortedByX)
        s.append(x: 4, y: 0.6)
        #expect(!s.isSortedByX)
        #expect(s.last?.x == 4)
        s.removeAll()
        #expect(s.count == 0 && s.isSortedByX)
        #expect(Series(x: [1, 2, 3], y: [4]).count == 1)
    }

    @Test func seriesColoursComeFromThePalette() {
        let g = LinePlot(series: [up, down]).render(width: 40, height: 8, options: .standard)
        // First data row (no title): "down" starts top left, "up" ends top right; legend right.
        #expect(g[2, 1] == Glyph("⠉", .color(Palette.seriesColor(1))))
        #expect(g[30, 1] == Glyph("⠉", .color(Palette.seriesColor(0))))
        #expect(g[33, 1] == Glyph("─", .color(Palette.seriesColor(0))))
        #expect(g[33, 2] == Glyph("─", .color(Palette.seriesColor(1))))
        #expect(g[31, 1] == Glyph("│", .color(Palette.muted)))
        let plain = LinePlot(series: [up, down]).render(width: 40, height: 8, options: RenderOptions(unicode: true, color: false))
        #expect(plain.glyphs.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }
}

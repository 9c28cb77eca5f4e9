import Testing
@testable import Charts

/// Contour plots: level curves, a path with its markers, arrows, levels chosen from samples.
@Suite struct ContourTests {
    var bowl: ContourPlot {
        var c = ContourPlot(title: "bowl", x: -2...2, y: -2...2) { x, y in x * x + y * y }
        c.levels = .values([1, 3])
        c.paths = [Series(name: "GD", x: [-1.5, -0.75, 0], y: [1.5, 0.75, 0])]
        return c
    }

    @Test func circlesWithOnePath() {
        // Equal aspect: x is widened to ±4.5 so circles stay round (6 rows ≈ 12 columns).
        #expect(bowl.render(width: 36, height: 10, options: .standard).lines == [
            "              bowl                  ",
            "  ┌───────────────────────────┐     ",
            " 2┤         •⣀⠤⠒⠒⠲⢤⣀          │ ● GD",
            "  │        ⢠⠊⠢•⠔⠒⠦⣄⠈⢳⡀        │     ",
            "  │        ⡇ ⡜⠈⠢⡀ ⠘⡆ ⡇        │     ",
            " 0┤        ⣇ ⢳⡀ ● ⢠⠃ ⡇        │     ",
            "  │        ⠘⢦⣀⠉⠓⠒⠊⠁⣀⠜         │     ",
            "-2┤          ⠈⠙⠒⠒⠒⠉           │     ",
            "  └─┬─────┬─────┬─────┬─────┬─┘     ",
            "    -4    -2    0     2     4       ",
        ])
    }

    @Test func asciiContoursFollowTheLineDirection() {
        #expect(bowl.render(width: 36, height: 10, options: .ascii).lines == [
            "              bowl                  ",
            "  +---------------------------+     ",
            " 2+         .///-\\\\\\\\         | o GD",
            "  |        /'\\.---\\ \\\\        |     ",
            "  |       |  |'\\. \\  |        |     ",
            " 0+       || |\\\\o//  |        |     ",
            "  |        \\\\\\\\---///         |     ",
            "-2+                           |     ",
            "  +-+-----+-----+-----+-----+-+     ",
            "    -4    -2    0     2     4       ",
        ])
    }

    @Test func descentArrowsPointDownhill() {
        var c = bowl
        c.paths = []
        c.arrows = true
        #expect(c.render(width: 36, height: 10, options: .standard).lines == [
            "                 bowl               ",
            "  ┌────────────────────────────────┐",
            " 2┤            ⢀⡠⠔⠒⠒⠦⣄⡀            │",
            "  │   →     ↘ ⡔⠁⢀⠤↓⠲⢤⡀⠙⣆↙     ←    │",
            "  │          ⢸ ⢠⠃    ⢳ ⢸           │",
            " 0┤          ⢸⡀⠘⣆    ⡜ ⢸           │",
            "  │   →     ↗ ⠳⣄⡈⠙↑⠒⠉⢀⡠⠃↖     ←    │",
            "-2┤             ⠉⠓⠒⠒⠊⠁             │",
            "  └────┬─────┬─────┬────┬─────┬────┘",
            "       -4    -2    0    2     4     ",
        ])
    }

    @Test func pathColoursAndEndMarker() {
        let g = bowl.render(width: 36, height: 10, options: .standard)
        #expect(g[16, 5] == Glyph("●", Style(foreground: Palette.seriesColor(0), bold: true)))
        #expect(g[14, 3] == Glyph("•", .color(Palette.seriesColor(0))))
    }

    @Test func levelChoices() {
        let samples = (0...100).map { Double($0) }
        #expect(ContourLevels.quantiles(4).resolve(samples: samples) == [20, 40, 60, 80])
        #expect(ContourLevels.linear(3).resolve(samples: samples) == [25, 50, 75])
        #expect(ContourLevels.values([3, .nan, 1, 3]).resolve(samples: samples) == [1, 3])
        #expect(ContourLevels.quantiles(4).resolve(samples: [.nan, .infinity]) == [])
        // Log-spaced from the 1% quantile (height 1 above the minimum) to the 90% one (90).
        let log = ContourLevels.logSpaced(3).resolve(samples: samples)
        #expect(log.count == 3)
        #expect(abs(log[0] - 1) < 1e-9 && abs(log[1] - 90.0.squareRoot()) < 1e-9 && abs(log[2] - 90) < 1e-9)
    }

    @Test func nonFinitePathPointsAreReported() {
        var c = bowl
        c.paths = [Series(name: "GD", x: [1, .nan, 0], y: [1, 1, 0])]
        #expect(c.render(width: 40, height: 10, options: .standard).lines[0].hasSuffix("⚠ 1 non-finite skipped"))
    }
}

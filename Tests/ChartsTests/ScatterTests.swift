import Testing
@testable import Charts

/// Scatter plots: class markers, legend, decision regions.
@Suite struct ScatterTests {
    var xor: ScatterPlot {
        var s = ScatterPlot(classes: [Series(name: "a", x: [0, 1], y: [0, 1]), Series(name: "b", x: [1, 0], y: [0, 1])])
        s.xLimits = .fixed(-0.5, 1.5)
        s.yLimits = .fixed(-0.5, 1.5)
        s.decision = { x, _ in x > 0.5 ? 1 : 0 }
        return s
    }

    @Test func markersPerClassOverDottedRegions() {
        #expect(xor.render(width: 30, height: 8, options: RenderOptions(unicode: false, color: false)).lines == [
            " +-----------------------+    ",
            " |            ...........| o a",
            "1+     x      .....o.....| x b",
            " |            ...........|    ",
            "0+     o      .....x.....|    ",
            " |            ...........|    ",
            " +-----+-----------+-----+    ",
            "       0           1          ",
        ])
        #expect(xor.render(width: 30, height: 8, options: RenderOptions(unicode: true, color: false)).lines == [
            " ┌───────────────────────┐    ",
            " │            ···········│ ● a",
            "1┤     ■      ·····●·····│ ■ b",
            " │            ···········│    ",
            "0┤     ●      ·····■·····│    ",
            " │            ···········│    ",
            " └─────┬───────────┬─────┘    ",
            "       0           1          ",
        ])
    }

    @Test func regionsAreBackgroundColoursWithColour() {
        let g = xor.render(width: 30, height: 8, options: .standard)
        #expect(g[3, 1] == Glyph(" ", Style(background: Palette.regionColor(0))))
        #expect(g[20, 1] == Glyph(" ", Style(background: Palette.regionColor(1))))
        #expect(g[19, 2] == Glyph("●", Style(foreground: Palette.seriesColor(0), background: Palette.regionColor(1))))
    }
}

/// Boxes: a rectangle outlined in data coordinates, named in the legend.
@Suite struct ScatterBoxTests {
    @Test func aBoxIsOutlinedUnderThePointsAndNamed() {
        var s = ScatterPlot(classes: [Series(name: "a", x: [0.5], y: [0.5])])
        s.xLimits = .fixed(0, 1)
        s.yLimits = .fixed(0, 1)
        s.boxes = [ScatterPlot.Box(x: 0.25...0.75, y: 0.25...0.75, label: "fine")]
        #expect(s.render(width: 30, height: 10, options: RenderOptions(unicode: false, color: false)).lines == [
            "   +-------------------------+",
            "  1+                         |",
            "   |      /------------      |",
            "   |      |           |      |",
            "0.5+      |     o     |      |",
            "   |      \\------------      |",
            "  0+                         |",
            "   ++-----------+-----------++",
            "    0          0.5          1 ",
            "    o a  # fine               ",
        ])
    }
}

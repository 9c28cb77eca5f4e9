import Charts
import LessonKit
import Testing

/// `ChartLayout.sideBySideOrStacked`: side by side from width 2·height + 20 on, else stacked.
@Suite struct SideBySideOrStackedTests {
    /// A chart that fills its area with one character, to see where each chart went.
    struct Fill: Chart {
        let character: Character
        func render(width: Int, height: Int, options: RenderOptions) -> Grid {
            var grid = Grid(width: width, height: height)
            for y in 0..<height { _ = grid.put(String(repeating: character, count: width), x: 0, y: y) }
            return grid
        }
    }

    @Test func wideAreasPutTheChartsSideBySideNarrowOnesStackThem() {
        let wide = ChartLayout.sideBySideOrStacked(Fill(character: "a"), Fill(character: "b"), fraction: 0.5,
                                                   width: 40, height: 10, options: RenderOptions())
        #expect(wide.lines[0] == String(repeating: "a", count: 19) + " " + String(repeating: "b", count: 20))
        let narrow = ChartLayout.sideBySideOrStacked(Fill(character: "a"), Fill(character: "b"), fraction: 0.5,
                                                     stackedFraction: 0.3, width: 39, height: 10, options: RenderOptions())
        #expect(narrow.lines.map { $0.first } == Array(repeating: "a", count: 3) + Array(repeating: "b", count: 7))
    }
}

import Testing
@testable import Charts

/// `Series.dots`: a line plot draws such a series as unjoined dots (the schedules lesson's
/// noisy daily temperatures under their average), others as joined curves.
@Suite struct SeriesDotsTests {
    func brailleCells(dots: Bool) -> Int {
        var series = Series(name: "", color: nil, x: [0, 10], y: [0, 10])
        series.dots = dots
        var plot = LinePlot(series: [series])
        plot.xLimits = .fixed(0, 10)
        plot.yLimits = .fixed(0, 10)
        let text = plot.render(width: 30, height: 12, options: .standard).text
        return text.unicodeScalars.filter { $0.value > 0x2800 && $0.value <= 0x28FF }.count
    }

    @Test func dotsAreNotJoined() {
        // Two points: two braille cells as dots, a diagonal of many cells as a curve.
        #expect(brailleCells(dots: true) == 2)
        #expect(brailleCells(dots: false) > 10)
        #expect(Series(x: [1], y: [1]).dots == false)
    }
}

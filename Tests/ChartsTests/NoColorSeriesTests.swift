import Testing
@testable import Charts

/// Review D4: with colour off but Unicode on (`NO_COLOR`), series of a line plot are told
/// apart by markers, as in ASCII: each braille curve carries its own marker every few columns
/// and the legend shows it (`─●─ name`), instead of identical dots and `──` legends.
@Suite struct NoColorSeriesTests {
    static let plain = RenderOptions(unicode: true, color: false)
    let rising = Series(name: "rising", x: [0, 10], y: [0, 10])
    let falling = Series(name: "falling", x: [0, 10], y: [10, 0])
    let flat = Series(name: "flat", x: [0, 10], y: [5, 5])

    @Test func threeSeriesHaveTheirOwnMarkersAndLegends() {
        let plot = LinePlot(series: [rising, falling, flat])
        #expect(plot.render(width: 44, height: 9, options: Self.plain).lines == [
            "  ┌────────────────────────────┐            ",
            "10┤⠉⠒⠤⣀⡀                  ⢀⣀⠤⠒●│ ─●─ rising ",
            "  │    ⠈■⠒⠤⣀          ⣀⠤●⠊⠁    │ ─■─ falling",
            "  │         ⠉⠑■⠤⣀⣀●⠔⠊⠉         │ ─▲─ flat   ",
            " 5┤⠉▲⠉⠉⠉⠉⠉▲⠉●⡩⠝⠛▲⠉⠛⠫■⣉▲⠉⠉⠉⠉⠉▲⠉⠉│            ",
            "  │    ⢀⡠⠤⠒⠉          ⠉⠒⠤⢄■    │            ",
            " 0┤⣀⠤⠒●⠁                  ⠈⠉⠒⠤⣀│            ",
            "  └┬────┬─────┬────┬─────┬────┬┘            ",
            "   0    2     4    6     8    10            ",
        ])
    }

    @Test func twoSeriesMarkersSitInDifferentColumns() {
        let plot = LinePlot(series: [rising, falling])
        #expect(plot.render(width: 36, height: 7, options: Self.plain).lines == [
            "  ┌────────────────────┐            ",
            "10┤■⠒⠤⢄⣀          ●⡠⠤⠒⠉│ ─●─ rising ",
            "  │     ⠉■⠢⢄⣀⣀⡠⠔⠒⠉     │ ─■─ falling",
            " 5┤     ⣀⠤⠔⠊●⠉⠑■⠤⣀     │            ",
            " 0┤⣀⠤⠒●⠉          ⠉⠑⠒■⣀│            ",
            "  └┬─────────┬────────┬┘            ",
            "   0         5        10            ",
        ])
    }

    @Test func colourAndASCIIAreUnchanged() {
        let plot = LinePlot(series: [rising, falling])
        let coloured = plot.render(width: 36, height: 7, options: .standard).text
        #expect(!coloured.contains("●") && coloured.contains("── rising"))
        #expect(plot.render(width: 36, height: 7, options: .ascii).text.contains("o rising"))
    }

    @Test func valuesBetweenPointsAreInterpolated() {
        #expect(LinePlot.value(of: rising, at: 2.5, logY: false) == 2.5)
        #expect(LinePlot.value(of: Series(x: [1, 3, 2], y: [0, 1, 2]), at: 2, logY: false) == nil)
        #expect(LinePlot.value(of: rising, at: 11, logY: false) == nil)
        #expect(LinePlot.value(of: Series(x: [1, 2], y: [10, 1000]), at: 1.5, logY: true) == 2)
    }

    @Test func legendSymbolsForReadouts() {
        let plain = (0..<3).map { LinePlot.legendSymbol(series: $0, of: 3, options: Self.plain) }
        #expect(plain == ["─●─", "─■─", "─▲─"])
        #expect(LinePlot.legendSymbol(series: 1, of: 3, options: .ascii) == "x")
        #expect(LinePlot.legendSymbol(series: 1, of: 3, options: .standard) == "──")
        #expect(LinePlot.legendSymbol(series: 0, of: 1, options: Self.plain) == "──")
    }
}

import Testing
@testable import Charts

/// Review D14: a one-line colour key explains a heatmap's palette in cells too narrow for
/// the colour bar (80×24), in colour and as text without colour.
@Suite struct ColorKeyTests {
    let key = ColorKey(palette: .diverging, range: -0.52...0.52)

    @Test func threeSwatchesWithTheirValues() {
        let g = key.render(width: 30, height: 1, options: .standard)
        #expect(g.lines == ["█ −0.52  █ 0  █ +0.52         "])
        #expect(g[0, 0].style.foreground == Palette.diverging.color(at: 0))
        #expect(g[9, 0].style.foreground == Palette.diverging.color(at: 0.5))
        #expect(g[14, 0].style.foreground == Palette.diverging.color(at: 1))
        #expect(g[2, 0].style == .plain)
    }

    @Test func withoutColourTheSwatchesAreTheShadesDrawn() {
        #expect(key.render(width: 30, height: 1, options: RenderOptions(unicode: true, color: false)).lines ==
                ["[ ] −0.52  [▒] 0  [█] +0.52   "])
        #expect(key.render(width: 30, height: 1, options: RenderOptions(unicode: false, color: false)).lines ==
                ["[ ] -0.52  [+] 0  [@] +0.52   "])
    }

    @Test func narrowKeysDropTheMiddleThenEverything() {
        #expect(key.render(width: 16, height: 1, options: .standard).lines == ["█ −0.52  █ +0.52"])
        #expect(key.render(width: 15, height: 1, options: .standard).lines == ["               "])
        let gray = ColorKey(palette: .gray, range: 0...1)
        #expect(gray.render(width: 20, height: 1, options: .standard).lines == ["█ 0  █ 0.5  █ 1     "])
    }

    @Test func aDivergingHeatmapWithoutColourBarDrawsTheKeyBelow() {
        var map = Heatmap(rows: 2, columns: 3, values: [-1, 0, 1, 0.5, -0.5, 0])
        map.palette = .diverging
        map.showColorBar = false
        #expect(map.render(width: 24, height: 4, options: RenderOptions(unicode: true, color: false)).lines == [
            "  ▒▒██                  ",
            "▓▓░░▒▒                  ",
            "[ ] −1  [▒] 0  [█] +1   ",
            "                        ",
        ])
        // Without the key (turned off, or a palette without sign) the matrix takes every row.
        let full = ["    ▒▒▒▒████            ", "    ▒▒▒▒████            ", "▓▓▓▓░░░░▒▒▒▒            ", "▓▓▓▓░░░░▒▒▒▒            "]
        map.showColorKey = false
        #expect(map.render(width: 24, height: 4, options: RenderOptions(unicode: true, color: false)).lines == full)
        map.palette = .gray
        map.showColorKey = true
        #expect(!map.render(width: 24, height: 4, options: RenderOptions(unicode: true, color: false)).text.contains("["))
    }

    @Test func printedValuesGetTheKeyOnlyForTheirColours() {
        var map = Heatmap(rows: 2, columns: 2, values: [-1, 2, 0, 1])
        map.palette = .diverging
        map.showColorBar = false
        map.showValues = true
        #expect(map.render(width: 20, height: 4, options: .standard).lines == [
            " -1   2             ",
            "  0   1             ",
            "█ −2  █ 0  █ +2     ",
            "                    ",
        ])
        #expect(map.render(width: 20, height: 4, options: RenderOptions(unicode: true, color: false)).lines[2] ==
                "                    ")
    }
}

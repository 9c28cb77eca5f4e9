import Testing
@testable import Charts

/// The half-block decision map: two map pixels per cell, so a horizontal boundary can fall
/// in the middle of a cell row.
@Suite struct BoundaryMapTests {
    /// Class 1 above y = 0.5, class 0 below; one point of each class.
    func map(decision: ((Double, Double) -> Int)?) -> BoundaryMap {
        BoundaryMap(title: "t", classes: [Series(name: "a", x: [0.25], y: [0.25]), Series(name: "b", x: [0.75], y: [0.75])],
                    xRange: 0...1, yRange: 0...1, decision: decision)
    }

    @Test func boundaryInsideACellRowIsAHalfBlock() throws {
        // 4 canvas rows over [0, 1]: the row spanning 0.5…0.75 has its upper half (0.625…0.75) in class 1.
        let g = map(decision: { _, y in y > 0.65 ? 1 : 0 }).render(width: 24, height: 9, options: .standard)
        let mid = (0..<g.height).first { row in (0..<g.width).contains { g[$0, row].character == "▀" } }
        try #require(mid != nil, "\(g.lines)")
        let half = (0..<g.width).first { g[$0, mid!].character == "▀" }!
        #expect(g[half, mid!].style == Style(foreground: Palette.regionColor(1), background: Palette.regionColor(0)))
        let above = g[half, mid! - 1], below = g[half, mid! + 1]
        #expect(above.style.background == Palette.regionColor(1))
        #expect(below.style.background == Palette.regionColor(0))
    }

    @Test func withoutColourClassOneIsDottedAndNoDecisionDrawsOnlyPoints() {
        let plain = RenderOptions(unicode: false, color: false)
        let shaded = map(decision: { _, y in y > 0.5 ? 1 : 0 }).render(width: 24, height: 9, options: plain)
        let bare = map(decision: nil).render(width: 24, height: 9, options: plain)
        #expect(shaded.lines.joined().contains("....."))
        #expect(!bare.lines.joined().contains(".."))
        #expect(bare.lines.joined().contains("o") && bare.lines.joined().contains("x"))
    }
}

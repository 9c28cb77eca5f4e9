import Testing
@testable import Charts

/// The network diagram: units in columns, edges by weight sign and size.
@Suite struct NetworkDiagramTests {
    /// 2 → 3 → 1; in layer 0 the largest |w| is 1, so 0.3 is weak (gray), 0.05 faint (not drawn).
    let diagram = NetworkDiagram(title: "net", layers: [2, 3, 1],
                                 weights: [[[1, -1, 0.05], [0.3, 0, -0.8]], [[2], [-0.5], [1.5]]], highlighted: (1, 2))

    @Test func exactTextWithoutColourDotsNegativeEdgesAndDropsWeakOnes() {
        let g = diagram.render(width: 30, height: 8, options: RenderOptions(unicode: true, color: false))
        #expect(g.lines == [
            "             net              ",
            "                              ",
            "     ●⠲⢒⠒⠒⠒⠒⠒⠐⠒●⠠⣀            ",
            "        ⠈⠐⠠⠠⡀     ⠉⠑⠢⠤⣀       ",
            "             ⠈⠂●       ⢉⡱●    ",
            "     ●⠠⠠⢀⢀        ⢀⡠⠤⠒⠉⠁      ",
            "          ⠈⠈⠁⠐⠂◉⠐⠉⠁           ",
            "── w > 0  ·· w < 0            ",
        ])
    }

    @Test func asciiUsesLettersForUnits() {
        let g = diagram.render(width: 30, height: 8, options: RenderOptions(unicode: false, color: false))
        #expect(g.lines[2] == "     o---------o\\_            ")
        #expect(g.lines[6].contains("@"))
        let ascii = g.lines.joined().allSatisfy { $0.isASCII }
        #expect(ascii)
    }

    @Test func colourShowsSignAndSize() {
        let g = diagram.render(width: 30, height: 8, options: .standard)
        var colours = Set<Color>()
        for y in 0..<g.height {
            for x in 0..<g.width { if let c = g[x, y].style.foreground { colours.insert(c) } }
        }
        #expect(colours.contains(NetworkDiagram.positive))
        #expect(colours.contains(NetworkDiagram.negative))
        #expect(colours.contains(Palette.muted))  // the weak 0.3
    }

    @Test func aLayerTallerThanTheRowsShowsHowManyAreLeftOut() {
        let g = NetworkDiagram(title: "n", layers: [2, 50, 2], weights: []).render(width: 30, height: 8, options: .standard)
        // 6 canvas rows: 5 units shown, "+45" on the last row.
        #expect(g.lines[6].contains("+45"))
        let units: Int = g.lines[1...5].map { (line: String) -> Int in line.filter { $0 == "●" }.count }.reduce(0, +)
        #expect(units == 9)
    }
}

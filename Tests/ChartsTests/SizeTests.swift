import Testing
@testable import Charts

/// Every chart renders to exactly the requested size at every size, tiny ones included,
/// under every option set, without crashing.
@Suite struct SizeTests {
    static let sizes: [(Int, Int)] = [
        (0, 0), (0, 5), (5, 0), (1, 1), (2, 1), (1, 2), (3, 3), (5, 3), (3, 5), (8, 4), (12, 6),
        (17, 7), (24, 9), (40, 12), (60, 16), (80, 24),
    ]
    static let optionSets: [RenderOptions] = [.standard, .ascii, RenderOptions(unicode: true, color: false)]
    // (The test data is ASCII; ASCIICallerTextTests renders Unicode caller text in ASCII mode.)

    static var charts: [(String, any Chart)] {
        typealias N = GraphDiagram.Node
        var line = LinePlot(title: "loss", series: [Series(name: "train", y: [2.3, 1.1, .nan, 0.4]), Series(name: "test", y: [2, 1.5])],
                            xLabel: "step", yLabel: "loss")
        line.events = [EventMarker(x: 1, label: "lr=0.5")]
        var logLine = LinePlot(series: [Series(y: [1e-3, 1, 0, -1])])
        logLine.yScale = .log10
        var contour = ContourPlot(title: "Rosenbrock", x: -2...2, y: -1...3) { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
        contour.levels = .logSpaced(6)
        contour.arrows = true
        contour.fill = true
        contour.paths = [Series(name: "SGD", x: [-1.5, -1, 0, 1], y: [2, 1, 0.5, 1])]
        var scatter = ScatterPlot(title: "classes", classes: [Series(name: "a", x: [0, 1], y: [0, .infinity]), Series(name: "b", x: [0.5], y: [0.5])])
        scatter.decision = { x, y in x > y ? 1 : 0 }
        var filter = Heatmap(title: "filter", matrix: [[1, 0, -1], [2, 0, -2], [1, 0, -1]])
        filter.palette = .diverging
        filter.showValues = true
        filter.highlight = MatrixRect(row: 1, column: 1)
        var digit = Heatmap(title: "digit", rows: 28, columns: 28, values: (0..<784).map { Double($0 % 28) / 28 })
        digit.highlight = MatrixRect(row: 3, column: 4, height: 5, width: 5)
        let graph = GraphDiagram(title: "graph", nodes: [N(id: "x", value: "2", grad: "3"), N(id: "y", value: "3"), N(id: "m", op: "×", value: "6", grad: "1", state: .active)],
                                 edges: [.init(from: "x", to: "m"), .init(from: "y", to: "m", label: "d=2")])
        return [
            ("line", line), ("log line", logLine), ("empty line", LinePlot(series: [])),
            ("contour", contour), ("scatter", scatter), ("filter", filter), ("digit", digit),
            ("empty heatmap", Heatmap(rows: 0, columns: 3, values: [])),
            ("histogram", Histogram(title: "acts", values: [0, 1, 1, 2, .nan], bins: 20)),
            ("given histogram", Histogram(counts: [1, 2, 3], edges: [0, 1, 2, 3])),
            ("hbar", HorizontalBarChart(title: "h", labels: ["a", "bb"], values: [1, -2], highlighted: 1)),
            ("vbar", VerticalBarChart(title: "v", labels: ["0", "1", "2"], values: [0.2, 0.7, .nan], highlighted: 1)),
            ("graph", graph),
            ("table", Table(title: "t", headers: ["a", "b"], rows: [["1", "x"], ["22", "yyyy"]], highlightedRow: 1)),
            ("empty table", Table(headers: [], rows: [])),
        ]
    }

    @Test(arguments: SizeTests.optionSets)
    func exactSizesEverywhere(options: RenderOptions) {
        for (name, chart) in SizeTests.charts {
            for (w, h) in SizeTests.sizes {
                let g = chart.render(width: w, height: h, options: options)
                #expect(g.width == w && g.height == h, "\(name) at \(w)×\(h)")
                #expect(g.glyphs.count == w * h, "\(name) at \(w)×\(h)")
                for line in g.lines {
                    #expect(displayWidth(of: line) == w, "\(name) at \(w)×\(h): \(line)")
                }
                if !options.unicode {
                    #expect(g.glyphs.allSatisfy { $0.character.isASCII }, "\(name) at \(w)×\(h) is not ASCII")
                }
                if !options.color {
                    #expect(g.glyphs.allSatisfy { $0.style.foreground == nil && $0.style.background == nil },
                            "\(name) at \(w)×\(h) has colour")
                }
            }
        }
    }
}

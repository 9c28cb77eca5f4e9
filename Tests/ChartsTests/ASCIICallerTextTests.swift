import Testing
@testable import Charts

/// In ASCII mode every chart draws only ASCII, text the caller supplies included (titles,
/// labels, legend names, notes, cells, graph texts): it is spelled by
/// `RenderOptions.drawable(_:)` before it is measured, so grids keep their exact size.
@Suite struct ASCIICallerTextTests {
    static let sizes: [(Int, Int)] = [(1, 1), (3, 3), (10, 4), (17, 7), (24, 9), (40, 12), (60, 16), (80, 24), (120, 40)]
    static let asciiOptions: [RenderOptions] = [.ascii, RenderOptions(unicode: false, color: false)]

    static let title = "σ′(x) — ∂L/∂w"
    static let titleASCII = "sigma'(x) -- dL/dw"

    /// Every chart kind, each with Unicode-heavy caller text in every place it takes text,
    /// and a piece of that text (spelled in ASCII) that a large ASCII render must show.
    static var charts: [(name: String, chart: any Chart, shows: [String])] {
        typealias N = GraphDiagram.Node
        var line = LinePlot(title: title, series: [Series(name: "h′", y: [0, 0.5, 1, 0.5]), Series(name: "σ′ × x²", y: [1, 0.2, 0.1, 0])],
                            xLabel: "x ∈ [−3, 3]", yLabel: "y₁")
        line.events = [EventMarker(x: 2, label: "η → η/2")]
        var scatter = ScatterPlot(title: title, classes: [Series(name: "α", x: [0, 1], y: [0, 1]), Series(name: "β≥½", x: [0.5], y: [0.2])],
                                  xLabel: "x₁", yLabel: "x₂")
        scatter.decision = { x, y in x > y ? 1 : 0 }
        var contour = ContourPlot(title: title, x: -2...2, y: -1...3) { x, y in x * x + y * y }
        contour.paths = [Series(name: "SGD η=0.1", x: [-1.5, -1, 0], y: [2, 1, 0.5]), Series(name: "Adam β₁", x: [1, 0.5], y: [2, 1])]
        contour.arrows = true
        contour.xLabel = "w₁"
        contour.yLabel = "w₂"
        var values = Heatmap(title: title, matrix: [[1, 0, -1], [2, 0, -2]])
        values.showValues = true
        values.palette = .diverging
        values.highlight = MatrixRect(row: 0, column: 1)
        let image = Heatmap(title: "∇W — ‖g‖²", rows: 8, columns: 8, values: (0..<64).map { Double($0) })
        let histogram = Histogram(title: title, values: [0, 1, 1, 2, .nan], bins: 4, xLabel: "a = σ(z)", yLabel: "№ · count")
        let given = Histogram(title: "Σ counts", counts: [1, 2, 3], edges: [0, 1, 2, 3], xLabel: "≤ x", yLabel: "n²")
        let hbar = HorizontalBarChart(title: title, labels: ["σ′", "tanh′", "ReLU — max(0, x)"], values: [0.25, 1, -0.5], highlighted: 1)
        var vbar = VerticalBarChart(title: title, labels: ["α", "β", "γ₁"], values: [0.2, 0.7, 0.1], highlighted: 1)
        vbar.yLabel = "p(y|x) ≈"
        let graph = GraphDiagram(
            title: title,
            nodes: [N(id: "x", label: "x₁", value: "−2", grad: "∂=3"), N(id: "ω", value: "3·10⁻²"),
                    N(id: "m", op: "×", value: "−0.06", grad: "1", state: .active), N(id: "s", label: "σ", value: "≈0.49", grad: "δ")],
            edges: [.init(from: "x", to: "m", label: "∂z/∂x"), .init(from: "ω", to: "m"), .init(from: "m", to: "s", label: "×1.1")])
        let table = Table(title: title, headers: ["η", "‖∇‖", "note"],
                          rows: [["0.1", "−0.5", "σ′ ≤ ¼"], ["1e−3", "∞", "—"]], highlightedRow: 1)
        let columnTable = Table(columns: [.init("β₁", alignment: .center), .init("β₂")], rows: [["0.9", "0.999 ± ε"]])
        return [
            ("line", line, [titleASCII, "h'", "sigma' * x^2", "x  in  [-3, 3]", "y1", "eta -> eta/2"]),
            ("scatter", scatter, [titleASCII, "alpha", "beta>=1/2", "x1", "x2"]),
            ("contour", contour, [titleASCII, "SGD eta=0.1", "Adam beta1", "w1", "w2"]),
            ("heatmap values", values, [titleASCII]),
            ("heatmap image", image, ["gradW -- ||g||^2"]),
            ("histogram", histogram, [titleASCII, "a = sigma(z)"]),
            ("given histogram", given, ["sum counts", "<= x", "n^2"]),
            ("hbar", hbar, [titleASCII, "sigma'", "tanh'", "ReLU -- max(0, x)"]),
            ("vbar", vbar, [titleASCII, "alpha", "beta", "gamma1", "p(y|x) ~="]),
            ("graph", graph, [titleASCII, "x1", "omega", "-2", "3*10^-2", "-0.06", "~=0.49", "d=3", "dz/dx", "*1.1", "sigma"]),
            ("table", table, [titleASCII, "eta", "||grad||", "-0.5", "sigma' <= 1/4", "1e-3", "inf", "--"]),
            ("aligned table", columnTable, ["beta1", "beta2", "0.999 +/- eps"]),
        ]
    }

    @Test(arguments: ASCIICallerTextTests.asciiOptions)
    func everyChartKindDrawsOnlyASCIIAtEverySize(options: RenderOptions) {
        for (name, chart, _) in ASCIICallerTextTests.charts {
            for (w, h) in ASCIICallerTextTests.sizes {
                let g = chart.render(width: w, height: h, options: options)
                #expect(g.width == w && g.height == h && g.glyphs.count == w * h, "\(name) at \(w)×\(h)")
                #expect(g.lines.count == h && g.lines.allSatisfy { $0.count == w }, "\(name) at \(w)×\(h)")
                #expect(g.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) at \(w)×\(h):\n\(g.text)")
            }
        }
    }

    @Test func callerTextIsSpelledNotDropped() {
        for (name, chart, shows) in ASCIICallerTextTests.charts {
            let text = chart.render(width: 120, height: 40, options: .ascii).text
            for s in shows { #expect(text.contains(s), "\(name) lacks \(s):\n\(text)") }
        }
    }

    @Test func unicodeModeKeepsCallerTextAsGiven() {
        let plot = LinePlot(title: ASCIICallerTextTests.title, series: [Series(name: "h′", y: [0, 1])], yLabel: "y₁")
        let text = plot.render(width: 60, height: 10, options: .standard).text
        #expect(text.contains(ASCIICallerTextTests.title) && text.contains("h′") && text.contains("y₁"))
        #expect(RenderOptions.standard.drawable("x² — σ′") == "x² — σ′")
        #expect(RenderOptions.ascii.drawable("x² — σ′") == "x^2 -- sigma'")
        #expect(RenderOptions.ascii.drawable("plain") == "plain")
    }

    /// A plot built by hand (legend symbols, notes, category labels, a colour bar) and text
    /// put on a canvas directly are ASCII too.
    @Test func plotAndCanvasPartsDrawOnlyASCII() {
        var plot = Plot(title: "∂L/∂w", xLabel: "κ", yLabel: "λ")
        plot.notes = ["3 values ≥ 10⁶"]
        plot.legend = [LegendEntry(symbol: "──", label: "μ ± σ"), LegendEntry(symbol: "●", label: "θ*")]
        plot.xAxis = Axis(range: 0...3, ticks: [0.5, 1.5, 2.5], labels: ["α", "β", "γ"])
        plot.xMapping = .intervals
        plot.colorBar = ColorBar(palette: .diverging, range: -1...1)
        for options in ASCIICallerTextTests.asciiOptions {
            for (w, h) in ASCIICallerTextTests.sizes {
                let g = plot.render(width: w, height: h, options: options) { canvas in
                    canvas.text("π≈3.14 中文", column: 0, row: 0)
                    canvas.mark(column: 1, row: 1, Glyph("×"))
                }
                #expect(g.width == w && g.height == h && g.lines.allSatisfy { displayWidth(of: $0) == w }, "\(w)×\(h)")
                // Chinese text is words, not drawing: kept in ASCII mode (issue #11).
                #expect(g.text.unicodeScalars.allSatisfy { $0.isASCII || (0x4E00...0x9FFF).contains($0.value) },
                        "\(w)×\(h):\n\(g.text)")
            }
        }
        let big = plot.render(width: 80, height: 20, options: .ascii) { canvas in
            canvas.text("π≈3.14 中文", column: 0, row: 0)
            canvas.mark(column: 1, row: 1, Glyph("×"))
        }.text
        for s in ["dL/dw", "kappa", "lambda", "3 values >= 10^6", "-- mu +/- sigma", "o theta*", "alpha", "beta", "gamma", "??3.14 中文", "*"] {
            #expect(big.contains(s), "lacks \(s):\n\(big)")
        }
    }

    @Test func graphMinimumSizeMeasuresTheSpelledText() {
        let g = GraphDiagram(nodes: [.init(id: "a", label: "σ", value: "x²"), .init(id: "b", op: "∑")],
                             edges: [.init(from: "a", to: "b")])
        let unicode = g.minimumSize(options: .standard), ascii = g.minimumSize(options: .ascii)
        #expect(ascii.width > unicode.width)
        let grid = g.render(width: ascii.width, height: ascii.height, options: .ascii)
        #expect(!grid.text.contains("needs") && grid.text.contains("sigma") && grid.text.contains("sum"), "\(grid.text)")
    }

    /// The spelled title and legend in a small line plot, exactly.
    @Test func transliteratedTitleAndLegendSnapshot() {
        let plot = LinePlot(title: "σ′(x)", series: [Series(name: "h′", y: [0, 1, 2]), Series(name: "x²", y: [2, 1, 0])])
        let lines = plot.render(width: 40, height: 8, options: .ascii).lines
        #expect(lines == [
            "             sigma'(x)                  ",
            " +-------------------------------+      ",
            "2+x\\--\\__                 __/--/o| o h' ",
            " |       '''--\\_____/--'''       | x x^2",
            "1+       ___--/''x''\\--___       |      ",
            "0+o/--/''                 ''\\--\\x|      ",
            " ++------+-------+-------+------++      ",
            "  0     0.5      1      1.5     2       ",
        ])
    }
}

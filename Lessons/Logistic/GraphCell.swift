import Charts
import LessonKit
import NumericCore

/// Page 3: the computation graph of one example, stepped forward (z, a, L) and backward
/// (da, dz, dw₁ dw₂ db) at a readable pace, every input a knob; the formula of the current
/// step written out with its numbers, the numerical check of dw₁, dw₂, db once the backward
/// pass is done, and the same steps for m examples at once (the vectorized form) below.
final class GraphCell: LiveCell, HeadlessStepping {
    var title: String { tr("one example: forward, then backward", "一个样本：先正向，再反向") }
    private(set) var graph = OneExampleGraph()
    private var pacer = StepPacer(interval: 1.2)

    static let inputs = ["x1", "x2", "w1", "w2", "b"]

    var knobs: [Knob] {
        let g = graph
        let values = [g.x1, g.x2, g.w1, g.w2, g.b]
        return zip(Self.inputs, values).map { name, value in
            Knob(name: name, label: name.hasPrefix("x") ? tr("input \(name)", "输入 \(name)") : tr("parameter \(name)", "参数 \(name)"),
                 kind: .continuous(range: -5...5, step: 0.25, scale: .linear), value: value, digits: 4)
        } + [Knob(name: "y", label: tr("label y", "标签 y"), kind: .integer(range: 0...1, step: 1), value: g.y)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let v = min(5, max(-5, value))
        switch name {
        case "x1": graph.x1 = v
        case "x2": graph.x2 = v
        case "w1": graph.w1 = v
        case "w2": graph.w2 = v
        case "b": graph.b = v
        case "y": graph.y = value >= 0.5 ? 1 : 0
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { graph.isFinished }
    var defaultRunSteps: Int { OneExampleGraph.stepCount }
    func step() { graph.step(); pacer.restart() }
    func advance(budget: Double) -> Bool {
        guard !graph.isFinished, pacer.isDue() else { return false }
        graph.step()
        return true
    }
    func reset() { graph.reset(); pacer.restart() }

    var status: String? {
        switch graph.stage {
        case 0: tr("press space to walk forward, then backward (s: one step)", "按空格键先正向、再反向走一遍（s：走一步）")
        case 1...3: tr("forward step \(graph.stage) of 3", "正向第 \(graph.stage) / 3 步")
        case 4..<OneExampleGraph.stepCount: tr("backward step \(graph.stage - 3) of 3", "反向第 \(graph.stage - 3) / 3 步")
        default: tr("done: every gradient known · r walks again", "完成：所有梯度都已求出 · 按 r 重走")
        }
    }

    static func number(_ v: Double) -> String { NumberText.format(v, digits: 4) }

    /// The diagram at the current stage: values above the arrows once computed, gradients
    /// below once the backward pass reaches them, the working node highlighted.
    /// How much the diagram writes: the long box name and the numbers, the short box name
    /// and the numbers, or the boxes alone (the numbers then in a table).
    enum Detail { case full, short, bare }

    func diagram(_ detail: Detail = .full, options: RenderOptions) -> GraphDiagram {
        let g = graph, s = g.stage, n = Self.number
        func state(_ forward: Int, _ backward: Int) -> GraphDiagram.Node.State {
            s == forward || s == backward ? .active : (s > forward ? .done : .normal)
        }
        let backward = s >= 6
        let zName = detail == .full ? "z=w·x+b" : "z"
        let nodes: [GraphDiagram.Node] = [
            .init(id: "x1", label: "x₁", value: n(g.x1)),
            .init(id: "w1", label: "w₁", value: n(g.w1), grad: backward ? n(g.dw1) : ""),
            .init(id: "x2", label: "x₂", value: n(g.x2)),
            .init(id: "w2", label: "w₂", value: n(g.w2), grad: backward ? n(g.dw2) : ""),
            .init(id: "b", label: "b", value: n(g.b), grad: backward ? n(g.db) : ""),
            .init(id: "z", op: zName, value: s >= 1 ? n(g.z) : "", grad: s >= 5 ? n(g.dz) : "", state: state(1, 6)),
            .init(id: "a", op: "σ", value: s >= 2 ? n(g.a) : "", grad: s >= 4 ? n(g.da) : "", state: state(2, 5)),
            .init(id: "y", label: "y", value: n(g.y)),
            .init(id: "L", op: "L(a,y)", value: s >= 3 ? n(g.loss) : "", grad: s >= 4 ? "1" : "", state: state(3, 4)),
        ]
        let edges = [("x1", "z"), ("w1", "z"), ("x2", "z"), ("w2", "z"), ("b", "z"), ("z", "a"), ("a", "L"), ("y", "L")]
            .map { GraphDiagram.Edge(from: $0.0, to: $0.1) }
        return GraphDiagram(nodes: nodes.map { node in
            var node = node
            if detail == .bare { node.value = ""; node.grad = "" }
            node.label = options.drawable(node.label)
            node.op = options.drawable(node.op)
            return node
        }, edges: edges)
    }

    /// The nodes' values and gradients as far as the walk has got (when the diagram has no
    /// room for them), the working node's row highlighted.
    var table: Table {
        let g = graph, s = g.stage, n = Self.number
        let rows = [["z", s >= 1 ? n(g.z) : "", s >= 5 ? n(g.dz) : ""],
                    ["a", s >= 2 ? n(g.a) : "", s >= 4 ? n(g.da) : ""],
                    ["L", s >= 3 ? n(g.loss) : "", s >= 4 ? "1" : ""],
                    ["w₁", n(g.w1), s >= 6 ? n(g.dw1) : ""], ["w₂", n(g.w2), s >= 6 ? n(g.dw2) : ""],
                    ["b", n(g.b), s >= 6 ? n(g.db) : ""]]
        let active = [1: 0, 2: 1, 3: 2, 4: 2, 5: 1, 6: 0][s] ?? -1
        return Table(columns: [.init(tr("node", "节点"), alignment: .left), .init(tr("value", "值"), alignment: .right),
                               .init(tr("grad", "梯度"), alignment: .right)], rows: rows, highlightedRow: active)
    }

    /// The current step's formula with its numbers (parts packed onto as few lines as fit).
    var stepParts: [String] {
        let g = graph, n = Self.number
        guard g.stage >= OneExampleGraph.stepCount else { return [stepLine] }
        return ["dw₁ = x₁·dz = \(n(g.dw1))", "dw₂ = x₂·dz = \(n(g.dw2))", "db = dz = \(n(g.db))"]
    }

    /// The current step's formula with its numbers, on one line.
    var stepLine: String {
        let g = graph, n = Self.number
        switch g.stage {
        case 0: return tr("forward: z, a, L from left to right; backward: da, dz, dw from right to left",
                          "正向：从左到右求 z、a、L；反向：从右到左求 da、dz、dw")
        case 1: return "z = w₁x₁ + w₂x₂ + b = \(n(g.w1))·\(n(g.x1)) + \(n(g.w2))·\(n(g.x2)) + \(n(g.b)) = \(n(g.z))"
        case 2: return "a = σ(z) = 1/(1 + e^−z) = \(n(g.a))"
        case 3: return "L = −(y·log a + (1 − y)·log(1 − a)) = \(n(g.loss))"
        case 4: return "da = ∂L/∂a = −y/a + (1 − y)/(1 − a) = \(n(g.da))"
        case 5: return "dz = da·σ′(z) = da·a(1 − a) = a − y = \(n(g.dz))"
        default: return "dw₁ = x₁·dz = \(n(g.dw1))  dw₂ = x₂·dz = \(n(g.dw2))  db = dz = \(n(g.db))"
        }
    }

    /// The numerical check (after the backward pass): the largest gap between dw₁, dw₂, db
    /// and their central differences.
    var checkLine: String {
        let g = graph, num = g.numerical
        let gap = max(abs(num.dw1 - g.dw1), abs(num.dw2 - g.dw2), abs(num.db - g.db))
        return tr("numerical gradient (central difference): dw₁ ≈ \(Self.number(num.dw1)), largest gap \(NumberText.format(gap, digits: 2))",
                  "数值微分（中心差分）：dw₁ ≈ \(Self.number(num.dw1))，最大差 \(NumberText.format(gap, digits: 2))")
    }

    /// The vectorized form for m examples at once (after `vectorHeader`).
    var vectorHeader: String { tr("all m examples at once (columns of X):", "m 个样本一起算（X 的每一列是一个样本）：") }

    var vectorLines: [String] {
        ["Z = wᵀX + b", "A = σ(Z)", "dZ = A − Y", "dw = X·dZᵀ/m", "db = mean(dZ)"]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        var wrapped = ReadoutLines.pack(stepParts, width: width, options: options)
        if graph.isFinished { wrapped += ReadoutLines.pack([checkLine], width: width, options: options) }
        if height >= 16 {
            wrapped += [""] + ReadoutLines.pack([vectorHeader], width: width, options: options)
                + ReadoutLines.pack(vectorLines, width: width, options: options)
        }
        let rows = max(0, height - wrapped.count)
        var table = self.table
        table.columns = table.columns.map { .init(options.drawable($0.header), alignment: $0.alignment) }
        table.rows = table.rows.map { $0.map(options.drawable) }
        let tableRows = table.rows.count + 2
        if let fit = [Detail.full, .short].map({ diagram($0, options: options) })
            .first(where: { $0.minimumSize(options: options).width <= width && $0.minimumSize(options: options).height <= rows }) {
            grid.blit(fit.render(width: width, height: rows, options: options), x: 0, y: 0)
        } else {
            let bare = diagram(.bare, options: options), size = bare.minimumSize(options: options)
            var top = 0
            if size.width <= width && size.height + tableRows <= rows {
                grid.blit(bare.render(width: width, height: size.height, options: options), x: 0, y: 0)
                top = size.height
            }
            grid.blit(table.render(width: width, height: min(tableRows, rows - top), options: options), x: 0, y: top)
        }
        for (i, line) in wrapped.enumerated() where rows + i < height {
            grid.put(line, x: 1, y: rows + i, style: Style(bold: i == 0), maxWidth: max(0, width - 1))
        }
        return grid
    }

    /// JSON: the inputs, the stage, every value and gradient, and the numerical check.
    func export() -> CellExport {
        let g = graph, num = g.numerical
        let json: ExportValue = .object([
            ("x1", .number(g.x1)), ("x2", .number(g.x2)), ("w1", .number(g.w1)), ("w2", .number(g.w2)),
            ("b", .number(g.b)), ("y", .number(g.y)), ("stage", .integer(g.stage)),
            ("z", .number(g.z)), ("a", .number(g.a)), ("loss", .number(g.loss)),
            ("da", .number(g.da)), ("dz", .number(g.dz)), ("dw1", .number(g.dw1)), ("dw2", .number(g.dw2)), ("db", .number(g.db)),
            ("numerical_dw1", .number(num.dw1)), ("numerical_dw2", .number(num.dw2)), ("numerical_db", .number(num.db)),
        ])
        let rows: [[ExportValue]] = [("z", g.z, g.dz), ("a", g.a, g.da), ("L", g.loss, 1), ("w1", g.w1, g.dw1),
                                     ("w2", g.w2, g.dw2), ("b", g.b, g.db)].map { [.string($0.0), .number($0.1), .number($0.2)] }
        return CellExport(name: "graph", json: json, tables: [ExportTable(name: "graph nodes", columns: ["node", "value", "grad"], rows: rows)])
    }
}

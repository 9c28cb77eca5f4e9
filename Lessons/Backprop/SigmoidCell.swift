import Charts
import LessonKit
import NumericCore

/// Page 3: the sigmoid expanded into ×(−1), exp, +1, 1/c and walked forward and backward,
/// beside the one-node σ whose local derivative is y(1 − y): the two gradients agree.
final class SigmoidCell: LiveCell, HeadlessStepping {
    var title: String { tr("Sigmoid: four pieces or one node", "sigmoid：四个部件还是一个节点") }
    private(set) var x = 1.0
    private(set) var walk = GraphWalk(graph: SigmoidGraphs.expanded(x: 1))
    private(set) var collapsed = GraphWalk(graph: SigmoidGraphs.collapsed(x: 1))
    private var pacer = StepPacer()

    var knobs: [Knob] {
        [Knob(name: "x", label: tr("input x", "输入 x"), kind: .continuous(range: -10...10, step: 0.25, scale: .linear),
              value: x, digits: 4)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard name == "x", value.isFinite else { return }
        x = value
        walk.setInput("x", to: value)
        collapsed.setInput("x", to: value)
        collapsed.finish()
    }

    init() { collapsed.finish() }

    var isAnimated: Bool { true }
    var isFinished: Bool { walk.isFinished }
    var defaultRunSteps: Int { walk.stepCount }
    func step() { walk.step(); pacer.restart() }
    func advance(budget: Double) -> Bool {
        guard !walk.isFinished, pacer.isDue() else { return false }
        walk.step()
        return true
    }
    func reset() { walk.reset(); pacer.restart() }
    var status: String? { GraphReadout(walk: walk).status }

    /// ∂y/∂x through the four pieces (the chain of four local derivatives).
    var expandedGradient: Double { walk.graph.values[walk.graph.id(labeled: "x")!].grad }
    /// ∂y/∂x through the σ node: y(1 − y).
    var collapsedGradient: Double { collapsed.graph.values[collapsed.graph.id(labeled: "x")!].grad }

    /// The comparison line: σ's y(1 − y) beside the expanded chain's result.
    var comparison: String {
        let node = GraphReadout.number(collapsedGradient), pieces = GraphReadout.number(expandedGradient)
        return tr("σ node: y(1 − y) = \(node) · pieces: \(pieces)", "σ 节点：y(1 − y) = \(node) · 四个部件：\(pieces)")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let collapsedChart = GraphPicture(walk: collapsed).diagram(labels: .full, options: options)
        let size = collapsedChart.minimumSize(options: options)
        let collapsedRows = width >= size.width && height >= 20 ? size.height + 1 : 0
        let expanded = GraphPicture(walk: walk)
            .render(width: width, height: height - collapsedRows,
                    readout: { [comparison] in GraphReadout(walk: $0).lines(width: width).prefix(1) + [comparison] },
                    options: options)
        grid.blit(expanded, x: 0, y: 0)
        if collapsedRows > 0 {
            grid.put(options.drawable(tr("the same sigmoid as one node, σ′ = y(1 − y):", "同一个 sigmoid 写成一个节点，σ′ = y(1 − y)：")), x: 0, y: height - collapsedRows,
                     style: Style(bold: true), maxWidth: width)
            grid.blit(collapsedChart.render(width: width, height: size.height, options: options),
                      x: 0, y: height - size.height)
        }
        return grid
    }

    func export() -> CellExport {
        let json: ExportValue = .object([
            ("x", .number(x)),
            ("expanded", .object(GraphExport.fields(walk))),
            ("collapsed", .object(GraphExport.fields(collapsed))),
            ("expanded_dydx", .number(expandedGradient)), ("collapsed_dydx", .number(collapsedGradient)),
            ("difference", .number(abs(expandedGradient - collapsedGradient))),
        ])
        return CellExport(name: "sigmoid", json: json,
                          tables: [GraphExport.nodeTable(walk, name: "sigmoid expanded"),
                                   GraphExport.nodeTable(collapsed, name: "sigmoid collapsed")])
    }
}

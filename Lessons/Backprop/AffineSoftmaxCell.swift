import Charts
import LessonKit
import NumericCore

/// Page 4: affine → softmax-with-loss for one sample, built from scalar graph nodes and
/// walked like the apple graph; beside each gradient, what the core's `Affine` and
/// `SoftmaxWithLoss` layers compute for the same numbers.
final class AffineSoftmaxCell: LiveCell, HeadlessStepping {
    var title: String { tr("Affine → softmax-with-loss, one scalar at a time", "Affine → Softmax-with-Loss，逐个标量计算") }
    private(set) var x1 = 1.0
    private(set) var x2 = 0.5
    private(set) var label = 0
    private(set) var walk = GraphWalk(graph: AffineSoftmaxGraph.graph(x1: 1, x2: 0.5, label: 0))
    private var pacer = StepPacer()

    var knobs: [Knob] {
        [Knob(name: "x1", label: tr("input x1", "输入 x1"), kind: .continuous(range: -5...5, step: 0.1, scale: .linear), value: x1),
         Knob(name: "x2", label: tr("input x2", "输入 x2"), kind: .continuous(range: -5...5, step: 0.1, scale: .linear), value: x2),
         Knob(name: "label", label: tr("true class t", "正确类别 t"), kind: .choice(["class 1", "class 2"]), value: Double(label))]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "x1": x1 = min(5, max(-5, value)); walk.setInput("x1", to: x1)
        case "x2": x2 = min(5, max(-5, value)); walk.setInput("x2", to: x2)
        case "label":
            label = value >= 0.5 ? 1 : 0
            let stage = walk.stage
            walk = GraphWalk(graph: AffineSoftmaxGraph.graph(x1: x1, x2: x2, label: label))
            for _ in 0..<stage { walk.step() }
        default: break
        }
    }

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

    /// The same sample through the core's layers: loss, dL/da, dL/dx, dL/dW, dL/db.
    struct LayerGradients {
        var loss: Double
        var scores: [Double]
        var dScores: [Double]
        var dx: [Double]
        var dW: [[Double]]
        var db: [Double]
    }

    /// The core's `Affine` and `SoftmaxWithLoss`, forward and backward, on this sample.
    var layers: LayerGradients {
        let affine = Affine(weight: Tensor(rows: AffineSoftmaxGraph.weight), bias: Tensor(AffineSoftmaxGraph.bias))
        let lossLayer = SoftmaxWithLoss()
        let scores = affine.forward(Tensor(rows: [[x1, x2]]), training: true)
        let loss = lossLayer.forward(scores, labels: [label])
        let dScores = lossLayer.backward()
        let dx = affine.backward(dScores)
        return LayerGradients(loss: loss, scores: scores.scalars, dScores: dScores.scalars, dx: dx.scalars,
                              dW: (0..<2).map { affine.weight.grad.row($0) }, db: affine.bias.grad.scalars)
    }

    /// The layers' gradient for a graph node with a layer counterpart (x, W, b, scores, L).
    func layerValue(for name: String, in g: LayerGradients) -> Double? {
        switch name {
        case "x1": g.dx[0]
        case "x2": g.dx[1]
        case "b1": g.db[0]
        case "b2": g.db[1]
        case "a1": g.dScores[0]
        case "a2": g.dScores[1]
        case "L": 1
        default:
            if name.count == 3, name.hasPrefix("w"), let i = Int(String(name.dropFirst().prefix(1))),
               let j = Int(String(name.suffix(1))) { g.dW[i - 1][j - 1] } else { nil }
        }
    }

    /// The largest |graph gradient − layer gradient| over the nodes with a layer counterpart.
    var largestDifference: Double {
        let g = layers
        let readout = GraphReadout(walk: walk)
        return walk.graph.nodes.compactMap { node in
            layerValue(for: readout.name(node.id), in: g).map { abs($0 - node.grad) }
        }.max() ?? 0
    }

    /// Loss from the graph and from the layers, and how far their gradients are apart.
    var comparison: String {
        let g = layers
        let graph = GraphReadout.number(walk.graph.output.value), layer = GraphReadout.number(g.loss)
        let difference = NumberText.format(largestDifference, digits: 2)
        return tr("L = \(graph) (layers \(layer)), max diff \(difference)",
                  "L = \(graph)（层计算 \(layer)），最大差 \(difference)")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let g = layers
        let readout = GraphReadout(walk: walk)
        let extra: (header: String, cell: (Int) -> String) = (tr("layers", "层计算"), { id in
            guard self.walk.shownGrad(id) != nil, let v = self.layerValue(for: readout.name(id), in: g) else { return "" }
            return GraphReadout.number(v)
        })
        return GraphPicture(walk: walk)
            .render(width: width, height: height,
                    readout: { [comparison] in Array(GraphReadout(walk: $0).lines(width: width).prefix(2)) + [comparison] },
                    focusWhenFinished: ["a1", "a2"], tableExtra: extra, options: options)
    }

    func export() -> CellExport {
        let g = layers
        let json: ExportValue = .object([
            ("x", .array([.number(x1), .number(x2)])), ("label", .integer(label)),
            ("graph", .object(GraphExport.fields(walk))),
            ("layers", .object([
                ("loss", .number(g.loss)), ("scores", .array(g.scores.map(ExportValue.number))),
                ("dscores", .array(g.dScores.map(ExportValue.number))), ("dx", .array(g.dx.map(ExportValue.number))),
                ("dW", .array(g.dW.map { .array($0.map(ExportValue.number)) })), ("db", .array(g.db.map(ExportValue.number))),
            ])),
            ("max_difference", .number(largestDifference)),
        ])
        return CellExport(name: "affine-softmax", json: json, tables: [GraphExport.nodeTable(walk, name: "affine-softmax")])
    }
}

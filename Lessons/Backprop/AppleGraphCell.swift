import Charts
import LessonKit
import NumericCore

/// Pages 1–2: the book's apple (and apple-and-orange) graph, walked forward node by node
/// and then backward, every price, count and the tax a knob.
final class AppleGraphCell: LiveCell, HeadlessStepping {
    var title: String { tr("Buying apples: forward, then backward", "买苹果：先正向，再反向") }
    private(set) var example = AppleExample.apple
    private(set) var values = AppleExample.defaults
    private(set) var walk = GraphWalk(graph: AppleExample.apple.graph(values: AppleExample.defaults))
    private var pacer = StepPacer()

    var knobs: [Knob] {
        [Knob(name: "example", label: tr("graph", "计算图"), kind: .choice(AppleExample.allCases.map(\.name)),
              value: Double(example.rawValue))]
            + example.inputs.map { input in
                let kind: Knob.Kind = input.name.hasSuffix("_num")
                    ? .integer(range: 0...20, step: 1)
                    : input.name == "tax"
                        ? .continuous(range: 0...3, step: 0.05, scale: .linear)
                        : .continuous(range: 0...1000, step: 10, scale: .linear)
                return Knob(name: input.name, label: input.label, kind: kind, value: values[input.name]!, digits: 4)
            }
    }

    func setKnob(_ name: String, to value: Double) {
        if name == "example" {
            let chosen = AppleExample(rawValue: Int(value)) ?? .apple
            guard chosen != example else { return }
            example = chosen
            walk = GraphWalk(graph: example.graph(values: values))
            pacer.restart()
        } else if values[name] != nil, value.isFinite {
            values[name] = value
            if example.inputs.contains(where: { $0.name == name }) { walk.setInput(name, to: value) }
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { walk.isFinished }
    var defaultRunSteps: Int { walk.stepCount }

    func step() {
        walk.step()
        pacer.restart()
    }

    func advance(budget: Double) -> Bool {
        guard !walk.isFinished, pacer.isDue() else { return false }
        walk.step()
        return true
    }

    func reset() {
        walk.reset()
        pacer.restart()
    }

    var status: String? { GraphReadout(walk: walk).status }

    /// The readout under the diagram: the current step's formula(s).
    var readout: [String] { GraphReadout(walk: walk).lines }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        GraphPicture(walk: walk, shortNames: AppleExample.shortNames)
            .render(width: width, height: height, readout: { GraphReadout(walk: $0).lines(width: width) },
                    options: options)
    }

    func export() -> CellExport {
        CellExport(name: "apple-graph", json: .object([("example", .string(example.name))] + GraphExport.fields(walk)),
                   tables: [GraphExport.nodeTable(walk, name: "apple-graph \(example.name)")])
    }
}

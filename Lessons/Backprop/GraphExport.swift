import LessonKit
import NumericCore

/// A graph walk as headless data: every node's operation, value and gradient (the complete
/// backward pass, whatever step the animation is at), the forward order, and each backward
/// step's chain-rule contributions.
enum GraphExport {
    /// The operation's name as the core spells it ("multiply", "power(2.0)"), or the leaf kind.
    static func operationName(_ node: GraphNode) -> String {
        node.operation.map { String(describing: $0) } ?? node.kind.rawValue
    }

    /// JSON fields describing the walk's graph.
    static func fields(_ walk: GraphWalk) -> [(String, ExportValue)] {
        let readout = GraphReadout(walk: walk)
        let nodes = walk.graph.nodes.map { node -> ExportValue in
            .object([
                ("id", .integer(node.id)), ("name", .string(readout.name(node.id))),
                ("kind", .string(node.kind.rawValue)), ("op", .string(operationName(node))),
                ("symbol", .string(node.operation?.symbol ?? "")),
                ("inputs", .array(node.inputs.map(ExportValue.integer))),
                ("value", .number(node.value)), ("grad", .number(node.grad)),
            ])
        }
        let backward = walk.backwardSteps.map { step -> ExportValue in
            .object([
                ("node", .integer(step.node)), ("upstream", .number(step.upstreamGradient)),
                ("contributions", .array(step.contributions.map { c in
                    .object([("input", .integer(c.input)), ("local", .number(c.localDerivative)),
                             ("amount", .number(c.amount))])
                })),
            ])
        }
        let phase: String
        switch walk.phase {
        case .ready: phase = "ready"
        case .forward: phase = "forward"
        case .backward: phase = walk.isFinished ? "done" : "backward"
        }
        return [
            ("output", .number(walk.graph.output.value)),
            ("phase", .string(phase)), ("step", .integer(walk.stage)), ("steps", .integer(walk.stepCount)),
            ("nodes", .array(nodes)),
            ("forward_order", .array(walk.forwardOrder.map(ExportValue.integer))),
            ("backward", .array(backward)),
        ]
    }

    /// The node table for CSV: id, name, kind, op, value, grad.
    static func nodeTable(_ walk: GraphWalk, name: String) -> ExportTable {
        let readout = GraphReadout(walk: walk)
        let rows = walk.graph.nodes.map { node -> [ExportValue] in
            [.integer(node.id), .string(readout.name(node.id)), .string(node.kind.rawValue),
             .string(operationName(node)), .number(node.value), .number(node.grad)]
        }
        return ExportTable(name: name, columns: ["id", "name", "kind", "op", "value", "grad"], rows: rows)
    }
}

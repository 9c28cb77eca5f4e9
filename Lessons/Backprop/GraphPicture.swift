import Charts
import LessonKit
import NumericCore

/// A graph walk drawn into a cell: the boxes-and-arrows `GraphDiagram` (values above the
/// arrows, gradients below, the active node highlighted) when it fits, with readout lines
/// under it; otherwise the same diagram with short names; otherwise the bare diagram over
/// a table of the nodes; otherwise the table alone (the active node's row highlighted).
///
/// A constant used by one node is folded into that node's box ("×−1", "+1"), as the book
/// draws the sigmoid graph.
struct GraphPicture {
    var walk: GraphWalk
    /// Shorter names for inputs, used when the full names do not fit ("apple_num" → "n").
    var shortNames: [String: String] = [:]

    /// How much of the walk the diagram writes on its arrows.
    enum Labels { case full, short, none }

    /// A number on an arrow (4 significant digits).
    static func number(_ value: Double) -> String { NumberText.format(value, digits: 4) }

    /// Constants with exactly one consumer: drawn inside that consumer's box.
    private var foldedConstants: Set<Int> {
        let graph = walk.graph
        var uses = [Int](repeating: 0, count: graph.values.count)
        for edge in graph.edges { uses[edge.from] += 1 }
        return Set(graph.values.indices.filter { graph.values[$0].isConstant && uses[$0] == 1 })
    }

    /// The text in node `id`'s box: the operation with its folded constants, or the name.
    private func boxText(_ id: Int, folded: Set<Int>, labels: Labels, options: RenderOptions) -> String {
        let graph = walk.graph
        let value = graph.values[id]
        let readout = GraphReadout(walk: walk)
        guard let operation = value.operation else {
            let name = readout.name(id)
            return options.drawable(labels == .full ? name : shortNames[name] ?? name)
        }
        let constants = value.inputs.compactMap { graph.id(of: $0) }.filter(folded.contains)
        return options.drawable(operation.symbol + constants.map { GraphReadout.number(graph.values[$0].value) }.joined())
    }

    /// The diagram at the walk's current step.
    func diagram(labels: Labels, options: RenderOptions) -> GraphDiagram {
        let graph = walk.graph
        let folded = foldedConstants
        let active = walk.activeNode
        let nodes = graph.values.indices.filter { !folded.contains($0) }.map { id -> GraphDiagram.Node in
            let value = graph.values[id]
            var node = GraphDiagram.Node(id: "n\(id)")
            if value.operation != nil {
                node.op = boxText(id, folded: folded, labels: labels, options: options)
            } else {
                node.label = boxText(id, folded: folded, labels: labels, options: options)
            }
            if labels != .none {
                if walk.showsValue(id) { node.value = Self.number(value.value) }
                if !value.isConstant, let grad = walk.shownGrad(id) { node.grad = Self.number(grad) }
            }
            node.state = id == active ? .active : walk.isDone(id) ? .done : .normal
            return node
        }
        let edges = graph.edges.filter { !folded.contains($0.from) }
            .map { GraphDiagram.Edge(from: "n\($0.from)", to: "n\($0.to)") }
        return GraphDiagram(nodes: nodes, edges: edges)
    }

    /// A table of the nodes in forward order (leaves first): name, operation, value, grad,
    /// and any `extra` column; the active node's row highlighted.
    func table(extra: (header: String, cell: (Int) -> String)? = nil, options: RenderOptions) -> Table {
        let graph = walk.graph
        let readout = GraphReadout(walk: walk)
        let folded = foldedConstants
        let leaves = graph.values.indices.filter { graph.values[$0].operation == nil && !folded.contains($0) }
        let order = leaves + walk.forwardOrder
        let rows = order.map { id -> [String] in
            let value = graph.values[id]
            let op = value.operation.map { _ in boxText(id, folded: folded, labels: .full, options: options) }
                ?? (value.isConstant ? "const" : "input")
            var row = [options.drawable(readout.name(id)), op,
                       walk.showsValue(id) ? GraphReadout.number(value.value) : "",
                       value.isConstant ? "" : walk.shownGrad(id).map(GraphReadout.number) ?? ""]
            if let extra { row.append(options.drawable(extra.cell(id))) }
            return row
        }
        var columns: [Table.Column] = [.init("node", alignment: .left), .init("op", alignment: .left),
                                       .init("value", alignment: .right), .init("grad", alignment: .right)]
        if let extra { columns.append(.init(options.drawable(extra.header), alignment: .right)) }
        return Table(columns: columns, rows: rows, highlightedRow: walk.activeNode.flatMap { order.firstIndex(of: $0) })
    }

    /// Draws the walk into exactly `width` × `height`: the largest form that fits, with as
    /// many `readout` lines under it as there is room for (wrapped to the width).
    func render(width: Int, height: Int, readout: [String],
                tableExtra: (header: String, cell: (Int) -> String)? = nil, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        // A line wider than the cell is broken at spaces, its continuation indented.
        let lines = readout.map(options.drawable).flatMap { line in
            ReadoutLines.wrap(line, width: width).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
        }
        func putReadout(from top: Int) {
            for (i, line) in lines.prefix(max(0, height - top)).enumerated() {
                grid.put(line, x: 0, y: top + i, style: Style(bold: i == 0), maxWidth: width)
            }
        }
        // Sized as if finished (every value and gradient written), so the form chosen does
        // not change from step to step.
        var finished = self
        finished.walk.finish()
        for labels in [Labels.full, .short] where labels == .full || !shortNames.isEmpty {
            let size = finished.diagram(labels: labels, options: options).minimumSize(options: options)
            guard size.width <= width, size.height <= height else { continue }
            let chart = diagram(labels: labels, options: options)
            let rows = min(lines.count, height - size.height)
            grid.blit(chart.render(width: width, height: height - rows, options: options), x: 0, y: 0)
            putReadout(from: height - rows)
            return grid
        }
        let table = table(extra: tableExtra, options: options)
        let bare = diagram(labels: .none, options: options)
        let size = bare.minimumSize(options: options)
        let readoutRows = min(lines.count, max(0, height - 4))
        var top = 0
        if size.width <= width, size.height + 5 + readoutRows <= height {
            grid.blit(bare.render(width: width, height: size.height, options: options), x: 0, y: 0)
            top = size.height
        }
        let tableRows = height - top - readoutRows
        grid.blit(table.render(width: width, height: tableRows, options: options), x: 0, y: top)
        putReadout(from: height - readoutRows)
        return grid
    }
}

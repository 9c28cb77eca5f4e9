import Charts
import LessonKit
import NumericCore

/// A graph walk drawn into a cell: the boxes-and-arrows `GraphDiagram` (values above the
/// arrows, gradients below, the active node highlighted) when it fits, with readout lines
/// under it; otherwise the same diagram with short names; otherwise the bare diagram over
/// a table of the nodes; otherwise the table alone (the active node's row highlighted).
///
/// A constant used by one node is folded into that node's box ("×(−1)", "+1"), as the book
/// draws the sigmoid graph; the reciprocal and the negation are named after their input
/// ("1/c", "−log").
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
        let inputs = value.inputs.compactMap { graph.id(of: $0) }
        // "1/x" and "−x" would read as acting on the graph's input x: name the node's own input.
        if let input = inputs.first {
            if case .reciprocal = operation { return options.drawable("1/" + readout.name(input)) }
            if case .negate = operation { return options.drawable("−" + readout.name(input)) }
        }
        // "×−1" reads as "x minus 1" once × is spelled x: a negative constant gets brackets,
        // and without Unicode the product is written "*".
        let symbol = operation == .multiply && !options.unicode ? "*" : operation.symbol
        let constants = inputs.filter(folded.contains).map { id -> String in
            let number = GraphReadout.number(graph.values[id].value)
            return graph.values[id].value < 0 ? "(\(number))" : number
        }
        return options.drawable(symbol + constants.joined())
    }

    /// The diagram at the walk's current step. With `padded`, a value or gradient not shown
    /// yet is written as blanks as wide as it will be once the walk is finished, so the layout
    /// (which follows the widths of the labels) is the same at every step.
    func diagram(labels: Labels, padded: Bool = false, options: RenderOptions) -> GraphDiagram {
        let graph = walk.graph
        let folded = foldedConstants
        let active = walk.activeNode
        var finished = walk
        finished.finish()
        func blank(_ text: String?) -> String { padded ? String(repeating: " ", count: text.map { displayWidth(of: $0) } ?? 0) : "" }
        let nodes = graph.values.indices.filter { !folded.contains($0) }.map { id -> GraphDiagram.Node in
            let value = graph.values[id]
            var node = GraphDiagram.Node(id: "n\(id)")
            if value.operation != nil {
                node.op = boxText(id, folded: folded, labels: labels, options: options)
            } else {
                node.label = boxText(id, folded: folded, labels: labels, options: options)
            }
            if labels != .none {
                node.value = walk.showsValue(id) ? Self.number(value.value)
                    : blank(finished.showsValue(id) ? Self.number(value.value) : nil)
                if !value.isConstant {
                    node.grad = walk.shownGrad(id).map(Self.number) ?? blank(finished.shownGrad(id).map(Self.number))
                }
            }
            node.state = id == active ? .active : walk.isDone(id) ? .done : .normal
            return node
        }
        let edges = graph.edges.filter { !folded.contains($0.from) }
            .map { GraphDiagram.Edge(from: "n\($0.from)", to: "n\($0.to)") }
        return GraphDiagram(nodes: nodes, edges: edges)
    }

    /// A table of the nodes in forward order (leaves first): name, operation, value, grad,
    /// and any `extra` column; the active node's row highlighted. Values and gradients not
    /// shown yet are blanks as wide as they will be, and the pointer column is always kept
    /// (`highlightedRow` −1 marks no row), so the columns do not shift as the walk goes on.
    func table(extra: (header: String, cell: (Int) -> String)? = nil, options: RenderOptions) -> Table {
        let graph = walk.graph
        let readout = GraphReadout(walk: walk)
        let folded = foldedConstants
        var finished = walk
        finished.finish()
        let leaves = graph.values.indices.filter { graph.values[$0].operation == nil && !folded.contains($0) }
        let order = leaves + walk.forwardOrder
        func blank(_ text: String?) -> String { String(repeating: " ", count: text.map { displayWidth(of: $0) } ?? 0) }
        let rows = order.map { id -> [String] in
            let value = graph.values[id]
            let op = value.operation.map { _ in boxText(id, folded: folded, labels: .full, options: options) }
                ?? (value.isConstant ? tr("const", "常数") : tr("input", "输入"))
            let number = GraphReadout.number(value.value)
            let grad = value.isConstant ? ""
                : walk.shownGrad(id).map(GraphReadout.number) ?? blank(finished.shownGrad(id).map(GraphReadout.number))
            var row = [options.drawable(readout.name(id)), op,
                       walk.showsValue(id) ? number : blank(finished.showsValue(id) ? number : nil), grad]
            if let extra { row.append(options.drawable(extra.cell(id))) }
            return row
        }
        var columns: [Table.Column] = [.init(tr("node", "节点"), alignment: .left), .init(tr("op", "运算"), alignment: .left),
                                       .init(tr("value", "值"), alignment: .right), .init(tr("grad", "梯度"), alignment: .right)]
        if let extra { columns.append(.init(options.drawable(extra.header), alignment: .right)) }
        return Table(columns: columns, rows: rows, highlightedRow: walk.activeNode.flatMap { order.firstIndex(of: $0) } ?? -1)
    }

    /// Draws the walk into exactly `width` × `height`: the largest form that fits, with as
    /// many lines of `readout` (the lines for a walk at some step) under it as there is room
    /// for, wrapped to the width. One layout for the whole walk: the form, the diagram's
    /// layout and the rows kept for the readout are chosen for every step at once, so
    /// nothing moves while the learner steps. In the table form the active node's row stays
    /// in view (once finished, the rows of `focusWhenFinished`), with a "… N more rows" cue.
    func render(width: Int, height: Int, readout: (GraphWalk) -> [String], focusWhenFinished: [String] = [],
                tableExtra: (header: String, cell: (Int) -> String)? = nil, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        // A line wider than the cell is broken at spaces, its continuation indented.
        func wrapped(_ walk: GraphWalk) -> [String] {
            readout(walk).map(options.drawable).flatMap { line in
                ReadoutLines.wrap(line, width: width).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
            }
        }
        let lines = wrapped(walk)
        var most = 0
        var probe = walk
        probe.reset()
        while true {
            most = max(most, wrapped(probe).count)
            if probe.isFinished { break }
            probe.step()
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
            let chart = diagram(labels: labels, padded: true, options: options)
            let rows = min(most, height - size.height)
            grid.blit(chart.render(width: width, height: height - rows, options: options), x: 0, y: 0)
            putReadout(from: height - rows)
            return grid
        }
        let bare = diagram(labels: .none, options: options)
        let size = bare.minimumSize(options: options)
        // The table keeps at least six rows of nodes where it can: the readout gets the rest.
        let readoutRows = min(most, max(0, height - 4), max(2, height - 9))
        var top = 0
        if size.width <= width, size.height + 5 + readoutRows <= height {
            grid.blit(bare.render(width: width, height: size.height, options: options), x: 0, y: 0)
            top = size.height
        }
        putTable(into: &grid, top: top, rows: height - top - readoutRows, focusWhenFinished: focusWhenFinished,
                 extra: tableExtra, options: options)
        putReadout(from: height - readoutRows)
        return grid
    }

    /// The node table in `rows` rows from `top`: when it is longer, a window that shows the
    /// active node (or, once finished, the `focusWhenFinished` nodes) and a last line saying
    /// how many rows are hidden above and below.
    private func putTable(into grid: inout Grid, top: Int, rows: Int, focusWhenFinished: [String],
                          extra: (header: String, cell: (Int) -> String)?, options: RenderOptions) {
        let full = table(extra: extra, options: options)
        let room = rows - 2
        guard room < full.rows.count, room >= 2 else {
            grid.blit(full.render(width: grid.width, height: rows, options: options), x: 0, y: top)
            return
        }
        let shown = room - 1
        let names = full.rows.map { $0.first ?? "" }
        let focus = walk.isFinished && !focusWhenFinished.isEmpty
            ? focusWhenFinished.compactMap { names.firstIndex(of: options.drawable($0)) }
            : full.highlightedRow.flatMap { $0 >= 0 ? [$0] : nil } ?? []
        let low = focus.min() ?? 0, high = focus.max() ?? 0
        // Centre the focus rows in the window, kept inside the table.
        let first = max(0, min(full.rows.count - shown, (low + high + 1) / 2 - shown / 2))
        // Cells padded to their column's width over the whole table, so the window's
        // columns are as wide whichever rows it shows.
        let widths = full.columns.indices.map { c in
            full.rows.reduce(displayWidth(of: full.columns[c].header)) { c < $1.count ? max($0, displayWidth(of: $1[c])) : $0 }
        }
        var window = full
        window.rows = full.rows[first..<(first + shown)].map { row in
            row.indices.map { c in
                let gap = String(repeating: " ", count: max(0, widths[c] - displayWidth(of: row[c])))
                return full.columns[c].alignment == .right ? gap + row[c] : row[c] + gap
            }
        }
        window.highlightedRow = full.highlightedRow.map { (first..<(first + shown)).contains($0) ? $0 - first : -1 }
        grid.blit(window.render(width: grid.width, height: rows - 1, options: options), x: 0, y: top)
        let above = first, below = full.rows.count - first - shown
        let dots = options.unicode ? "…" : "..."
        let cue = tr("\(dots) \(above + below) more rows ("
                        + [above > 0 ? "\(above) above" : nil, below > 0 ? "\(below) below" : nil].compactMap { $0 }.joined(separator: ", ") + ")",
                     "\(dots) 另有 \(above + below) 行（"
                        + [above > 0 ? "上方 \(above) 行" : nil, below > 0 ? "下方 \(below) 行" : nil].compactMap { $0 }.joined(separator: "，") + "）")
        grid.put(cue, x: 2, y: top + rows - 1, style: options.color ? .color(Palette.muted) : .plain, maxWidth: grid.width - 2)
    }
}

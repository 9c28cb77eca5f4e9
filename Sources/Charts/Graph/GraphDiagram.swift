/// A computation graph drawn as boxes and arrows, left to right, like the figures of the
/// backprop chapter: each node a box with its operation (or name), each edge an arrow with
/// the source's forward value above the line and its gradient below (in red), and the
/// final node's value on an arrow leaving it.
///
/// Layout: a node's column is its longest path from the inputs (inputs that feed a later
/// node sit just before it, like the book's "tax"); nodes in a column are stacked so their
/// arrows run as straight as possible; arrows turn only in the gaps between columns, each on
/// its own vertical track, so they never cross a box or a label; an arrow skipping columns
/// passes through them on a reserved row. `minimumSize(options:)` says how much room that
/// takes; a smaller grid shows a one-line "needs W×H" notice instead.
///
/// ```swift
/// let g = GraphDiagram(nodes: [.init(id: "a", label: "apple", value: "100", grad: "2.2"),
///                              .init(id: "n", label: "count", value: "2", grad: "110"),
///                              .init(id: "m", op: "×", value: "200", grad: "1.1")],
///                      edges: [.init(from: "a", to: "m"), .init(from: "n", to: "m")])
/// ```
public struct GraphDiagram: Chart, Sendable {
    /// A node: a box showing `op` (or `label` when `op` is empty).
    public struct Node: Sendable, Hashable {
        /// How a node is emphasised while a lesson animates the forward or backward pass.
        public enum State: Sendable, Hashable {
            /// Not yet visited.
            case normal
            /// Being computed now: double border, accent colour, bold.
            case active
            /// Already computed: green border.
            case done
        }

        public var id: String
        public var label: String
        /// The operation symbol drawn in the box, e.g. `×`, `+`, `exp`.
        public var op: String
        /// The forward value, drawn above the node's outgoing arrows.
        public var value: String
        /// The gradient, drawn below the node's outgoing arrows.
        public var grad: String
        public var state: State

        /// A node; the box shows `op`, or `label`, or `id`.
        public init(id: String, label: String = "", op: String = "", value: String = "", grad: String = "",
                    state: State = .normal) {
            self.id = id
            self.label = label
            self.op = op
            self.value = value
            self.grad = grad
            self.state = state
        }

        /// The text inside the box.
        public var boxText: String { !op.isEmpty ? op : (!label.isEmpty ? label : id) }
    }

    /// An arrow from one node's output to another node's input.
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// A note drawn after the gradient under the arrow, e.g. a local derivative `×1.1`.
        public var label: String

        /// An arrow from node `from` to node `to`.
        public init(from: String, to: String, label: String = "") {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    public var title: String
    public var nodes: [Node]
    /// Edges; those naming unknown nodes, or closing a cycle, are left out.
    public var edges: [Edge]

    /// A diagram of `nodes` joined by `edges`.
    public init(title: String = "", nodes: [Node], edges: [Edge]) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
    }

    /// The smallest grid the diagram fits in (with its title).
    public func minimumSize(options: RenderOptions = .standard) -> (width: Int, height: Int) {
        let graph = drawable(options)
        let layout = GraphLayout(graph: graph, verticalGap: 0)
        return (layout.minimumWidth, layout.height + (graph.title.isEmpty ? 0 : 1))
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let graph = drawable(options)
        let sym = Symbols.for(options)
        let titleRows = graph.title.isEmpty ? 0 : 1
        var layout = GraphLayout(graph: graph, verticalGap: 1)
        if layout.height + titleRows > grid.height || layout.minimumWidth > grid.width {
            layout = GraphLayout(graph: graph, verticalGap: 0)
        }
        guard layout.height + titleRows <= grid.height, layout.minimumWidth <= grid.width else {
            let message = options.drawable(tr("graph needs \(layout.minimumWidth)×\(layout.height + titleRows)", "图需要 \(layout.minimumWidth)×\(layout.height + titleRows)"))
            let text = TextFit.truncate(message, to: grid.width, ellipsis: sym.ellipsis)
            grid.put(text, x: Swift.max(0, (grid.width - displayWidth(of: text)) / 2), y: grid.height / 2)
            return grid
        }
        if titleRows > 0 {
            grid.put(TextFit.truncate(graph.title, to: grid.width, ellipsis: sym.ellipsis), x: 0, y: 0, style: Style(bold: true))
        }
        layout.spread(toWidth: grid.width)
        let left = Swift.max(0, (grid.width - layout.width) / 2)
        let top = titleRows + Swift.max(0, (grid.height - titleRows - layout.height) / 2)
        graph.draw(layout, into: &grid, x: left, y: top, options: options)
        return grid
    }

    /// This diagram with every text it draws — title, box texts, values, gradients, edge
    /// labels — as `options` can draw it, so the layout measures what is drawn. Node ids (which
    /// edges refer to) are kept; a box showing its id gets the spelled id as its label.
    func drawable(_ options: RenderOptions) -> GraphDiagram {
        guard !options.unicode else { return self }
        var g = self
        g.title = options.drawable(title)
        g.nodes = nodes.map { n in
            var n = n
            if n.op.isEmpty && n.label.isEmpty { n.label = options.drawable(n.id) }
            n.label = options.drawable(n.label)
            n.op = options.drawable(n.op)
            n.value = options.drawable(n.value)
            n.grad = options.drawable(n.grad)
            return n
        }
        g.edges = edges.map { e in
            var e = e
            e.label = options.drawable(e.label)
            return e
        }
        return g
    }
}

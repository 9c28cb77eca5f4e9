/// Where every box, arrow track and label of a `GraphDiagram` goes, in diagram coordinates
/// (the top-left of the diagram is 0, 0).
struct GraphLayout {
    /// A box in a column: a node's box, or a pass-through slot (`node == nil`) carrying an
    /// arrow across a column it skips.
    struct Box {
        var node: Int?
        var layer: Int
        var width: Int
        var height: Int
        var top = 0
        /// Rows where incoming arrows arrive, in order.
        var ports: [Int] = []
        /// The row arrows leave from (and, for a node, the row of its text).
        var outRow: Int { top + 1 }
    }

    /// One column-to-column piece of an edge.
    struct Segment {
        var from: Int
        var to: Int
        var edge: Int
        var port = 0
        /// The vertical track in the gap (0 = nearest the target), nil for a straight run.
        var track: Int?
    }

    var boxes: [Box] = []
    var segments: [Segment] = []
    /// Box indices per column, top to bottom.
    var layers: [[Int]] = []
    var layerWidth: [Int] = []
    /// Width of the labels in the gap right of each column.
    var textWidth: [Int] = []
    /// Vertical tracks needed in the gap right of each column.
    var tracks: [Int] = []
    /// Extra columns given to each gap (and the output stub, last) when spreading out.
    var extra: [Int] = []
    /// Columns of the final nodes' output arrows (0 when none).
    var stubWidth = 0
    var height = 0
    let verticalGap: Int

    /// The labels of each node's outgoing arrows: value above, gradient and edge labels below.
    var above: [String] = []
    var below: [String] = []

    init(graph: GraphDiagram, verticalGap: Int) {
        self.verticalGap = verticalGap
        let n = graph.nodes.count
        var index: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
        // Edges between known nodes, in a topological order (Kahn); cycle-closing ones dropped.
        var candidate: [(Int, Int, Int)] = []
        for (k, e) in graph.edges.enumerated() {
            if let a = index[e.from], let b = index[e.to], a != b { candidate.append((a, b, k)) }
        }
        let (order, kept) = GraphLayout.acyclic(nodeCount: n, edges: candidate)
        var preds = [[Int]](repeating: [], count: n), succs = [[Int]](repeating: [], count: n)
        for (a, b, _) in kept { preds[b].append(a); succs[a].append(b) }

        // Columns: longest path from the inputs; inputs feeding only later nodes move right;
        // final nodes with something to show move to the last column.
        var depth = [Int](repeating: 0, count: n)
        for v in order { for p in preds[v] { depth[v] = Swift.max(depth[v], depth[p] + 1) } }
        for v in order.reversed() where preds[v].isEmpty && !succs[v].isEmpty {
            depth[v] = succs[v].map { depth[$0] }.min()! - 1
        }
        let maxDepth = depth.max() ?? 0
        for v in 0..<n where succs[v].isEmpty && !preds[v].isEmpty { depth[v] = maxDepth }

        above = graph.nodes.map(\.value)
        below = graph.nodes.indices.map { v in
            ([graph.nodes[v].grad] + kept.filter { $0.0 == v }.map { graph.edges[$0.2].label })
                .filter { !$0.isEmpty }.joined(separator: " ")
        }

        // Boxes for nodes, then pass-through slots for edges skipping columns.
        layers = [[Int]](repeating: [], count: maxDepth + 1)
        for v in 0..<n {
            let w = displayWidth(of: graph.nodes[v].boxText) + 4
            boxes.append(Box(node: v, layer: depth[v], width: w, height: 3))
        }
        for (a, b, k) in kept {
            var from = a
            for d in (depth[a] + 1)..<Swift.max(depth[a] + 1, depth[b]) {
                boxes.append(Box(node: nil, layer: d, width: 0, height: 3))
                segments.append(Segment(from: from, to: boxes.count - 1, edge: k))
                from = boxes.count - 1
            }
            segments.append(Segment(from: from, to: b, edge: k))
        }
        for i in boxes.indices where boxes[i].node != nil {
            let incoming = segments.filter { $0.to == i }.count
            boxes[i].height = Swift.max(3, incoming + 2)
        }
        placeVertically()
        measureGaps(graph: graph)
    }

    /// A topological order of the nodes and the edges that keep the graph acyclic.
    static func acyclic(nodeCount n: Int, edges: [(Int, Int, Int)]) -> ([Int], [(Int, Int, Int)]) {
        var indegree = [Int](repeating: 0, count: n)
        for e in edges { indegree[e.1] += 1 }
        var order: [Int] = []
        var ready = (0..<n).filter { indegree[$0] == 0 }
        var placed = [Bool](repeating: false, count: n)
        while order.count < n {
            if ready.isEmpty {
                // A cycle: take the first unplaced node anyway.
                ready.append((0..<n).first { !placed[$0] }!)
            }
            let v = ready.removeFirst()
            guard !placed[v] else { continue }
            placed[v] = true
            order.append(v)
            for e in edges where e.0 == v {
                indegree[e.1] -= 1
                if indegree[e.1] == 0 && !placed[e.1] { ready.append(e.1) }
            }
        }
        var position = [Int](repeating: 0, count: n)
        for (i, v) in order.enumerated() { position[v] = i }
        return (order, edges.filter { position[$0.0] < position[$0.1] })
    }

    /// Stacks each column's boxes so that their ports line up with the rows their arrows
    /// come from (least squares, without overlaps), then shifts everything to start at row 0.
    private mutating func placeVertically() {
        for d in layers.indices {
            var members = boxes.indices.filter { boxes[$0].layer == d }
            var desired: [Int: Double] = [:]
            for b in members {
                let incoming = segments.indices.filter { segments[$0].to == b }
                    .sorted { boxes[segments[$0].from].outRow < boxes[segments[$1].from].outRow }
                guard !incoming.isEmpty else { continue }
                let mean = incoming.map { Double(boxes[segments[$0].from].outRow) }.reduce(0, +) / Double(incoming.count)
                desired[b] = mean - 1 - Double(incoming.count - 1) / 2
            }
            members.sort { a, b in
                switch (desired[a], desired[b]) {
                case let (x?, y?): return x != y ? x < y : a < b
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a < b
                }
            }
            // Boxes without incoming arrows follow the previous one.
            var targets: [Double] = []
            var previousBottom = -Double(verticalGap)
            for b in members {
                let t = desired[b] ?? (previousBottom + Double(verticalGap))
                targets.append(t)
                previousBottom = Swift.max(t, previousBottom + Double(verticalGap)) + Double(boxes[b].height)
            }
            let tops = GraphLayout.stack(heights: members.map { boxes[$0].height }, desired: targets, gap: verticalGap)
            for (k, b) in members.enumerated() { boxes[b].top = tops[k] }
            layers[d] = members
            // Ports in order of the rows their arrows come from.
            for b in members {
                let incoming = segments.indices.filter { segments[$0].to == b }
                    .sorted { boxes[segments[$0].from].outRow < boxes[segments[$1].from].outRow }
                for (k, s) in incoming.enumerated() { segments[s].port = boxes[b].top + 1 + k }
            }
        }
        let minTop = boxes.map(\.top).min() ?? 0
        for i in boxes.indices { boxes[i].top -= minTop }
        for s in segments.indices { segments[s].port -= minTop }
        height = boxes.map { $0.top + $0.height }.max() ?? 0
    }

    /// Tops for boxes of `heights` in order, as close as possible (least squares) to `desired`
    /// with at least `gap` rows between neighbours: pool-adjacent-violators on the tops minus
    /// the room the boxes above them need.
    static func stack(heights: [Int], desired: [Double], gap: Int) -> [Int] {
        var offsets: [Double] = []
        var acc = 0.0
        for h in heights { offsets.append(acc); acc += Double(h + gap) }
        var blocks: [(sum: Double, count: Double)] = []
        for i in desired.indices {
            blocks.append((desired[i] - offsets[i], 1))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1], prev = blocks[blocks.count - 2]
                guard prev.sum / prev.count > last.sum / last.count else { break }
                blocks.removeLast(2)
                blocks.append((prev.sum + last.sum, prev.count + last.count))
            }
        }
        var tops: [Int] = []
        for b in blocks {
            let z = (b.sum / b.count).rounded()
            for _ in 0..<Int(b.count) { tops.append(Int(z + offsets[tops.count])) }
        }
        return tops
    }

    /// Label widths and vertical tracks of each gap; output stub width.
    private mutating func measureGaps(graph: GraphDiagram) {
        let count = layers.count
        layerWidth = layers.map { $0.map { boxes[$0].width }.max() ?? 0 }
        textWidth = [Int](repeating: 0, count: count)
        tracks = [Int](repeating: 0, count: count)
        extra = [Int](repeating: 0, count: count)
        for s in segments {
            guard let v = boxes[s.from].node else { continue }
            let d = boxes[s.from].layer
            textWidth[d] = Swift.max(textWidth[d], displayWidth(of: above[v]), displayWidth(of: below[v]))
        }
        for d in 0..<count { assignTracks(gap: d) }
        for v in outputs { stubWidth = Swift.max(stubWidth, labelWidth(v) + 3) }
    }

    /// Gives each bending segment in gap `d` a vertical track: segments whose rows overlap
    /// get different tracks, and a segment leaving from the row another one arrives on is
    /// put left of it, so their horizontal runs never overlap.
    private mutating func assignTracks(gap d: Int) {
        let bending = segments.indices.filter {
            boxes[segments[$0].from].layer == d && boxes[segments[$0].from].outRow != segments[$0].port
        }
        guard !bending.isEmpty else { return }
        func span(_ s: Int) -> ClosedRange<Int> {
            let a = boxes[segments[s].from].outRow, b = segments[s].port
            return Swift.min(a, b)...Swift.max(a, b)
        }
        let ordered = bending.sorted { span($0).lowerBound < span($1).lowerBound }
        for _ in 0...ordered.count {
            var changed = false
            for s in ordered {
                var k = 0
                for other in ordered where other != s {
                    if boxes[segments[s].from].outRow == segments[other].port, let t = segments[other].track {
                        k = Swift.max(k, t + 1)
                    }
                }
                while ordered.contains(where: { $0 != s && segments[$0].track == k && span($0).overlaps(span(s)) }) { k += 1 }
                if segments[s].track != k { segments[s].track = k; changed = true }
            }
            if !changed { break }
        }
        tracks[d] = (bending.compactMap { segments[$0].track }.max() ?? -1) + 1
    }

    /// Nodes in the last column with no outgoing arrow but a value or gradient to show: they
    /// get an output arrow carrying their labels. (Node v's box is `boxes[v]`.)
    var outputs: [Int] {
        boxes.indices.filter { b in
            guard let v = boxes[b].node, boxes[b].layer == layers.count - 1 else { return false }
            return labelWidth(v) > 0 && !segments.contains { $0.from == b }
        }
    }

    /// Columns taken by node v's arrow labels.
    func labelWidth(_ v: Int) -> Int { Swift.max(displayWidth(of: above[v]), displayWidth(of: below[v])) }

    // MARK: Horizontal positions

    /// Columns of the gap right of column `d`: labels, then tracks, then `─▶`.
    func gapWidth(_ d: Int) -> Int {
        d == layers.count - 1 ? 0 : (textWidth[d] > 0 ? textWidth[d] + 2 : 1) + tracks[d] + 2 + extra[d]
    }

    /// The diagram's width without extra spacing.
    var minimumWidth: Int {
        var copy = self
        for i in copy.extra.indices { copy.extra[i] = 0 }
        return copy.width
    }

    /// The diagram's width.
    var width: Int {
        layerWidth.reduce(0, +) + layers.indices.map(gapWidth).reduce(0, +)
            + (stubWidth > 0 ? stubWidth + (extra.last ?? 0) : 0)
    }

    /// The left column of column `d`.
    func layerX(_ d: Int) -> Int {
        (0..<d).reduce(0) { $0 + layerWidth[$1] + gapWidth($1) }
    }

    /// Shares spare columns out among the gaps (at most 8 more each) so arrows get longer.
    mutating func spread(toWidth available: Int) {
        let slots = Swift.max(0, layers.count - 1) + (stubWidth > 0 ? 1 : 0)
        guard slots > 0 else { return }
        let spare = Swift.max(0, available - minimumWidth)
        let each = Swift.min(8, spare / slots)
        for d in 0..<(layers.count - 1) { extra[d] = each }
        if stubWidth > 0, let last = extra.indices.last { extra[last] = each }
    }
}

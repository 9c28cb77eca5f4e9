import NumericCore

/// The forward-then-backward replay of a `ComputationGraph`, one operation node per step:
/// first the forward pass column by column (left to right: each node after every input it
/// uses), then the core's `backwardSteps()` (right to left: the output first, each node
/// before the nodes it came from). `stage` counts the steps taken.
///
/// Leaves (inputs and constants) have no step: their values are known from the start and
/// their gradients arrive when the node that uses them takes its backward step.
struct GraphWalk {
    /// The graph being replayed; its values and grads are always the complete, current ones.
    let graph: ComputationGraph
    /// Operation node ids in the order the forward pass computes them (by column, then id).
    private(set) var forwardOrder: [Int] = []
    /// The backward pass of the operation nodes, in the order it happens (from the core).
    private(set) var backwardSteps: [BackwardStep] = []
    /// Steps taken: 0 = nothing computed, forward steps, then backward steps.
    private(set) var stage = 0

    /// A walk over `graph`, at the start.
    init(graph: ComputationGraph) {
        self.graph = graph
        refresh()
    }

    /// Where the walk is.
    enum Phase: Equatable {
        /// Nothing computed yet.
        case ready
        /// Forward step `k` (1-based) just done.
        case forward(Int)
        /// Backward step `k` (1-based) just done.
        case backward(Int)
    }

    var forwardCount: Int { forwardOrder.count }
    var backwardCount: Int { backwardSteps.count }
    /// Forward plus backward steps.
    var stepCount: Int { forwardCount + backwardCount }
    var isFinished: Bool { stage >= stepCount }

    var phase: Phase {
        if stage == 0 { return .ready }
        return stage <= forwardCount ? .forward(stage) : .backward(stage - forwardCount)
    }

    /// One step further (nothing once finished).
    mutating func step() { if !isFinished { stage += 1 } }

    /// Back to the start.
    mutating func reset() { stage = 0 }

    /// Jumps to the end: every value and gradient shown.
    mutating func finish() { stage = stepCount }

    /// Sets an input (through the core's `setInput`, which re-runs forward) and recomputes
    /// the gradients; the walk stays at its step.
    mutating func setInput(_ label: String, to value: Double) {
        graph.setInput(labeled: label, to: value)
        refresh()
    }

    /// Recomputes forward order and backward steps from the graph's current inputs.
    mutating func refresh() {
        graph.forward()
        let nodes = graph.nodes
        var column = [Int](repeating: 0, count: nodes.count)
        for node in nodes where !node.inputs.isEmpty {
            column[node.id] = (node.inputs.map { column[$0] }.max() ?? 0) + 1
        }
        forwardOrder = nodes.filter { $0.kind == .operation }.map(\.id)
            .sorted { (column[$0], $0) < (column[$1], $1) }
        backwardSteps = graph.backwardSteps().filter { !$0.contributions.isEmpty }
        stage = min(stage, stepCount)
    }

    /// The node working in the current step, if any.
    var activeNode: Int? {
        switch phase {
        case .ready: nil
        case .forward(let k): forwardOrder[k - 1]
        case .backward(let k): backwardSteps[k - 1].node
        }
    }

    /// The backward step just done, if the walk is in the backward phase.
    var currentBackwardStep: BackwardStep? {
        if case .backward(let k) = phase { return backwardSteps[k - 1] }
        return nil
    }

    /// Whether node `id`'s forward value is known at this stage (leaves always are).
    func showsValue(_ id: Int) -> Bool {
        guard let k = forwardOrder.firstIndex(of: id) else { return true }
        return k < stage
    }

    /// Whether node `id` has finished its step at this stage (for the diagram's colours).
    func isDone(_ id: Int) -> Bool {
        switch phase {
        case .ready: return false
        case .forward: return showsValue(id) && graph.values[id].operation != nil && id != activeNode
        case .backward(let k):
            return backwardSteps[..<(k - 1)].contains { $0.node == id }
        }
    }

    /// Node `id`'s gradient as far as the backward pass has got (nil before it reaches the
    /// node). A node used by several others shows its partial sum until all have passed.
    func shownGrad(_ id: Int) -> Double? {
        guard case .backward(let k) = phase else { return nil }
        let done = backwardSteps[..<k]
        let reached = done.contains { $0.node == id || $0.contributions.contains { $0.input == id } }
        return reached ? done.last!.gradients[id] : nil
    }
}

/// The graph behind an output `Value`, laid out for drawing and for replaying backprop:
/// numbered nodes in topological order, edges with their local derivatives, editable
/// inputs with a forward pass that recomputes everything, and a node-by-node backward pass.
///
///     let graph = ComputationGraph(output: price)
///     graph.setInput(labeled: "apple", to: 150)   // forward values update
///     for step in graph.backwardSteps() { ... }   // animate the backward pass
public final class ComputationGraph {
    /// The value the graph computes; backward differentiates it.
    public let output: Value
    /// Every value, inputs before the operations that use them, the output last.
    /// A node's id is its index here.
    public let values: [Value]
    private let idByObject: [ObjectIdentifier: Int]

    /// The graph of everything `output` depends on.
    public init(output: Value) {
        self.output = output
        self.values = output.topologicalOrder()
        var ids: [ObjectIdentifier: Int] = [:]
        for (id, value) in values.enumerated() { ids[ObjectIdentifier(value)] = id }
        self.idByObject = ids
    }

    /// The id of `value`, or nil if it is not in this graph.
    public func id(of value: Value) -> Int? { idByObject[ObjectIdentifier(value)] }

    /// The id of the first node with this label.
    public func id(labeled label: String) -> Int? { values.firstIndex { $0.label == label } }

    /// The ids of the input nodes (editable leaves), in topological order.
    public var inputIDs: [Int] { values.indices.filter { values[$0].kind == .input } }

    /// A snapshot of every node (current values and gradients), by id.
    public var nodes: [GraphNode] { values.indices.map(node) }

    /// A snapshot of one node.
    public func node(_ id: Int) -> GraphNode {
        let value = values[id]
        return GraphNode(id: id, label: value.label, kind: value.kind, operation: value.operation,
                         value: value.value, grad: value.grad,
                         inputs: value.inputs.map { idByObject[ObjectIdentifier($0)]! })
    }

    /// Every edge input → operation, with ∂to/∂from at the current values. An operation
    /// that uses one value twice (x·x) has two edges from it, told apart by `slot`.
    public var edges: [GraphEdge] {
        values.indices.flatMap { to -> [GraphEdge] in
            let node = values[to]
            guard let operation = node.operation else { return [] }
            let local = operation.localDerivatives(inputs: node.inputs.map(\.value), output: node.value)
            return node.inputs.enumerated().map { slot, input in
                GraphEdge(from: idByObject[ObjectIdentifier(input)]!, to: to, slot: slot,
                          localDerivative: local[slot])
            }
        }
    }

    /// Recomputes every operation's value from the current leaf values, in topological order.
    public func forward() {
        for value in values { value.recompute() }
    }

    /// Sets an input's value and re-runs the forward pass. Gradients are zeroed, since
    /// they belonged to the old values: run `backward()` again for new ones.
    /// - Precondition: `id` is an input node.
    public func setInput(_ id: Int, to newValue: Double) {
        precondition(values[id].kind == .input, "node \(id) is not an input")
        values[id].value = newValue
        forward()
        for value in values { value.grad = 0 }
    }

    /// Sets the input with this label (see `setInput(_:to:)`); false if there is none.
    @discardableResult public func setInput(labeled label: String, to newValue: Double) -> Bool {
        guard let id = id(labeled: label), values[id].kind == .input else { return false }
        setInput(id, to: newValue)
        return true
    }

    /// Sets every node's grad to ∂output/∂node (see `Value.backward()`).
    public func backward() {
        Value.backpropagate(through: values)
    }
}

/// A snapshot of one node of a `ComputationGraph`, for drawing.
public struct GraphNode: Sendable, Equatable {
    /// The index in the graph's topological order.
    public let id: Int
    /// The learner's name for it ("apple"), if any.
    public let label: String?
    /// Input, constant or operation.
    public let kind: GraphNodeKind
    /// The operation that made it (nil for leaves).
    public let operation: GraphOperation?
    /// The value from the last forward pass.
    public let value: Double
    /// ∂output/∂node after the last backward pass (0 before).
    public let grad: Double
    /// The ids of the operation's inputs, in order.
    public let inputs: [Int]

    /// What to write in the node's box: the label, else the operation symbol, else the
    /// constant's value.
    public var title: String {
        if let label { return label }
        if let operation { return operation.symbol }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// An arrow from an input to the operation that uses it, with the local derivative
/// ∂to/∂from that the backward pass multiplies the upstream gradient by.
public struct GraphEdge: Sendable, Equatable {
    /// The input node's id.
    public let from: Int
    /// The operation node's id.
    public let to: Int
    /// Which input of `to` this is (0 or 1).
    public let slot: Int
    /// ∂to/∂from at the current values.
    public let localDerivative: Double
}

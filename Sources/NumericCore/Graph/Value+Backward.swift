/// Backpropagation on the scalar graph: topological order, then the chain rule in reverse.
extension Value {
    /// Every value this one depends on, each once, every node after its inputs, self last.
    /// Deterministic: inputs are visited in order, depth first.
    public func topologicalOrder() -> [Value] {
        var order: [Value] = []
        var visited: Set<ObjectIdentifier> = []
        func visit(_ node: Value) {
            guard visited.insert(ObjectIdentifier(node)).inserted else { return }
            for input in node.inputs { visit(input) }
            order.append(node)
        }
        visit(self)
        return order
    }

    /// Sets `grad` of every value in this value's graph to ∂self/∂value: zeroes them, seeds
    /// self with 1, then goes through the nodes in reverse topological order, each passing
    /// its gradient to its inputs. A value used twice receives (adds) both contributions.
    public func backward() {
        Value.backpropagate(through: topologicalOrder())
    }

    /// Backward over `order` (topological, output last). After each node has passed its
    /// gradient on, `afterEach` sees the node and the local derivatives it applied.
    static func backpropagate(through order: [Value],
                              afterEach: (Value, [Double]) -> Void = { _, _ in }) {
        guard let output = order.last else { return }
        for node in order { node.grad = 0 }
        output.grad = 1
        for node in order.reversed() {
            afterEach(node, node.passGradientToInputs())
        }
    }

    /// The chain rule at one node: input.grad += grad · ∂self/∂input for each input.
    /// Returns the local derivatives ∂self/∂input (empty for leaves).
    private func passGradientToInputs() -> [Double] {
        guard let operation else { return [] }
        let local = operation.localDerivatives(inputs: inputs.map(\.value), output: value)
        for (input, derivative) in zip(inputs, local) {
            input.grad += grad * derivative
        }
        return local
    }
}

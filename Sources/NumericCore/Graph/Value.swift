/// A scalar in a computation graph, micrograd-sized: its value, the gradient of the
/// graph's output with respect to it, and what made it (an operation and its inputs).
///
///     let apple = Value(100, label: "apple"), count = Value(2, label: "apple_num")
///     let tax = Value(1.1, label: "tax")
///     let price = apple * count * tax      // 220
///     price.backward()                     // apple.grad 2.2, count.grad 110, tax.grad 200
///
/// Leaves are inputs (made with `init`, editable, their gradients are what we want) or
/// constants (the plain numbers in `x * 2`, made by the operators).
public final class Value {
    /// The number this node holds. For inputs, set it and re-run the forward pass
    /// (`ComputationGraph.forward()`) to update everything that depends on it.
    public var value: Double
    /// ∂output/∂self after the output's `backward()`.
    public var grad: Double = 0
    /// The operation that made this value; nil for inputs and constants.
    public let operation: GraphOperation?
    /// The values the operation was applied to, in order (empty for leaves).
    public let inputs: [Value]
    /// True for the plain numbers the operators turn into nodes (`x * 2`).
    public let isConstant: Bool
    /// A name to show in the graph ("apple", "tax"); nil draws the operation symbol.
    public var label: String?

    /// An input: a leaf whose value the learner sets and whose gradient backward computes.
    public init(_ value: Double, label: String? = nil) {
        self.value = value
        self.operation = nil
        self.inputs = []
        self.isConstant = false
        self.label = label
    }

    /// A constant leaf (what `x * 2` makes of the 2).
    public static func constant(_ value: Double) -> Value {
        Value(value: value, operation: nil, inputs: [], isConstant: true)
    }

    /// The result of `operation` applied to `inputs`, computed now.
    public convenience init(_ operation: GraphOperation, _ inputs: [Value], label: String? = nil) {
        precondition(inputs.count == operation.arity,
                     "\(operation) takes \(operation.arity) inputs, got \(inputs.count)")
        self.init(value: operation.forward(inputs.map(\.value)), operation: operation,
                  inputs: inputs, isConstant: false)
        self.label = label
    }

    private init(value: Double, operation: GraphOperation?, inputs: [Value], isConstant: Bool) {
        self.value = value
        self.operation = operation
        self.inputs = inputs
        self.isConstant = isConstant
    }

    /// Whether this is an input, a constant or the result of an operation.
    public var kind: GraphNodeKind {
        if operation != nil { return .operation }
        return isConstant ? .constant : .input
    }

    /// Sets the label and returns self, for naming inside expressions:
    /// `let price = (apple * count).labeled("apple price")`.
    @discardableResult public func labeled(_ label: String) -> Value {
        self.label = label
        return self
    }

    /// Recomputes `value` from the inputs' current values (nothing for leaves).
    func recompute() {
        if let operation {
            value = operation.forward(inputs.map(\.value))
        }
    }
}

/// The three kinds of node in a computation graph.
public enum GraphNodeKind: String, Sendable {
    /// A leaf the learner sets; its gradient is one of the answers.
    case input
    /// A fixed number inside an expression.
    case constant
    /// The result of an operation on other nodes.
    case operation
}

/// The gradient check: backprop's gradients beside central differences.
extension ComputationGraph {
    /// For every input: the gradient from backward and the central difference
    /// (f(x + h) − f(x − h)) / 2h of the output. Leaves every value as it found it and
    /// the grads set by backward.
    /// - Parameter h: the step (the book's numerical_gradient uses 1e-4).
    public func gradientCheck(h: Double = 1e-4) -> [GradientCheckRow] {
        backward()
        let rows = inputIDs.map { id -> GradientCheckRow in
            let input = values[id]
            let original = input.value
            input.value = original + h
            forward()
            let plus = output.value
            input.value = original - h
            forward()
            let minus = output.value
            input.value = original
            forward()
            return GradientCheckRow(node: id, label: input.label, backprop: input.grad,
                                    numerical: (plus - minus) / (2 * h))
        }
        return rows
    }
}

/// One row of the gradient-check table.
public struct GradientCheckRow: Sendable, Equatable {
    /// The input node.
    public let node: Int
    /// The input's label, if any.
    public let label: String?
    /// ∂output/∂input from backward.
    public let backprop: Double
    /// The central-difference estimate.
    public let numerical: Double

    /// |backprop − numerical|.
    public var absoluteError: Double { abs(backprop - numerical) }

    /// |backprop − numerical| / max(|backprop|, |numerical|, 1e-12): far below 1e-6 when
    /// backprop is right and the function is smooth around the point (h = 1e-4).
    public var relativeError: Double {
        absoluteError / max(abs(backprop), abs(numerical), 1e-12)
    }
}

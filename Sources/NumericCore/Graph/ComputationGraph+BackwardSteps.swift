/// The backward pass replayed one node at a time, for the lesson's animation.
extension ComputationGraph {
    /// Runs backward (as `backward()` does, setting every grad) and returns what happened at
    /// each node, in the order it happened: the output first (seeded with 1), then every
    /// node in reverse topological order. A node's gradient is complete when its turn comes,
    /// since everything that uses it came before.
    public func backwardSteps() -> [BackwardStep] {
        var steps: [BackwardStep] = []
        Value.backpropagate(through: values) { node, local in
            let to = self.id(of: node)!
            let contributions = node.inputs.enumerated().map { slot, input in
                GradientContribution(input: self.id(of: input)!, slot: slot,
                                     localDerivative: local[slot],
                                     amount: node.grad * local[slot],
                                     inputGradient: input.grad)
            }
            steps.append(BackwardStep(node: to, upstreamGradient: node.grad,
                                      contributions: contributions,
                                      gradients: self.values.map(\.grad)))
        }
        return steps
    }
}

/// One node's turn in the backward pass.
public struct BackwardStep: Sendable, Equatable {
    /// The node passing its gradient on.
    public let node: Int
    /// ∂output/∂node: 1 for the output, complete for every other node when its turn comes.
    public let upstreamGradient: Double
    /// What the node passed to each input (empty for leaves).
    public let contributions: [GradientContribution]
    /// Every node's grad after this step, by id (nodes not reached yet hold 0 or a partial sum).
    public let gradients: [Double]
}

/// The chain rule along one edge: `amount` = upstream gradient × local derivative,
/// added to the input's gradient.
public struct GradientContribution: Sendable, Equatable {
    /// The input node receiving the gradient.
    public let input: Int
    /// Which input of the operation it is.
    public let slot: Int
    /// ∂node/∂input.
    public let localDerivative: Double
    /// upstream × local: what is added to the input's gradient.
    public let amount: Double
    /// The input's gradient after the addition (a partial sum if it is used elsewhere too).
    public let inputGradient: Double
}

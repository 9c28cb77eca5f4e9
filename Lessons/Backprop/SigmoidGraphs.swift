import NumericCore

/// The sigmoid y = 1/(1 + exp(−x)) as a computation graph two ways (book ch. 5.5.2):
/// expanded into its pieces ×(−1), exp, +1, 1/c, and collapsed into one σ node whose
/// local derivative is y(1 − y).
enum SigmoidGraphs {
    /// x → a = x·(−1) → b = exp(a) → c = b + 1 → y = 1/c.
    static func expanded(x: Double) -> ComputationGraph {
        let input = Value(x, label: "x")
        let a = (input * -1).labeled("a")
        let b = a.exp().labeled("b")
        let c = (b + 1).labeled("c")
        return ComputationGraph(output: c.reciprocal().labeled("y"))
    }

    /// x → y = σ(x), one node.
    static func collapsed(x: Double) -> ComputationGraph {
        ComputationGraph(output: Value(x, label: "x").sigmoid().labeled("y"))
    }
}

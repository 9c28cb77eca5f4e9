import NumericCore

/// One sample through an affine layer and softmax-with-loss, built from scalar graph values
/// (book ch. 5.6–5.6.3): two inputs, two classes,
///
///     a_j = x1·w1j + x2·w2j + b_j,   y_t = exp(a_t) / (exp(a1) + exp(a2)),
///     L = −log(y_t + 1e-7)
///
/// with the book's 1e-7 inside the log (`cross_entropy_error`). No maximum is subtracted
/// before exp: the knobs keep the scores small.
enum AffineSoftmaxGraph {
    /// The fixed weights W (input i → class j) and biases b.
    static let weight: [[Double]] = [[0.5, -0.3], [0.2, 0.8]]
    static let bias: [Double] = [0.1, -0.2]
    /// The δ inside the log.
    static let delta = 1e-7

    /// The graph of L for inputs (x1, x2) and label `t` (0 or 1).
    static func graph(x1: Double, x2: Double, label t: Int) -> ComputationGraph {
        let x = [Value(x1, label: "x1"), Value(x2, label: "x2")]
        let w = (0..<2).map { i in (0..<2).map { j in Value(weight[i][j], label: "w\(i + 1)\(j + 1)") } }
        let b = (0..<2).map { j in Value(bias[j], label: "b\(j + 1)") }
        let a = (0..<2).map { j -> Value in
            let first = (x[0] * w[0][j]).labeled("x1w1\(j + 1)")
            let second = (x[1] * w[1][j]).labeled("x2w2\(j + 1)")
            let dot = (first + second).labeled("xW\(j + 1)")
            return (dot + b[j]).labeled("a\(j + 1)")
        }
        let e = (0..<2).map { j in a[j].exp().labeled("e\(j + 1)") }
        let total = (e[0] + e[1]).labeled("Σe")
        let label = min(max(t, 0), 1)
        let y = (e[label] / total).labeled("y\(label + 1)")
        let shifted = (y + delta).labeled("y\(label + 1)+δ")
        let logY = shifted.log().labeled("log")
        return ComputationGraph(output: (-logY).labeled("L"))
    }
}

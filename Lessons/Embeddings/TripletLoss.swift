/// The triplet loss of FaceNet (Schroff et al. 2015; Ng course 4 week 4) as a pure function:
/// L = max(‖a−p‖² − ‖a−n‖² + α, 0) for an anchor a, a positive p (same class) and a negative n
/// (another class), with its gradient with respect to the three embeddings. While the triplet
/// is active (the bracket is positive) ∂L/∂a = 2(n−p), ∂L/∂p = −2(a−p), ∂L/∂n = 2(a−n);
/// otherwise all three are 0 (at exactly 0 the subgradient 0 is taken).
enum TripletLoss {
    /// The loss and its three gradients for one triplet.
    struct Result: Equatable {
        var loss: Double
        var dAnchor: [Double]
        var dPositive: [Double]
        var dNegative: [Double]
        /// Whether the bracket was positive (the triplet still teaches something).
        var active: Bool { loss > 0 }
    }

    /// The squared Euclidean distance ‖x−y‖².
    static func squaredDistance(_ x: [Double], _ y: [Double]) -> Double {
        var s = 0.0
        for i in x.indices { let d = x[i] - y[i]; s += d * d }
        return s
    }

    /// L and its gradients for anchor `a`, positive `p`, negative `n` (same length) and margin α.
    static func evaluate(anchor a: [Double], positive p: [Double], negative n: [Double], margin: Double) -> Result {
        precondition(a.count == p.count && a.count == n.count, "TripletLoss: embeddings of different lengths")
        let raw = squaredDistance(a, p) - squaredDistance(a, n) + margin
        guard raw > 0 else {
            let zero = [Double](repeating: 0, count: a.count)
            return Result(loss: 0, dAnchor: zero, dPositive: zero, dNegative: zero)
        }
        return Result(loss: raw,
                      dAnchor: a.indices.map { 2 * (n[$0] - p[$0]) },
                      dPositive: a.indices.map { -2 * (a[$0] - p[$0]) },
                      dNegative: a.indices.map { 2 * (a[$0] - n[$0]) })
    }

    /// Scales `z` to unit length (FaceNet's ‖f(x)‖ = 1): e = z/‖z‖. A zero vector stays zero.
    static func normalize(_ z: [Double]) -> [Double] {
        let norm = squaredDistance(z, z.map { _ in 0 }).squareRoot()
        return norm > 0 ? z.map { $0 / norm } : z
    }

    /// The gradient with respect to z of a loss whose gradient with respect to e = z/‖z‖ is
    /// `g`: (g − (g·e)e)/‖z‖ (the part of g along e does not change e). Zero for z = 0.
    static func normalizeBackward(_ z: [Double], _ g: [Double]) -> [Double] {
        let norm = squaredDistance(z, z.map { _ in 0 }).squareRoot()
        guard norm > 0 else { return z.map { _ in 0 } }
        let e = z.map { $0 / norm }
        var dot = 0.0
        for i in z.indices { dot += g[i] * e[i] }
        return z.indices.map { (g[$0] - dot * e[$0]) / norm }
    }
}

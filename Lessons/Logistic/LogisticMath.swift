import Foundation
import NumericCore

/// Logistic regression's formulas (Ng, course 1 week 2), as plain functions a lesson, a test
/// and a benchmark can call: z = wᵀx + b, a = σ(z), the binary cross-entropy with a clipped
/// log, and its gradient dz = a − y, dw = x·dz, db = dz averaged over the examples —
/// once with the core's matrix products (vectorized) and once with explicit loops.
///
/// The examples are the rows of `x` ([m, n], the core's layout); Ng writes X as [n, m], so
/// his X·dZᵀ is our Xᵀ·dZ.
enum LogisticMath {
    /// The log is taken of max(a, ε) and of max(1 − a, ε): one example costs at most
    /// −log ε ≈ 27.6, so a saturated wrong answer (a = 0 exactly, y = 1) is a large finite loss.
    static let epsilon = 1e-12

    /// σ(z) = 1/(1 + e^−z), computed without overflow for large |z|.
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    /// L(a, y) = −[y·log a + (1 − y)·log(1 − a)] with the clipped log.
    static func loss(a: Double, y: Double) -> Double {
        -(y * log(max(a, epsilon)) + (1 - y) * log(max(1 - a, epsilon)))
    }

    /// The cost and its gradient at (w, b).
    struct Gradient: Equatable {
        var dw: [Double]
        var db: Double
        /// J = mean of the examples' losses.
        var cost: Double
    }

    /// The vectorized form: Z = Xw + b, A = σ(Z), dZ = A − Y, dw = Xᵀ·dZ/m, db = mean dZ
    /// (two matrix products of the core, no loop over examples or features). `transposed`,
    /// if given, is Xᵀ made once beforehand: the product with it is a plain one, which the
    /// core does without re-reading X column by column at every call.
    static func vectorizedGradient(x: Tensor, y: [Double], w: [Double], b: Double, transposed: Tensor? = nil) -> Gradient {
        let m = x.rows
        let z = MatMul.multiply(x, Tensor(shape: [w.count, 1], scalars: w))
        var dz = [Double](repeating: 0, count: m)
        var cost = 0.0
        for i in 0..<m {
            let a = sigmoid(z.scalars[i] + b)
            dz[i] = a - y[i]
            cost += loss(a: a, y: y[i])
        }
        let dzTensor = Tensor(shape: [m, 1], scalars: dz)
        let product = transposed.map { MatMul.multiply($0, dzTensor) } ?? MatMul.multiplyTransposedA(x, dzTensor)
        let dw = product.scalars.map { $0 / Double(m) }
        return Gradient(dw: dw, db: dz.reduce(0, +) / Double(m), cost: cost / Double(m))
    }

    /// The outputs a = σ(Xw + b) of every example (one matrix product).
    static func outputs(x: Tensor, w: [Double], b: Double) -> [Double] {
        MatMul.multiply(x, Tensor(shape: [w.count, 1], scalars: w)).scalars.map { sigmoid($0 + b) }
    }

    /// The fraction of examples whose a > 0.5 agrees with y.
    static func accuracy(outputs: [Double], y: [Double]) -> Double {
        guard !outputs.isEmpty else { return 0 }
        var right = 0
        for (a, t) in zip(outputs, y) where (a > 0.5 ? 1.0 : 0.0) == t { right += 1 }
        return Double(right) / Double(outputs.count)
    }

    /// The cost J of outputs `a` against labels `y`.
    static func cost(outputs: [Double], y: [Double]) -> Double {
        guard !outputs.isEmpty else { return 0 }
        return zip(outputs, y).reduce(0) { $0 + loss(a: $1.0, y: $1.1) } / Double(outputs.count)
    }

    /// The looped form: every example in turn, every feature in turn (`LoopGradient` does
    /// the same a slice of examples at a time).
    static func loopGradient(x: Tensor, y: [Double], w: [Double], b: Double) -> Gradient {
        var loop = LoopGradient(features: w.count)
        loop.add(x: x, y: y, w: w, b: b, examples: 0..<x.rows)
        return loop.result
    }
}

/// The looped gradient summed a slice of examples at a time, so the lesson can time it live
/// without blocking a frame: for each example, z = b + Σⱼ wⱼxⱼ, a = σ(z), dz = a − y, then
/// dwⱼ += xⱼ·dz for each feature and db += dz; `result` divides by the examples added.
struct LoopGradient {
    private(set) var dw: [Double]
    private(set) var db = 0.0
    private(set) var costSum = 0.0
    /// Examples added so far.
    private(set) var count = 0

    init(features: Int) { dw = [Double](repeating: 0, count: features) }

    /// Adds the examples `examples` (rows of `x`), one at a time, one feature at a time.
    mutating func add(x: Tensor, y: [Double], w: [Double], b: Double, examples: Range<Int>) {
        let n = w.count
        for i in examples {
            var z = b
            for j in 0..<n { z += w[j] * x.scalars[i * n + j] }
            let a = LogisticMath.sigmoid(z)
            let dz = a - y[i]
            for j in 0..<n { dw[j] += x.scalars[i * n + j] * dz }
            db += dz
            costSum += LogisticMath.loss(a: a, y: y[i])
            count += 1
        }
    }

    /// The mean gradient and cost over the examples added.
    var result: LogisticMath.Gradient {
        let m = Double(max(1, count))
        return LogisticMath.Gradient(dw: dw.map { $0 / m }, db: db / m, cost: costSum / m)
    }
}

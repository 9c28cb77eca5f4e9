import Foundation

/// Principal component analysis of n samples (rows) of d features: the data are centred
/// (the column means subtracted), and the principal components are the right singular
/// vectors of the centred matrix X_c = UΣVᵀ, i.e. the eigenvectors of the covariance
/// X_cᵀX_c / n with eigenvalues σᵢ² / n. For the linalg lesson's digits and the embeddings
/// lesson's codes.
///
/// How they are computed, and why:
/// - `.exact`: the core `SVD` (one-sided Jacobi) of X_c itself. The SVD rather than an eigen
///   decomposition of the covariance because forming X_cᵀX_c squares the condition number
///   (small σᵢ lose half their digits); it is what the numpy reference does too. Its cost grows
///   as min(n, d)² · max(n, d) per sweep, fine up to a few hundred rows or columns.
/// - `.iterative`: block subspace iteration for the top `components` only — the lesson asks
///   for ~20 components of up to 2000 digits of 784 pixels, where a full Jacobi SVD takes far
///   too long to follow a knob. A block of b = components + 10 orthonormal directions Q is
///   multiplied by X_cᵀX_c (as two products with X_c, never forming the d×d covariance) and
///   re-orthonormalized until the top components stop moving; the Rayleigh–Ritz step is the
///   core `SymmetricEigen` of the small b×b matrix QᵀX_cᵀX_cQ. Component i converges like
///   (σ_{b+1}/σᵢ)² per iteration.
/// - `.automatic` (the default) picks `.exact` when min(n, d) ≤ b or min(n, d) ≤ 64.
///
/// Signs: each component is scaled so that its entry of largest magnitude is positive (a
/// component is defined only up to sign; this makes runs reproducible).
public struct PCA: Sendable {
    /// How the components are computed (see the type's comment).
    public enum Method: Sendable, Equatable { case automatic, exact, iterative }

    /// Samples n and features d.
    public let samples: Int, features: Int
    /// The column means subtracted before the analysis (d entries).
    public let mean: [Double]
    /// The principal components as rows of a k×d row-major matrix (unit length, orthogonal).
    public let components: [Double]
    /// The singular values σ₁ ≥ σ₂ ≥ … of the centred data for the k components.
    public let singularValues: [Double]
    /// ‖X_c‖²_F / n: the total variance (sum of the features' variances, divided by n).
    public let totalVariance: Double
    /// The method used (`.exact` or `.iterative`, never `.automatic`).
    public let method: Method
    /// Iterations of the subspace iteration (0 for `.exact`).
    public let iterations: Int

    /// k: the number of components kept.
    public var count: Int { singularValues.count }
    /// The variance along each component, σᵢ² / n (numpy's `s**2 / n`; scikit-learn divides by n − 1).
    public var explainedVariance: [Double] { singularValues.map { $0 * $0 / Double(max(1, samples)) } }
    /// The fraction of the total variance along each component (0 when the data do not vary).
    public var explainedVarianceRatio: [Double] {
        explainedVariance.map { totalVariance > 0 ? $0 / totalVariance : 0 }
    }
    /// The running sums of `explainedVarianceRatio`: the fraction kept by the first 1, 2, … components.
    public var cumulativeRatio: [Double] {
        var sum = 0.0
        return explainedVarianceRatio.map { sum += $0; return sum }
    }
    /// How many of the computed σᵢ exceed max(n, d)·ε·σ₁ (the rank of X_c when all were computed;
    /// centring makes it at most n − 1).
    public var rank: Int {
        guard let first = singularValues.first, first > 0 else { return 0 }
        let tol = Double(max(samples, features)) * 2.220446049250313e-16 * first
        return singularValues.filter { $0 > tol }.count
    }
    /// Component i as an array of d numbers.
    public func component(_ i: Int) -> [Double] { Array(components[(i * features)..<((i + 1) * features)]) }

    /// Analyses the n×d row-major `data`, keeping `components` (clamped to 1…min(n, d)).
    /// `seed` draws the starting block of the iterative method, which stops when no entry of
    /// the top components moves by `tolerance` in an iteration (or after `maxIterations`).
    public init(data: [Double], rows n: Int, columns d: Int, components requested: Int,
                method: Method = .automatic, seed: UInt64 = 1, tolerance: Double = 1e-12, maxIterations: Int = 1000) {
        precondition(n > 0 && d > 0 && data.count == n * d, "PCA: data must be n×d with n, d > 0")
        samples = n; features = d
        var mean = [Double](repeating: 0, count: d)
        for i in 0..<n { for j in 0..<d { mean[j] += data[i * d + j] } }
        for j in 0..<d { mean[j] /= Double(n) }
        var centred = data
        for i in 0..<n { for j in 0..<d { centred[i * d + j] -= mean[j] } }
        self.mean = mean
        totalVariance = centred.reduce(0) { $0 + $1 * $1 } / Double(n)
        let small = min(n, d)
        let k = max(1, min(requested, small))
        let block = min(small, k + 10)
        let chosen: Method = method == .automatic ? (small <= block || small <= 64 ? .exact : .iterative) : method
        var rows: [[Double]], sigma: [Double]
        if chosen == .exact {
            let s = SVD(matrix: centred, rows: n, columns: d)
            sigma = Array(s.values.prefix(k))
            rows = (0..<k).map { c in (0..<d).map { s.v[$0 * s.rank + c] } }
            iterations = 0
        } else {
            (rows, sigma, iterations) = Self.subspaceIteration(centred, n: n, d: d, k: k, block: block, seed: seed,
                                                              tolerance: tolerance, maxIterations: maxIterations)
        }
        for c in rows.indices {
            let big = rows[c].indices.max { abs(rows[c][$0]) < abs(rows[c][$1]) } ?? 0
            if rows[c][big] < 0 { rows[c] = rows[c].map { -$0 } }
        }
        components = rows.flatMap { $0 }
        singularValues = sigma
        self.method = chosen
    }

    /// The coordinates of the n×d row-major `data` (centred with `mean`) along the first
    /// `count` components (default all): an n×count row-major matrix.
    public func project(_ data: [Double], rows n: Int, count c: Int? = nil) -> [Double] {
        let kk = max(0, min(count, c ?? count))
        precondition(data.count == n * features, "PCA.project: data must have \(features) columns")
        var out = [Double](repeating: 0, count: n * kk)
        for i in 0..<n {
            for t in 0..<kk {
                var s = 0.0
                for j in 0..<features { s += (data[i * features + j] - mean[j]) * components[t * features + j] }
                out[i * kk + t] = s
            }
        }
        return out
    }

    /// The top `k` right singular vectors (as rows) and singular values of the n×d `x` by block
    /// subspace iteration; see the type's comment.
    static func subspaceIteration(_ x: [Double], n: Int, d: Int, k: Int, block b: Int, seed: UInt64,
                                  tolerance: Double, maxIterations: Int) -> ([[Double]], [Double], Int) {
        let xt = Tensor(shape: [n, d], scalars: x)
        var rng = Xoshiro256StarStar(seed: seed)
        var q = (0..<(b * d)).map { _ in rng.nextUniform() * 2 - 1 }
        orthonormalizeRows(&q, rows: b, columns: d)
        var previous: [[Double]] = []
        var iteration = 0
        while true {
            iteration += 1
            // Z = X·Qᵀ (n×b), then Y = Zᵀ·X (b×d): the rows of Q multiplied by XᵀX.
            let z = MatMul.multiplyTransposedB(xt, Tensor(shape: [b, d], scalars: q))
            // Rayleigh–Ritz on the current block: H = ZᵀZ = Q·XᵀX·Qᵀ (b×b).
            let h = MatMul.multiplyTransposedA(z, z)
            let eigen = SymmetricEigen(matrix: h.scalars, n: b)
            var ritz = [[Double]](repeating: [Double](repeating: 0, count: d), count: k)
            for c in 0..<k { for r in 0..<b {
                let w = eigen.vectors[r * b + c]
                if w != 0 { for j in 0..<d { ritz[c][j] += w * q[r * d + j] } }
            } }
            let sigma = (0..<k).map { max(0, eigen.values[$0]).squareRoot() }
            if !previous.isEmpty || iteration >= maxIterations {
                var moved = 0.0
                for c in 0..<k where !previous.isEmpty {
                    let dot = zip(ritz[c], previous[c]).reduce(0) { $0 + $1.0 * $1.1 }
                    let sign: Double = dot < 0 ? -1 : 1
                    moved = max(moved, zip(ritz[c], previous[c]).reduce(0) { max($0, abs($1.0 - sign * $1.1)) })
                }
                if moved < tolerance || iteration >= maxIterations { return (ritz, sigma, iteration) }
            }
            previous = ritz
            q = MatMul.multiplyTransposedA(z, xt).scalars
            orthonormalizeRows(&q, rows: b, columns: d)
        }
    }

    /// Modified Gram–Schmidt, twice, on the rows of a row-major matrix; a row that vanishes is
    /// replaced by the unit vector least covered by the rows before it.
    public static func orthonormalizeRows(_ m: inout [Double], rows: Int, columns: Int) {
        for r in 0..<rows {
            for _ in 0..<2 {
                for p in 0..<r {
                    var dot = 0.0
                    for j in 0..<columns { dot += m[p * columns + j] * m[r * columns + j] }
                    for j in 0..<columns { m[r * columns + j] -= dot * m[p * columns + j] }
                }
            }
            var norm = 0.0
            for j in 0..<columns { norm += m[r * columns + j] * m[r * columns + j] }
            norm = norm.squareRoot()
            if norm < 1e-300 {
                var e = [Double](repeating: 0, count: columns)
                e[r % columns] = 1
                for j in 0..<columns { m[r * columns + j] = e[j] }
                for p in 0..<r {
                    let dot = m[p * columns + r % columns]
                    for j in 0..<columns { m[r * columns + j] -= dot * m[p * columns + j] }
                }
                norm = (0..<columns).reduce(0) { $0 + m[r * columns + $1] * m[r * columns + $1] }.squareRoot()
            }
            for j in 0..<columns { m[r * columns + j] /= norm }
        }
    }
}

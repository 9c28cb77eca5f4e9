import Foundation

/// The thin singular value decomposition A = U·diag(σ)·Vᵀ of a real m×n matrix by one-sided
/// Jacobi (Hestenes): plane rotations of pairs of columns until every pair is orthogonal; the
/// column norms are then the singular values, the normalized columns U, and the accumulated
/// rotations V. With r = min(m, n): U is m×r, σ has r entries (largest first, all ≥ 0), V is
/// n×r. Wide matrices are decomposed through their transpose.
///
/// Why no LAPACK: see `SymmetricEigen` — the toolchain alone builds nnbook everywhere, and
/// one-sided Jacobi is accurate to machine precision (small singular values included), needs
/// no bidiagonalization, and is short enough to read. It is slower than LAPACK's
/// divide-and-conquer on large matrices (O(m·n²) per sweep, some 6–10 sweeps).
///
/// Rank-deficient input: columns that shrink to zero give σ = 0; their U column is completed
/// to an orthonormal set (Gram–Schmidt against the others) so U stays orthonormal.
public struct SVD: Sendable {
    /// Rows m and columns n of the input.
    public let rows: Int, columns: Int
    /// min(m, n): the number of singular values.
    public let rank: Int
    /// The singular values, largest first.
    public let values: [Double]
    /// U, m×r row-major.
    public let u: [Double]
    /// V, n×r row-major (column k is the right singular vector k).
    public let v: [Double]
    /// The Jacobi sweeps taken.
    public let sweeps: Int

    /// Decomposes the m×n row-major `matrix`.
    public init(matrix: [Double], rows m: Int, columns n: Int, maxSweeps: Int = 60) {
        precondition(matrix.count == m * n, "SVD: matrix must be m×n")
        rows = m; columns = n
        if n > m {
            var t = [Double](repeating: 0, count: m * n)
            for i in 0..<m { for j in 0..<n { t[j * m + i] = matrix[i * n + j] } }
            let s = SVD(matrix: t, rows: n, columns: m, maxSweeps: maxSweeps)
            rank = s.rank; values = s.values; u = s.v; v = s.u; sweeps = s.sweeps
            return
        }
        rank = n
        // Work on columns: w[j] is column j of A (length m), vcols[j] column j of V (length n).
        var w = (0..<n).map { j in (0..<m).map { matrix[$0 * n + j] } }
        var vcols = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0.0 } }
        let eps = 1e-15
        var sweep = 0
        while sweep < maxSweeps {
            sweep += 1
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for k in 0..<m { alpha += w[p][k] * w[p][k]; beta += w[q][k] * w[q][k]; gamma += w[p][k] * w[q][k] }
                    if gamma == 0 || abs(gamma) <= eps * (alpha * beta).squareRoot() { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for k in 0..<m { let x = w[p][k], y = w[q][k]; w[p][k] = c * x - s * y; w[q][k] = s * x + c * y }
                    for k in 0..<n { let x = vcols[p][k], y = vcols[q][k]; vcols[p][k] = c * x - s * y; vcols[q][k] = s * x + c * y }
                }
            }
            if !rotated { break }
        }
        sweeps = sweep
        let norms = w.map { col in col.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let order = (0..<n).sorted { norms[$0] > norms[$1] }
        let largest = norms.max() ?? 0
        let tiny = largest * Double(max(m, n)) * 2.220446049250313e-16
        var sigma = [Double](repeating: 0, count: n)
        var ucols: [[Double]] = []
        for (k, j) in order.enumerated() {
            let s = norms[j]
            if s > tiny && s > 0 {
                sigma[k] = s
                ucols.append(w[j].map { $0 / s })
            } else {
                sigma[k] = s
                // Complete U: the unit vector e_i least covered by the columns so far, made orthogonal to them.
                var best: [Double] = [], bestNorm = -1.0
                for i in 0..<m {
                    var e = [Double](repeating: 0, count: m); e[i] = 1
                    for _ in 0..<2 { for c in ucols { let d = zip(c, e).reduce(0) { $0 + $1.0 * $1.1 }; for r in 0..<m { e[r] -= d * c[r] } } }
                    let norm = e.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    if norm > bestNorm { bestNorm = norm; best = e.map { $0 / norm } }
                }
                ucols.append(best)
            }
        }
        values = sigma
        var uu = [Double](repeating: 0, count: m * n), vv = [Double](repeating: 0, count: n * n)
        for (k, j) in order.enumerated() {
            for r in 0..<m { uu[r * n + k] = ucols[k][r] }
            for r in 0..<n { vv[r * n + k] = vcols[j][r] }
        }
        u = uu; v = vv
    }

    /// The best rank-k approximation Σ_{i<k} σᵢ·uᵢ·vᵢᵀ (Eckart–Young), m×n row-major; k is
    /// clamped to 0…rank, so k = rank gives A back.
    public func reconstruction(k: Int? = nil) -> [Double] {
        let kk = max(0, min(rank, k ?? rank))
        var out = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns {
                var s = 0.0
                for t in 0..<kk { s += u[i * rank + t] * values[t] * v[j * rank + t] }
                out[i * columns + j] = s
            }
        }
        return out
    }

    /// Σ_{i<k} σᵢ² / Σ σᵢ²: the fraction of ‖A‖²_F the top k keep (1 for the zero matrix).
    public func keptEnergy(k: Int) -> Double {
        let total = values.reduce(0) { $0 + $1 * $1 }
        guard total > 0 else { return 1 }
        return values.prefix(max(0, k)).reduce(0) { $0 + $1 * $1 } / total
    }

    /// The numerical rank: singular values above max(m, n)·ε·σ₁.
    public var numericalRank: Int {
        guard let first = values.first, first > 0 else { return 0 }
        let tol = Double(max(rows, columns)) * 2.220446049250313e-16 * first
        return values.filter { $0 > tol }.count
    }
}

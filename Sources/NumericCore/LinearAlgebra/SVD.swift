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
/// divide-and-conquer on large matrices (O(m·n²) per sweep, some 8–13 sweeps): 784×1000 takes
/// 13 sweeps, about 3.5× numpy's LAPACK here. Large well-conditioned matrices skip rotating V
/// and solve for it at the end (`orthogonalizeThenSolveV`), which halves the work.
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
        // Work on columns stored one after another: column j of A is w[j·m ..< (j+1)·m], column j
        // of V is vcols[j·n ..< (j+1)·n] (so w is Aᵀ and vcols Vᵀ, both row-major).
        var w = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { w[j * m + i] = matrix[i * n + j] } }
        var vcols: [Double]
        if n >= JacobiKernels.parallelColumns && m * n >= JacobiKernels.parallelEntries,
           let solved = Self.orthogonalizeThenSolveV(matrix: matrix, columns: w, rows: m, count: n, maxSweeps: maxSweeps) {
            (w, vcols, sweeps) = solved
        } else {
            vcols = [Double](repeating: 0, count: n * n)
            for j in 0..<n { vcols[j * n + j] = 1 }
            sweeps = Self.orthogonalize(columns: &w, rows: m, count: n, accumulating: &vcols, maxSweeps: maxSweeps)
        }
        let norms = (0..<n).map { j in w[(j * m)..<((j + 1) * m)].reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let order = (0..<n).sorted { norms[$0] > norms[$1] }
        let largest = norms.max() ?? 0
        let tiny = largest * Double(max(m, n)) * 2.220446049250313e-16
        var sigma = [Double](repeating: 0, count: n)
        var ucols: [[Double]] = []
        for (k, j) in order.enumerated() {
            let s = norms[j]
            sigma[k] = s
            if s > tiny && s > 0 {
                ucols.append(w[(j * m)..<((j + 1) * m)].map { $0 / s })
            } else {
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
            for r in 0..<n { vv[r * n + k] = vcols[j * n + r] }
        }
        u = uu; v = vv
    }

    /// One-sided Jacobi on the n contiguous columns (each m long) of `w`, the rotations also
    /// applied to the n columns (each n long) of `v` unless it is empty. Small matrices sweep in
    /// cyclic order p < q on one thread; large ones (`JacobiKernels.parallelColumns`, `…Entries`)
    /// in block round-robin order on two. Returns the sweeps taken.
    ///
    /// The squared norms are tracked through each rotation (α' = α − tγ, β' = β + tγ) and
    /// recomputed exactly at the start of every sweep, so each pair costs one dot product
    /// instead of three. Columns p and q count as orthogonal once |γ| ≤ tol·√(αβ) with
    /// tol = max(1e-15, √m·ε) (LAPACK's dgesvj uses √m·ε too): a tighter bound on a tall
    /// matrix only chases rounding noise — 784×1000 took 14 sweeps at 1e-15 — while for
    /// m ≤ 20 it stays 1e-15.
    static func orthogonalize(columns w: inout [Double], rows m: Int, count n: Int,
                              accumulating v: inout [Double], maxSweeps: Int) -> Int {
        let eps = max(1e-15, Double(m).squareRoot() * 2.220446049250313e-16)
        let parallel = n >= JacobiKernels.parallelColumns && m * n >= JacobiKernels.parallelEntries
        let accumulate = !v.isEmpty
        var squaredNorms = [Double](repeating: 0, count: n)
        var sweep = 0
        w.withUnsafeMutableBufferPointer { wb in
            v.withUnsafeMutableBufferPointer { vb in
                squaredNorms.withUnsafeMutableBufferPointer { nb in
                    let wp = wb.baseAddress!, vp = vb.baseAddress, norms = nb.baseAddress!
                    /// Orthogonalizes columns p and q; false when they already were.
                    func rotatePair(_ p: Int, _ q: Int) -> Bool {
                        let alpha = norms[p], beta = norms[q]
                        let gamma = JacobiKernels.dot(wp + p * m, wp + q * m, m)
                        if gamma == 0 || abs(gamma) <= eps * (alpha * beta).squareRoot() { return false }
                        let zeta = (beta - alpha) / (2 * gamma)
                        let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                        let c = 1 / (1 + t * t).squareRoot(), s = c * t
                        JacobiKernels.rotate(wp + p * m, wp + q * m, m, c: c, s: s)
                        if accumulate, let vp { JacobiKernels.rotate(vp + p * n, vp + q * n, n, c: c, s: s) }
                        norms[p] = alpha - t * gamma
                        norms[q] = beta + t * gamma
                        return true
                    }
                    /// Orthogonalizes column p against each column of `qs` in turn (the parallel
                    /// path's unit of work). After a rotation, the next pair's γ comes out of the
                    /// same pass over the columns (`rotateAndDot`), so a rotated pair costs one
                    /// pass over its two columns instead of two. Returns whether any pair rotated.
                    func rotateRow(_ p: Int, _ qs: Range<Int>) -> Bool {
                        guard !qs.isEmpty else { return false }
                        var any = false
                        var gamma = JacobiKernels.dot4(wp + p * m, wp + qs.lowerBound * m, m)
                        for q in qs {
                            let alpha = norms[p], beta = norms[q]
                            let next: UnsafePointer<Double>? = q + 1 < qs.upperBound ? UnsafePointer(wp + (q + 1) * m) : nil
                            if gamma == 0 || abs(gamma) <= eps * (alpha * beta).squareRoot() {
                                if let next { gamma = JacobiKernels.dot4(wp + p * m, next, m) }
                                continue
                            }
                            any = true
                            let zeta = (beta - alpha) / (2 * gamma)
                            let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                            let c = 1 / (1 + t * t).squareRoot(), s = c * t
                            let nextGamma = JacobiKernels.rotateAndDot(wp + p * m, wp + q * m, next, m, c: c, s: s)
                            if accumulate, let vp { JacobiKernels.rotate(vp + p * n, vp + q * n, n, c: c, s: s) }
                            norms[p] = alpha - t * gamma
                            norms[q] = beta + t * gamma
                            gamma = nextGamma
                        }
                        return any
                    }
                    while sweep < maxSweeps {
                        sweep += 1
                        for j in 0..<n { norms[j] = JacobiKernels.dot(wp + j * m, wp + j * m, m) }
                        var rotated = false
                        if parallel {
                            rotated = JacobiKernels.blockRoundRobinSweep(columns: n, tile: JacobiKernels.tileWidth(rows: m), rotateRow)
                        } else {
                            for p in 0..<n {
                                for q in (p + 1)..<max(p + 1, n) where rotatePair(p, q) { rotated = true }
                            }
                        }
                        if !rotated { break }
                    }
                }
            }
        }
        return sweep
    }

    /// Large matrices: Jacobi on the columns alone, then V from A·V = W (the rotated columns)
    /// as V = Aᵀ·W·Σ⁻², one matrix product — rotating V's columns along with A's was 44 % of
    /// the work on 784×1000 — and one Newton–Schulz step V ← V·(3I − VᵀV)/2 to make V
    /// orthonormal to rounding. That V is accurate when A is well conditioned: W carries the
    /// sweeps' rounding, ~ε·‖A‖, and dividing by σₖ² turns it into ~ε·(σ₁/σₖ)² in V. So the
    /// solved V is kept only when σₙ ≥ `conditionFloor`·σ₁ and VᵀV = I to `acceptance` before
    /// the polish (784×1000 standard normal, σ₁/σₙ ≈ 16: 2.4e-13); otherwise (rank-deficient or
    /// ill-conditioned A) nil, and the caller sweeps again accumulating V, accurate to rounding
    /// whatever the conditioning. Returns the rotated columns, Vᵀ row-major and the sweeps.
    static func orthogonalizeThenSolveV(matrix: [Double], columns: [Double], rows m: Int, count n: Int,
                                        maxSweeps: Int) -> (w: [Double], vt: [Double], sweeps: Int)? {
        var w = columns, none: [Double] = []
        let sweeps = orthogonalize(columns: &w, rows: m, count: n, accumulating: &none, maxSweeps: maxSweeps)
        var squared = [Double](repeating: 0, count: n)
        w.withUnsafeBufferPointer { wb in
            for j in 0..<n { squared[j] = JacobiKernels.dot(wb.baseAddress! + j * m, wb.baseAddress! + j * m, m) }
        }
        guard let largest = squared.max(), largest > 0,
              squared.allSatisfy({ $0 >= largest * conditionFloor * conditionFloor }) else { return nil }
        var vt = [Double](repeating: 0, count: n * n), polished = vt, gram = vt
        var worst = 0.0
        w.withUnsafeBufferPointer { wb in
            matrix.withUnsafeBufferPointer { ab in
                vt.withUnsafeMutableBufferPointer { vb in
                    gram.withUnsafeMutableBufferPointer { gb in
                        let v = vb.baseAddress!, g = gb.baseAddress!
                        // Vᵀ (n×n) = Wᵀ (n×m, that is w) · A (m×n), then row k scaled by 1/σₖ².
                        MatMul.gemm(m: n, n: n, k: m, a: wb.baseAddress!, lda: m, b: ab.baseAddress!, ldb: n, c: v, ldc: n)
                        for k in 0..<n {
                            let scale = 1 / squared[k]
                            for r in 0..<n { v[k * n + r] *= scale }
                        }
                        // G = VᵀV (entry i, j is column i of V · column j), then H = (3I − G)/2.
                        MatMul.gemm(transposeB: true, m: n, n: n, k: n, a: v, lda: n, b: v, ldb: n, c: g, ldc: n)
                        for i in 0..<n {
                            for j in 0..<n {
                                let identity = i == j ? 1.0 : 0.0
                                worst = max(worst, abs(g[i * n + j] - identity))
                                g[i * n + j] = (3 * identity - g[i * n + j]) / 2
                            }
                        }
                        // (V·H)ᵀ = H·Vᵀ, H being symmetric.
                        polished.withUnsafeMutableBufferPointer { pb in
                            MatMul.gemm(m: n, n: n, k: n, a: g, lda: n, b: v, ldb: n, c: pb.baseAddress!, ldc: n)
                        }
                    }
                }
            }
        }
        guard worst <= acceptance else { return nil }
        return (w, polished, sweeps)
    }

    /// `orthogonalizeThenSolveV` solves for V only when σₙ ≥ conditionFloor·σ₁, and keeps the
    /// solved V when VᵀV = I to within `acceptance` before its polish.
    static let conditionFloor = 1e-2
    static let acceptance = 1e-11

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

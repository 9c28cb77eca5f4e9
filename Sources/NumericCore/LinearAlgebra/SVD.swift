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
        // Work on columns stored one after another: column j of A is w[j·m ..< (j+1)·m], column j
        // of V is vcols[j·n ..< (j+1)·n]. Contiguous columns let the pair loops below run on SIMD
        // registers; the squared norms are tracked through each rotation (α' = α − tγ,
        // β' = β + tγ) and recomputed exactly at the start of every sweep, so each pair costs one
        // dot product instead of three.
        var w = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { w[j * m + i] = matrix[i * n + j] } }
        var vcols = [Double](repeating: 0, count: n * n)
        for j in 0..<n { vcols[j * n + j] = 1 }
        var squaredNorms = [Double](repeating: 0, count: n)
        // Columns p and q count as orthogonal once |γ| ≤ tol·√(αβ) with tol = max(1e-15, √m·ε)
        // (LAPACK's dgesvj uses √m·ε too): a tighter bound on a tall matrix only chases
        // rounding noise — 784×1000 took 14 sweeps at 1e-15 — while for m ≤ 20 it stays 1e-15.
        let eps = max(1e-15, Double(m).squareRoot() * 2.220446049250313e-16)
        var sweep = 0
        let parallel = n >= JacobiKernels.parallelColumns && m * n >= JacobiKernels.parallelEntries
        w.withUnsafeMutableBufferPointer { wb in
            vcols.withUnsafeMutableBufferPointer { vb in
                squaredNorms.withUnsafeMutableBufferPointer { nb in
                    let wp = wb.baseAddress!, vp = vb.baseAddress!, norms = nb.baseAddress!
                    /// Orthogonalizes columns p and q; false when they already were.
                    func rotatePair(_ p: Int, _ q: Int) -> Bool {
                        let alpha = norms[p], beta = norms[q]
                        let gamma = JacobiKernels.dot(wp + p * m, wp + q * m, m)
                        if gamma == 0 || abs(gamma) <= eps * (alpha * beta).squareRoot() { return false }
                        let zeta = (beta - alpha) / (2 * gamma)
                        let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                        let c = 1 / (1 + t * t).squareRoot(), s = c * t
                        JacobiKernels.rotate(wp + p * m, wp + q * m, m, c: c, s: s)
                        JacobiKernels.rotate(vp + p * n, vp + q * n, n, c: c, s: s)
                        norms[p] = alpha - t * gamma
                        norms[q] = beta + t * gamma
                        return true
                    }
                    while sweep < maxSweeps {
                        sweep += 1
                        for j in 0..<n { norms[j] = JacobiKernels.dot(wp + j * m, wp + j * m, m) }
                        var rotated = false
                        if parallel {
                            rotated = JacobiKernels.blockRoundRobinSweep(columns: n, rotatePair)
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
        sweeps = sweep
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

/// The two level-1 loops of one-sided Jacobi on contiguous columns, four lanes at a time
/// (`SIMD4<Double>`: AVX2 on x86-64, two NEON registers on arm64), a scalar tail after.
enum JacobiKernels {
    /// Matrices with at least this many columns and entries sweep in block round-robin order
    /// on two threads; smaller ones keep the cyclic order p < q on one thread (their results,
    /// which the lessons show, stay exactly what they were).
    static let parallelColumns = 64
    static let parallelEntries = 65_536

    /// One sweep in block round-robin order, for two threads: the columns are cut into four
    /// blocks; in each of three rounds the blocks meet in two disjoint block pairs, one per
    /// thread, which rotates every column of one block against every column of the other (in
    /// the first round also the pairs inside each of its two blocks). Every pair of columns
    /// meets once per sweep, and a round's two halves touch disjoint columns, so they run side
    /// by side with three synchronizations per sweep (a pair-level round robin would need n − 1,
    /// each too short to share). Each half's sequence of rotations is fixed, so the result does
    /// not depend on which thread runs it. Returns whether any pair rotated.
    static func blockRoundRobinSweep(columns n: Int, _ rotatePair: (Int, Int) -> Bool) -> Bool {
        let bounds = (0...4).map { $0 * n / 4 }
        func block(_ k: Int) -> Range<Int> { bounds[k]..<bounds[k + 1] }
        let rounds = [[(0, 3), (1, 2)], [(0, 2), (1, 3)], [(0, 1), (2, 3)]]
        var rotated = [false, false]
        for (index, round) in rounds.enumerated() {
            rotated.withUnsafeMutableBufferPointer { flags in
                ConcurrentWork.forEach(2) { half in
                    let (first, second) = round[half]
                    var any = false
                    if index == 0 {
                        for k in [first, second] {
                            for p in block(k) { for q in (p + 1)..<max(p + 1, bounds[k + 1]) where rotatePair(p, q) { any = true } }
                        }
                    }
                    for p in block(first) { for q in block(second) where rotatePair(p, q) { any = true } }
                    if any { flags[half] = true }
                }
            }
        }
        return rotated.contains(true)
    }

    /// Σ a[k]·b[k] over `count` entries.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var k = 0
        while k + 8 <= count {
            s0 += load(a + k) * load(b + k)
            s1 += load(a + k + 4) * load(b + k + 4)
            k += 8
        }
        var total = (s0 + s1).sum()
        while k < count { total += a[k] * b[k]; k += 1 }
        return total
    }

    /// The plane rotation (x, y) ← (c·x − s·y, s·x + c·y) applied entrywise to columns x and y.
    @inline(__always)
    static func rotate(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ count: Int,
                       c: Double, s: Double) {
        let cv = SIMD4<Double>(repeating: c), sv = SIMD4<Double>(repeating: s)
        var k = 0
        while k + 4 <= count {
            let a = load(x + k), b = load(y + k)
            UnsafeMutableRawPointer(x + k).storeBytes(of: cv * a - sv * b, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + k).storeBytes(of: sv * a + cv * b, as: SIMD4<Double>.self)
            k += 4
        }
        while k < count {
            let a = x[k], b = y[k]
            x[k] = c * a - s * b
            y[k] = s * a + c * b
            k += 1
        }
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    private static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }
}

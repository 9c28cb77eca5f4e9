import Foundation

/// The eigen-decomposition A = V·diag(λ)·Vᵀ of a real symmetric n×n matrix, by cyclic Jacobi
/// rotations: each sweep zeroes every off-diagonal entry once with a plane rotation, and the
/// off-diagonal mass falls quadratically once it is small. Eigenvalues are sorted from largest
/// to smallest; eigenvector k is column k of `vectors` (unit length, sign as the rotations
/// leave it).
///
/// Why no LAPACK: nnbook builds on Linux and macOS with only the Swift toolchain, and the
/// lessons decompose small matrices (2×2 up to a few hundred rows), where Jacobi is fast
/// enough, accurate to machine precision (relative accuracy even for small eigenvalues) and
/// short enough to read in a lesson. Linking LAPACK would add a system dependency that
/// differs per platform (Accelerate vs OpenBLAS/LAPACKE) for no teaching gain.
public struct SymmetricEigen: Sendable {
    /// The eigenvalues, largest first.
    public let values: [Double]
    /// The eigenvectors as the columns of an n×n row-major matrix.
    public let vectors: [Double]
    /// The matrix size n.
    public let n: Int
    /// The Jacobi sweeps taken.
    public let sweeps: Int

    /// Decomposes the symmetric n×n row-major `matrix` (only its symmetric part is used:
    /// (A + Aᵀ)/2).
    public init(matrix: [Double], n: Int, maxSweeps: Int = 60) {
        precondition(matrix.count == n * n, "SymmetricEigen: matrix must be n×n")
        var a = matrix
        for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { let s = (a[i * n + j] + a[j * n + i]) / 2; a[i * n + j] = s; a[j * n + i] = s } }
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        var sweep = 0
        while sweep < maxSweeps {
            var off = 0.0, diag = 0.0
            for i in 0..<n { diag += a[i * n + i] * a[i * n + i]; for j in (i + 1)..<max(i + 1, n) { off += a[i * n + j] * a[i * n + j] } }
            if off <= 1e-30 * max(diag, Double.leastNormalMagnitude) || off == 0 { break }
            sweep += 1
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) {
                    let apq = a[p * n + q]
                    if apq == 0 { continue }
                    let app = a[p * n + p], aqq = a[q * n + q]
                    // Rotation angle: tan 2θ = 2·a_pq / (a_qq − a_pp); t = tan θ, the smaller root.
                    let theta = (aqq - app) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    a[p * n + q] = 0; a[q * n + p] = 0
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] }
        values = order.map { a[$0 * n + $0] }
        var sorted = [Double](repeating: 0, count: n * n)
        for (newColumn, old) in order.enumerated() { for r in 0..<n { sorted[r * n + newColumn] = v[r * n + old] } }
        vectors = sorted
        self.n = n
        sweeps = sweep
    }

    /// Eigenvector k as an array of n numbers.
    public func vector(_ k: Int) -> [Double] { (0..<n).map { vectors[$0 * n + k] } }

    /// V·diag(λ)·Vᵀ, row-major: equals the (symmetrized) input up to rounding.
    public func reconstruction() -> [Double] {
        var out = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n {
            var s = 0.0
            for k in 0..<n { s += vectors[i * n + k] * values[k] * vectors[j * n + k] }
            out[i * n + j] = s
        } }
        return out
    }
}

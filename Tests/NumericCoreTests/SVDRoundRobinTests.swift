@testable import NumericCore
import Foundation
import Testing

/// Large matrices sweep in round-robin order on the worker threads (`JacobiKernels`): the
/// decomposition must still be one — A = UΣVᵀ to rounding, U and V orthonormal, σ sorted — and
/// its σ must agree with the square roots of the eigenvalues of AᵀA (an independent route).
/// Well-conditioned large matrices take V from A·V = W (`SVD.orthogonalizeThenSolveV`);
/// rank-deficient and ill-conditioned ones fall back to accumulating it, and stay exact.
@Suite struct SVDRoundRobinTests {
    static func matrix(rows m: Int, columns n: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<(m * n)).map { _ in rng.nextNormal() }
    }

    /// max |AᵀA − I| for the rows×r row-major `a` (the product by the core's multiply, so the
    /// 784-wide cases stay quick in a debug build).
    static func maxGramError(_ a: [Double], rows: Int, columns r: Int) -> Double {
        var gram = [Double](repeating: 0, count: r * r)
        MatMul.gemm(transposeA: true, m: r, n: r, k: rows, a: a, lda: r, b: a, ldb: r, c: &gram, ldc: r)
        var worst = 0.0
        for i in 0..<r { for j in 0..<r { worst = max(worst, abs(gram[i * r + j] - (i == j ? 1 : 0))) } }
        return worst
    }

    @Test(arguments: [(1100, 64), (64, 1100), (1025, 65)])
    func aLargeMatrixDecomposes(shape: (Int, Int)) {
        let (m, n) = shape
        let a = Self.matrix(rows: m, columns: n, seed: 7)
        let svd = SVD(matrix: a, rows: m, columns: n)
        let r = min(m, n)
        #expect(svd.rank == r)
        #expect(zip(svd.values, svd.values.dropFirst()).allSatisfy { $0 >= $1 })
        let back = svd.reconstruction()
        let scale = a.map(abs).max()!
        #expect(zip(a, back).map { abs($0 - $1) }.max()! < 1e-12 * scale * Double(r))
        #expect(Self.maxGramError(svd.u, rows: m, columns: r) < 1e-12)
        #expect(Self.maxGramError(svd.v, rows: n, columns: r) < 1e-12)
        // σᵢ² are the eigenvalues of the r×r Gram matrix of the shorter side.
        var gram = [Double](repeating: 0, count: r * r)
        for i in 0..<r {
            for j in 0..<r {
                var s = 0.0
                if m >= n { for k in 0..<m { s += a[k * n + i] * a[k * n + j] } } else { for k in 0..<n { s += a[i * n + k] * a[j * n + k] } }
                gram[i * r + j] = s
            }
        }
        let eigen = SymmetricEigen(matrix: gram, n: r)
        let fromEigen = eigen.values.map { max(0, $0).squareRoot() }.sorted(by: >)
        for (s, e) in zip(svd.values, fromEigen) { #expect(abs(s - e) < 1e-9 * svd.values[0], "σ \(s) vs \(e)") }
    }

    /// Checks A = UΣVᵀ to `tolerance`·max|A|, U and V orthonormal to 1e-13, σ sorted.
    static func expectDecomposes(_ a: [Double], rows m: Int, columns n: Int, tolerance: Double) -> SVD {
        let svd = SVD(matrix: a, rows: m, columns: n)
        let r = min(m, n)
        #expect(zip(svd.values, svd.values.dropFirst()).allSatisfy { $0 >= $1 })
        let scale = a.map(abs).max()!
        let error = zip(a, svd.reconstruction()).map { abs($0 - $1) }.max()!
        #expect(error < tolerance * scale, "reconstruction error \(error)")
        #expect(maxGramError(svd.u, rows: m, columns: r) < 1e-13)
        #expect(maxGramError(svd.v, rows: n, columns: r) < 1e-13)
        return svd
    }

    @Test func theSolvedVAgreesWithTheAccumulatedOne() {
        let (m, n) = (300, 120)
        let a = Self.matrix(rows: m, columns: n, seed: 11)
        var columns = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { columns[j * m + i] = a[i * n + j] } }
        let solved = SVD.orthogonalizeThenSolveV(matrix: a, columns: columns, rows: m, count: n, maxSweeps: 60)
        #expect(solved != nil, "a standard-normal 300×120 matrix is well conditioned")
        var w = columns, vt = [Double](repeating: 0, count: n * n)
        for j in 0..<n { vt[j * n + j] = 1 }
        _ = SVD.orthogonalize(columns: &w, rows: m, count: n, accumulating: &vt, maxSweeps: 60)
        guard let solved else { return }
        // Same sweeps, same rotations: the columns agree exactly; V to the solve's accuracy.
        #expect(solved.w == w)
        let difference = zip(solved.vt, vt).map { abs($0 - $1) }.max()!
        #expect(difference < 1e-12, "V differs by \(difference)")
        _ = Self.expectDecomposes(a, rows: m, columns: n, tolerance: 1e-12)
    }

    @Test func aRankDeficientLargeMatrixFallsBackAndStaysExact() {
        // 200×100 with only 50 independent columns: 50 singular values are 0.
        let (m, n) = (200, 100)
        let base = Self.matrix(rows: m, columns: 50, seed: 3)
        var a = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { a[i * n + j] = base[i * 50 + j % 50] * (j < 50 ? 1 : 2) } }
        let svd = Self.expectDecomposes(a, rows: m, columns: n, tolerance: 1e-12)
        #expect(svd.numericalRank == 50)
    }

    @Test func anIllConditionedLargeMatrixFallsBackAndStaysExact() {
        // Columns scaled from 1 down to 1e-8: σ₁/σₙ ≈ 1e8, far past the solve's floor.
        let (m, n) = (150, 80)
        var a = Self.matrix(rows: m, columns: n, seed: 5)
        for i in 0..<m { for j in 0..<n { a[i * n + j] *= pow(10, -8 * Double(j) / Double(n - 1)) } }
        let svd = Self.expectDecomposes(a, rows: m, columns: n, tolerance: 1e-12)
        #expect(svd.values.last! > 0)
        var columns = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { columns[j * m + i] = a[i * n + j] } }
        #expect(SVD.orthogonalizeThenSolveV(matrix: a, columns: columns, rows: m, count: n, maxSweeps: 60) == nil)
    }

    @Test func theBenchMatrixDecomposesToRounding() {
        var rng = Xoshiro256StarStar(seed: 0)
        let a = Tensor.randomNormal([784, 1000], using: &rng).scalars
        _ = Self.expectDecomposes(a, rows: 784, columns: 1000, tolerance: 1e-12)
    }
}

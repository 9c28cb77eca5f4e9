import NumericCore
import Testing

/// Large matrices sweep in round-robin order on the worker threads (`JacobiKernels`): the
/// decomposition must still be one — A = UΣVᵀ to rounding, U and V orthonormal, σ sorted — and
/// its σ must agree with the square roots of the eigenvalues of AᵀA (an independent route).
@Suite struct SVDRoundRobinTests {
    static func matrix(rows m: Int, columns n: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<(m * n)).map { _ in rng.nextNormal() }
    }

    static func maxGramError(_ a: [Double], rows: Int, columns r: Int) -> Double {
        var worst = 0.0
        for i in 0..<r {
            for j in 0..<r {
                var s = 0.0
                for k in 0..<rows { s += a[k * r + i] * a[k * r + j] }
                worst = max(worst, abs(s - (i == j ? 1 : 0)))
            }
        }
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
}

import Foundation
import Testing
@testable import NumericCore

/// `SVD` and `SymmetricEigen` against numpy (Scripts/reference/linalg_decompositions.py) to
/// 1e-10: singular values / eigenvalues, reconstruction, orthonormal factors; rank-deficient
/// and repeated cases.
@Suite("Linear algebra vs numpy")
struct LinearAlgebraReferenceTests {
    static let general: [Double] = [2, -1, 0.5, 1, 3, -2, 0, 1.5, 4, -1, 0.25, 1]
    static let rank2: [Double] = {
        let r1: [Double] = [1, 2, 3, 4], r2: [Double] = [-2, 0.5, 1, 0]
        return r1 + r2 + zip(r1, r2).map(+) + r1.map { 2 * $0 } + zip(r2, r1).map(-)
    }()
    /// Q = I − 2hhᵀ/hᵀh with h = (1,1,1,1): orthogonal and symmetric.
    static let q: [Double] = (0..<16).map { i -> Double in
        let diagonal: Double = i / 4 == i % 4 ? 1 : 0
        return diagonal - 0.5
    }
    /// Q's first three columns times diag(3, 3, 1).
    static let repeated: [Double] = (0..<12).map { i -> Double in
        let scale: [Double] = [3, 3, 1]
        let entry: Double = q[(i / 3) * 4 + i % 3]
        return entry * scale[i % 3]
    }
    static let wide: [Double] = [1, 2, 0, -1, 3, 0.5, -1, 2, 1, 0, 2, 0, 1, 1, -2]

    func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-10, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < tol, "max |difference| \(worst)", sourceLocation: sourceLocation)
    }

    /// Columns of the r-column row-major matrix are orthonormal.
    func orthonormal(_ x: [Double], rows: Int, columns r: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        var worst = 0.0
        for a in 0..<r { for b in 0..<r {
            let d = (0..<rows).reduce(0.0) { $0 + x[$1 * r + a] * x[$1 * r + b] }
            worst = max(worst, abs(d - (a == b ? 1 : 0)))
        } }
        #expect(worst < 1e-10, "UᵀU − I up to \(worst)", sourceLocation: sourceLocation)
    }

    func check(_ a: [Double], rows m: Int, columns n: Int, numpy: [Double]) -> SVD {
        let s = SVD(matrix: a, rows: m, columns: n)
        close(s.values, numpy)
        close(s.reconstruction(), a)
        orthonormal(s.u, rows: m, columns: s.rank)
        orthonormal(s.v, rows: n, columns: s.rank)
        return s
    }

    @Test func generalTallMatrix() {
        _ = check(Self.general, rows: 4, columns: 3, numpy: [4.639053700835501, 3.517945277709318, 2.3802818706630444])
    }

    @Test func rankOneTruncationMatchesNumpy() {
        let s = SVD(matrix: Self.general, rows: 4, columns: 3)
        let a1 = s.reconstruction(k: 1)
        // The rank-1 term is unique up to the sign of u₁ and v₁ together, so A_1 is too.
        close(Array(a1.prefix(3)), [-0.03546799691403061, -0.010257131111552659, 0.2713997602733847])
        let error = zip(Self.general, a1).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
        close([error, s.keptEnergy(k: 1)], [4.247549971544119, 0.5439701545462381])
    }

    @Test func rankDeficientMatrixHasZeroSingularValuesAndAnOrthonormalU() {
        let s = check(Self.rank2, rows: 5, columns: 4, numpy: [14.506256375410885, 3.9138888551990236, 1.3992059668306896e-15, 5.157542739039757e-16])
        #expect(s.numericalRank == 2)
        // Rank 2 keeps everything: the rank-2 reconstruction is already A.
        close(s.reconstruction(k: 2), Self.rank2)
        #expect(abs(s.keptEnergy(k: 2) - 1) < 1e-12)
    }

    @Test func repeatedSingularValues() {
        let s = check(Self.repeated, rows: 4, columns: 3, numpy: [3.0, 3.0, 0.9999999999999998])
        // Keeping σ₁ = σ₂ = 3 keeps 18 of 19 parts of the energy.
        #expect(abs(s.keptEnergy(k: 2) - 18.0 / 19) < 1e-12)
    }

    @Test func wideMatrixGoesThroughItsTranspose() {
        let s = check(Self.wide, rows: 3, columns: 5, numpy: [4.413487203279645, 2.8470193897969014, 1.9145786222057586])
        #expect(s.rank == 3 && s.u.count == 9 && s.v.count == 15)
    }

    @Test func zeroMatrixAndTruncationBeyondTheRank() {
        let s = SVD(matrix: [0, 0, 0, 0, 0, 0], rows: 3, columns: 2)
        #expect(s.values == [0, 0])
        #expect(s.numericalRank == 0 && s.keptEnergy(k: 1) == 1)
        orthonormal(s.u, rows: 3, columns: 2)
        close(s.reconstruction(k: 99), [0, 0, 0, 0, 0, 0])
    }

    @Test func twoByTwoMapsOfTheLesson() {
        _ = check([1.5, 0.5, 0.5, 1], rows: 2, columns: 2, numpy: [1.8090169943749477, 0.6909830056250524])
        // The shear [[1, 1], [0, 1]]: σ = golden ratio φ and 1/φ.
        _ = check([1, 1, 0, 1], rows: 2, columns: 2, numpy: [1.618033988749895, 0.6180339887498948])
    }

    @Test func symmetricEigenvalues() {
        let a: [Double] = [4, 1, -2, 0.5, 1, 3, 0, 1, -2, 0, 2, -1, 0.5, 1, -1, 1]
        let e = SymmetricEigen(matrix: a, n: 4)
        close(e.values, [5.839803442409131, 2.931875501564659, 1.3374915341965754, -0.10917047817036436])
        close(e.reconstruction(), a)
        orthonormal(e.vectors, rows: 4, columns: 4)
    }

    @Test func repeatedEigenvalues() {
        // Q·diag(2, 2, −1, 5)·Qᵀ.
        let d: [Double] = [2, 2, -1, 5]
        var a = [Double](repeating: 0, count: 16)
        for i in 0..<4 { for j in 0..<4 { for k in 0..<4 { a[i * 4 + j] += Self.q[i * 4 + k] * d[k] * Self.q[j * 4 + k] } } }
        let e = SymmetricEigen(matrix: a, n: 4)
        close(e.values, [5.0, 2.000000000000001, 2.0, -0.9999999999999998])
        close(e.reconstruction(), a)
        orthonormal(e.vectors, rows: 4, columns: 4)
        let two = SymmetricEigen(matrix: [2, 1, 1, 2], n: 2)
        close(two.values, [3, 1])
    }
}

import Foundation
import Testing
@testable import NumericCore

/// `PCA` against numpy (Scripts/reference/pca_reference.py) to 1e-10: components up to sign,
/// singular values, explained variance ratios and scores, by the exact (SVD) and the iterative
/// (subspace iteration) methods; degenerate data.
@Suite("PCA vs numpy")
struct PCAReferenceTests {
    /// The reference script's data: a few smooth patterns of falling strength plus a saw-tooth.
    static func data(n: Int, d: Int) -> [Double] {
        var out: [Double] = []
        for i in 0..<n { for j in 0..<d {
            var v = 0.0
            for r in 1...6 {
                let rr = Double(r)
                v += 6.0 / pow(2, rr) * sin(0.3 * rr * Double(i + 1) + 0.1 * Double(j)) * cos(0.17 * rr * Double(j + 1))
            }
            out.append(v + 0.05 * Double((3 * i + 5 * j) % 7))
        } }
        return out
    }

    func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-10, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < tol, "max |difference| \(worst)", sourceLocation: sourceLocation)
    }

    /// Compares component c's first four entries with numpy's, up to one sign for the whole vector.
    func sameUpToSign(_ pca: PCA, _ c: Int, _ numpy: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        let mine = Array(pca.component(c).prefix(4))
        let sign: Double = zip(mine, numpy).reduce(0) { $0 + $1.0 * $1.1 } < 0 ? -1 : 1
        close(mine.map { sign * $0 }, numpy, sourceLocation: sourceLocation)
    }

    @Test func smallMatrixByTheSVD() {
        let pca = PCA(data: Self.data(n: 8, d: 5), rows: 8, columns: 5, components: 3)
        #expect(pca.method == .exact && pca.count == 3)
        close(pca.singularValues, [5.216092344380751, 2.3191830351071507, 0.37301494462667717])
        close(pca.explainedVarianceRatio, [0.8282159849199423, 0.16372806018078992, 0.004235508223402738])
        close([pca.totalVariance], [4.106359307309413])
        sameUpToSign(pca, 0, [0.49185083290540504, 0.4519042145600356, 0.49578372345024074, 0.44373642110347256])
        sameUpToSign(pca, 1, [-0.468358035544871, -0.34547357950594393, -0.059747854408481835, 0.4135492972003591])
        sameUpToSign(pca, 2, [-0.6340783471228095, 0.24576121402382478, 0.6864422900858823, -0.2347236681427384])
        // The script gives numpy's components the same sign rule, so scores match exactly.
        close(Array(pca.project(Self.data(n: 8, d: 5), rows: 8, count: 2).prefix(2)), [-1.2678766521659952, -1.2161168731033372])
        close([pca.cumulativeRatio[1]], [0.8282159849199423 + 0.16372806018078992])
    }

    @Test func largerMatrixBySubspaceIterationAgreesWithNumpyAndTheSVD() {
        let x = Self.data(n: 90, d: 70)
        let iterative = PCA(data: x, rows: 90, columns: 70, components: 3, method: .iterative)
        #expect(iterative.method == .iterative && iterative.iterations > 1 && iterative.iterations < 1000)
        close(iterative.singularValues, [85.45644160533385, 83.02215061655359, 42.223219555029196])
        close(iterative.explainedVarianceRatio, [0.4017417647536801, 0.3791799208812288, 0.09807539462824949])
        close([iterative.totalVariance], [201.97616292488553])
        sameUpToSign(iterative, 0, [0.24649289660487672, 0.23504170338950237, 0.21401128895311974, 0.1833518736216059])
        sameUpToSign(iterative, 1, [-0.012309527771119202, -0.027663058499561383, -0.03914613659444678, -0.04604974212994151])
        sameUpToSign(iterative, 2, [-0.13363362086438726, -0.09980910898367074, -0.03938863479535537, 0.04070565773443552])
        close(Array(iterative.project(x, rows: 90, count: 2).prefix(2)), [5.413622338763411, -9.391211425425762])
        // Both methods apply the same sign rule, so their components agree entry by entry.
        let exact = PCA(data: x, rows: 90, columns: 70, components: 3, method: .exact)
        close(exact.components, iterative.components)
    }

    @Test func componentsAreOrthonormal() {
        let pca = PCA(data: Self.data(n: 90, d: 70), rows: 90, columns: 70, components: 5, method: .iterative)
        var worst = 0.0
        for a in 0..<5 { for b in 0..<5 {
            let dot = zip(pca.component(a), pca.component(b)).reduce(0) { $0 + $1.0 * $1.1 }
            worst = max(worst, abs(dot - (a == b ? 1 : 0)))
        } }
        #expect(worst < 1e-12)
    }

    @Test func constantDataHasRankZeroAndNoVariance() {
        // Three equal rows: centring leaves zero, so nothing varies.
        let pca = PCA(data: [1, 2, 1, 2, 1, 2], rows: 3, columns: 2, components: 2)
        #expect(pca.rank == 0 && pca.totalVariance == 0 && pca.explainedVarianceRatio == [0, 0])
        // Two points span one direction: rank 1 whatever k asks, the line through them.
        let two = PCA(data: [0, 0, 3, 4], rows: 2, columns: 2, components: 5)
        #expect(two.count == 2 && two.rank == 1)
        close(two.component(0), [0.6, 0.8])
        close(two.explainedVarianceRatio, [1, 0])
    }
}

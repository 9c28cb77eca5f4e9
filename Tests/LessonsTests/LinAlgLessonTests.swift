import LessonKit
import Testing
@testable import LinAlgLesson

/// The linalg lesson's numbers: the 2×2 map's determinant and eigen cases (hand-derived),
/// the ellipse's σ's against numpy (Scripts/reference/linalg_decompositions.py), the
/// compression accounting, the bad-input messages, and the headless export.
@Suite struct LinAlgLessonTests {
    @Test func eigenCases() {
        guard case let .real(l1, l2, v1, _) = MatrixMap().eigen else { Issue.record("[[2,1],[1,2]] has real eigenvalues"); return }
        #expect(l1 == 3 && l2 == 1)
        #expect(abs(abs(v1[0]) - 0.5.squareRoot()) < 1e-12 && v1[0] * v1[1] > 0)
        #expect(MatrixMap(a: 1, b: 1, c: 0, d: 1).eigen == .repeated(1, [1, 0], everyDirection: false))
        #expect(MatrixMap(a: 2, b: 0, c: 0, d: 2).eigen == .repeated(2, nil, everyDirection: true))
        #expect(MatrixMap(a: 0, b: -1, c: 1, d: 0).eigen == .complex(re: 0, im: 1))
        #expect(MatrixMap(a: 2, b: 1, c: 2, d: 0.5).determinant == -1)
    }

    @Test func singularMatrixGivesAMessageNotNaN() {
        let cell = MapCell()
        cell.setKnob("d", to: 0.5)
        #expect(cell.status == "singular: det = 0, the plane is squashed flat")
        cell.setKnob("a", to: .nan)
        #expect(cell.matrix.a == 2)
        cell.stepHeadless(40)
        let text = cell.render(width: 80, height: 20, options: .standard).text
        #expect(!text.contains("nan") && !text.contains("NaN"))
        let ellipse = EllipseCell()
        for name in ["a", "b", "c", "d"] { ellipse.setKnob(name, to: 0) }
        #expect(ellipse.status?.hasPrefix("A = 0") == true)
        #expect(!ellipse.render(width: 80, height: 20, options: .standard).text.lowercased().contains("nan"))
    }

    @Test func ellipseAxesMatchNumpy() {
        let cell = EllipseCell()
        close(cell.svd.values, [1.8090169943749477, 0.6909830056250524])
        for (name, value) in [("a", 1.0), ("b", 1), ("c", 0), ("d", 1)] { cell.setKnob(name, to: value) }
        close(cell.svd.values, [1.618033988749895, 0.6180339887498948])
    }

    @Test func compressionAccounting() {
        let cell = CompressCell(digit: [Double](repeating: 0.5, count: 784), seed: 1)
        // A constant image has rank 1: σ₁ = 0.5·28 = 14, and k = 1 keeps everything.
        close([cell.svd.values[0]], [14])
        #expect(cell.svd.numericalRank == 1 && cell.stored(k: 1) == 57 && cell.relativeError(k: 1) < 1e-7)
        cell.setKnob("k", to: 3)
        #expect(cell.status?.hasPrefix("k = 3 is more than the rank 1") == true)
        cell.setKnob("image", to: 1)
        #expect(cell.side == 64 && cell.svd.numericalRank == 64 && cell.stored(k: 2) == 258)
        #expect(abs(cell.relativeError(k: 3) - (1 - cell.svd.keptEnergy(k: 3)).squareRoot()) < 1e-15)
    }

    @Test func headlessExportNamesTheSingularValuesAndErrors() throws {
        let output = try LinAlgLesson().run(RunRequest(settings: [("k", "3"), ("image", "generated")], steps: nil, context: LessonContext()))
        let compression = try #require(output.cells.first { $0.name == "compression" })
        let json = ExportValue.object([("x", compression.json)]).jsonText
        for key in ["\"singular_values\"", "\"kept_energy\"", "\"relative_error\"", "\"stored\": 387", "\"rank\": 64"] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(compression.tables.first?.rows.count == 65)
    }

    func close(_ a: [Double], _ b: [Double]) {
        #expect(a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-10 }, "\(a) vs \(b)")
    }
}

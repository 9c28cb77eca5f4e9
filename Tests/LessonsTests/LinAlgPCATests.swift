import Foundation
import LessonKit
import NumericCore
import Testing
@testable import LinAlgLesson

/// Pages 4 and 5 of the linalg lesson: the PCA cell's numbers and bad input, the autoencoder's
/// subspace distance and PCA floor, their challenges and prediction solved and failed through
/// the knobs, and the headless `--set page=N` exports.
@Suite struct LinAlgPCATests: ChallengeTesting {
    let pages = LinAlgLesson().makePages(context: LessonContext())

    @Test func pcaOfTheDigitsAddsUpAndMatchesItsOwnDefinition() throws {
        let cell = try #require(pages[3].cell as? PCACell)
        cell.setKnob("images", to: 100)
        let a = try #require(cell.analysis)
        #expect(a.n == 100 && a.pca.count == 20)
        // σᵢ²/n over the total variance; the total is the mean squared distance to the mean image.
        let d = 784
        var total = 0.0
        for i in 0..<a.n { for j in 0..<d { let e = a.pixels[i * d + j] - a.pca.mean[j]; total += e * e } }
        #expect(abs(a.pca.totalVariance - total / 100) < 1e-9)
        let first = a.pca.singularValues[0] * a.pca.singularValues[0] / 100 / a.pca.totalVariance
        #expect(abs(a.pca.explainedVarianceRatio[0] - first) < 1e-12)
        // The score variance along PC1 is σ₁²/n.
        let s1 = (0..<a.n).map { a.score($0, 0) }
        #expect(abs(s1.reduce(0) { $0 + $1 * $1 } / 100 - a.pca.explainedVariance[0]) < 1e-6)
        // The exact SVD of the same centred digits gives the same σ's.
        let exact = PCA(data: a.pixels, rows: 100, columns: d, components: 5, method: .exact)
        #expect(zip(exact.singularValues, a.pca.singularValues).allSatisfy { abs($0 - $1) < 1e-8 })
        #expect(cell.kept(2) == a.pca.cumulativeRatio[1])
    }

    @Test func badInputGivesAMessage() throws {
        let cell = try #require(pages[3].cell as? PCACell)
        cell.setKnob("images", to: 0)
        #expect(cell.analysis == nil)
        #expect(cell.status == "0 images: nothing to analyse — set images to 50 or more")
        #expect(!cell.render(width: 80, height: 24, options: .standard).text.lowercased().contains("nan"))
        // Five digits have rank 4 once centred: PC10 carries nothing.
        cell.setKnob("images", to: 5)
        cell.setKnob("components", to: 10)
        #expect(cell.status == "PC10 is past the rank 4 of 5 digits: lower it or add images")
        #expect(!cell.render(width: 80, height: 24, options: .standard).text.lowercased().contains("nan"))
        cell.setKnob("components", to: 2)
        cell.setKnob("pcy", to: 1)
        #expect(cell.status == "both axes show PC1: pick two different components")
        let ae = try #require(pages[4].cell as? AutoencoderCell)
        ae.setKnob("images", to: 0)
        #expect(ae.status == "0 images: nothing to analyse — set images to 50 or more")
        ae.stepHeadless(5)
        #expect(ae.isFinished && ae.run.iteration == 0)
    }

    @Test func halfTheVarianceNeedsFewerClasses() throws {
        let challenge = try challenge(3, "half-the-variance-with-5"), cell = try #require(pages[3].cell)
        cell.setKnob("images", to: 300)
        cell.setKnob("components", to: 5)
        #expect(!challenge.evaluate(cell).passed)       // all ten classes: about 38 %
        try turn(cell, "classes", by: 1)                 // 0,1
        #expect(challenge.evaluate(cell).passed)
        cell.setKnob("components", to: 6)
        #expect(!challenge.evaluate(cell).passed)       // more than five components
        cell.setKnob("components", to: 5)
        cell.setKnob("images", to: 100)
        #expect(!challenge.evaluate(cell).passed)       // too few images
    }

    @Test func autoencoderDivergesAtALargeLearningRateWithAdviceFirst() throws {
        let cell = try #require(pages[4].cell as? AutoencoderCell)
        let challenge = try challenge(4, "autoencoder-within-2.5-degrees")
        let prediction = try #require(pages[4].prediction)
        cell.setKnob("lr", to: 1)
        run(cell)
        #expect(cell.hasFailed)
        #expect(cell.status?.hasPrefix("learning rate too high — lower it, press r") == true)
        #expect(!challenge.evaluate(cell).passed)
        #expect(prediction.truth(cell) == nil)
        #expect(!cell.render(width: 80, height: 24, options: .standard).text.lowercased().contains("nan"))
        cell.setKnob("lr", to: 0.03)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0 && cell.run.curve.count == 1)
    }

    @Test func autoencoderFindsThePCAPlaneWithALargeBatch() throws {
        let cell = try #require(pages[4].cell as? AutoencoderCell)
        let challenge = try challenge(4, "autoencoder-within-2.5-degrees")
        let prediction = try #require(pages[4].prediction)
        #expect(prediction.truth(cell) == nil)
        cell.setKnob("batch", to: 256)
        run(cell)
        let last = try #require(cell.run.curve.last)
        #expect(cell.run.iteration == 3000 && last.distance < 0.0436)
        #expect(challenge.evaluate(cell).passed)
        #expect(prediction.truth(cell) == 1)
        // The error approaches PCA's floor from above (Eckart–Young) and the plane has turned
        // from about 90° to a few degrees.
        #expect(last.error >= cell.run.optimum && last.error < cell.run.optimum * 1.01)
        #expect(cell.run.curve[0].distance > 0.99)
        // Once trained, the codes are an invertible 2×2 map of the PCA coordinates:
        // regressing codes on coordinates leaves almost nothing.
        let z = cell.run.codes, p = cell.run.pcaCoordinates, n = cell.run.labels.count
        let m = leastSquares(p, z, n: n)
        var residual = 0.0, size = 0.0
        for i in 0..<n { for c in 0..<2 {
            let fit = p[2 * i] * m[c] + p[2 * i + 1] * m[2 + c]
            residual += (z[2 * i + c] - fit) * (z[2 * i + c] - fit); size += z[2 * i + c] * z[2 * i + c]
        } }
        #expect(residual / size < 0.01)
        #expect(abs(m[0] * m[3] - m[1] * m[2]) > 1e-3)
    }

    @Test func defaultBatchWobblesAboveTheChallenge() throws {
        let cell = try #require(pages[4].cell as? AutoencoderCell)
        let challenge = try challenge(4, "autoencoder-within-2.5-degrees")
        #expect(challenge.evaluate(cell).progress == "press space to train")
        run(cell)
        #expect(!challenge.evaluate(cell).passed)
        #expect(cell.status == "iteration 3000 / 3000 · done: r restarts")
    }

    @Test func headlessPagesExportVarianceAndTheAngleCurve() throws {
        let lesson = LinAlgLesson()
        let pca = try lesson.run(RunRequest(settings: [("page", "4"), ("images", "100")], steps: nil, context: LessonContext()))
        #expect(pca.cells.count == 1 && pca.cells[0].name == "pca")
        let table = try #require(pca.cells[0].tables.first { $0.name == "explained_variance" })
        #expect(table.rows.count == 20 && table.columns == ["component", "sigma", "variance", "ratio", "cumulative"])
        let ae = try lesson.run(RunRequest(settings: [("page", "5"), ("images", "100")], steps: 3, context: LessonContext()))
        let curve = try #require(ae.cells[0].tables.first { $0.name == "subspace" })
        #expect(curve.rows.count == 4 && curve.columns == ["iteration", "sin_theta", "error", "pca_optimum"])
        #expect(throws: LessonKitError.self) { try lesson.run(RunRequest(settings: [("page", "9")], steps: nil, context: LessonContext())) }
        #expect(throws: LessonKitError.self) { try lesson.run(RunRequest(settings: [("page", "4"), ("lr", "0.1")], steps: nil, context: LessonContext())) }
    }

    /// The 2×2 M (row-major) minimizing ‖P·M − Z‖ for n×2 P and Z.
    func leastSquares(_ p: [Double], _ z: [Double], n: Int) -> [Double] {
        var a = [0.0, 0, 0, 0], b = [0.0, 0, 0, 0]
        for i in 0..<n { for r in 0..<2 { for c in 0..<2 {
            a[r * 2 + c] += p[2 * i + r] * p[2 * i + c]; b[r * 2 + c] += p[2 * i + r] * z[2 * i + c]
        } } }
        let det = a[0] * a[3] - a[1] * a[2]
        let inv = [a[3] / det, -a[1] / det, -a[2] / det, a[0] / det]
        return [inv[0] * b[0] + inv[1] * b[2], inv[0] * b[1] + inv[1] * b[3],
                inv[2] * b[0] + inv[3] * b[2], inv[2] * b[1] + inv[3] * b[3]]
    }
}

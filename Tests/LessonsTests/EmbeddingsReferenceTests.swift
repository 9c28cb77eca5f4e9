import NumericCore
import Testing
@testable import EmbeddingsLesson

/// The embeddings lesson's formulas against `Scripts/reference/embeddings_reference.py`:
/// the triplet loss and its gradient (and a central-difference check in Swift too), the
/// gradient through the normalization, Gram matrices and the style loss, accept rates.
@Suite struct EmbeddingsReferenceTests {
    func close(_ x: [Double], _ y: [Double], _ tol: Double = 1e-12) -> Bool {
        x.count == y.count && zip(x, y).allSatisfy { abs($0 - $1) <= tol }
    }

    @Test func activeTripletMatchesNumpy() {
        let r = TripletLoss.evaluate(anchor: [0.3, -0.4], positive: [0.9, 0.1], negative: [0.2, -0.1], margin: 0.2)
        #expect(abs(r.loss - 0.7100000000000002) < 1e-12)
        #expect(close(r.dAnchor, [-1.4, -0.4]))
        #expect(close(r.dPositive, [1.2000000000000002, 1.0]))
        #expect(close(r.dNegative, [0.19999999999999996, -0.6000000000000001]))
        #expect(r.active)
    }

    @Test func inactiveTripletHasZeroLossAndGradient() {
        let r = TripletLoss.evaluate(anchor: [1, 0], positive: [0.9, 0.1], negative: [-1, 0], margin: 0.2)
        #expect(r.loss == 0 && !r.active)
        #expect(r.dAnchor == [0, 0] && r.dPositive == [0, 0] && r.dNegative == [0, 0])
    }

    @Test func threeDimensionalTripletMatchesNumpy() {
        let r = TripletLoss.evaluate(anchor: [0.5, 0.5, -1], positive: [0.4, 0.7, -0.8], negative: [0.6, 0.2, -0.9], margin: 0.5)
        #expect(abs(r.loss - 0.48) < 1e-12)
        #expect(close(r.dAnchor, [0.4, -1.0, -0.2]))
        #expect(close(r.dPositive, [-0.2, 0.4, 0.4]))
        #expect(close(r.dNegative, [-0.2, 0.6, -0.2]))
    }

    /// Central differences of the loss agree with the analytic gradient for every coordinate.
    @Test func gradientMatchesCentralDifferences() {
        let a = [0.5, 0.5, -1.0], p = [0.4, 0.7, -0.8], n = [0.6, 0.2, -0.9], h = 1e-6
        let r = TripletLoss.evaluate(anchor: a, positive: p, negative: n, margin: 0.5)
        for (which, analytic) in [r.dAnchor, r.dPositive, r.dNegative].enumerated() {
            for i in 0..<3 {
                func loss(_ delta: Double) -> Double {
                    var v = [a, p, n]
                    v[which][i] += delta
                    return TripletLoss.evaluate(anchor: v[0], positive: v[1], negative: v[2], margin: 0.5).loss
                }
                let numeric = (loss(h) - loss(-h)) / (2 * h)
                #expect(abs(numeric - analytic[i]) < 1e-7)
            }
        }
    }

    @Test func normalizeBackwardMatchesNumpy() {
        let dz = TripletLoss.normalizeBackward([0.6, -1.6], [0.3, 0.7])
        #expect(close(dz, [0.28859460952470545, 0.10822297857176459], 1e-14))
        #expect(close(TripletLoss.normalize([3, 4]), [0.6, 0.8], 1e-15))
    }

    @Test func gramAndStyleLossMatchNumpy() {
        let f1 = [[1.0, 0.0, 2.0], [0.5, 1.0, 0.0]], f2 = [[0.0, 1.0, 1.0], [1.0, 1.0, 0.5]]
        #expect(StyleMath.gram(f1) == [[5.0, 0.5], [0.5, 1.25]])
        #expect(StyleMath.gram(f2) == [[2.0, 1.5], [1.5, 2.25]])
        #expect(abs(StyleMath.styleLoss(f1, f2) - 0.08333333333333333) < 1e-15)
    }

    /// Hand-counted: same pairs at 0.1, 0.5, 0.9; different pairs at 0.3, 0.7, 1.2, 1.5.
    @Test func acceptRatesCountPairsUnderTheThreshold() {
        let d = [0.1, 0.5, 0.9, 0.3, 0.7, 1.2, 1.5], same = [true, true, true, false, false, false, false]
        let r = Verification.acceptRates(distances: d, same: same, threshold: 0.6)
        #expect(abs(r.tar - 2.0 / 3) < 1e-15 && r.far == 0.25)
        #expect(Verification.acceptRates(distances: d, same: same, threshold: 0).tar == 0)
        #expect(Verification.acceptRates(distances: d, same: same, threshold: 2) == (1, 1))
    }

    /// One stored example per class: points near their own reference are recognised.
    @Test func oneShotTakesTheNearestReference() {
        let points = [[0.0, 0.0], [1.0, 0.0], [0.1, 0.0], [0.9, 0.1], [0.6, 0.0]]
        let labels = [0, 1, 0, 1, 0]
        let refs = Verification.references(labels: labels, classes: 2)
        #expect(refs == [0, 1])
        // 2 → 0 right, 3 → 1 right, 4 (0.6) → 1 wrong: 2 of 3.
        #expect(abs(Verification.oneShotAccuracy(points: points, labels: labels, references: refs) - 2.0 / 3) < 1e-15)
    }

    /// 300 iterations from the same start: random mining learns (one-shot far above the 20 %
    /// of chance), hard mining from the start collapses (the loss sits at α = 0.2).
    @Test func randomMiningLearnsHardMiningFromTheStartCollapses() {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1000, test: 500), seed: 1)
        var oneShot: [Double] = [], loss: [Double] = []
        for mining in EmbeddingRun.Mining.allCases {
            var c = EmbeddingRun.Config()
            c.mining = mining
            let run = EmbeddingRun(data: data, config: c, seed: 1)
            for _ in 0..<30 { run.step() }
            oneShot.append(Verification.oneShotAccuracy(points: run.heldOutPoints, labels: run.heldOut.labels,
                                                        references: Verification.references(labels: run.heldOut.labels, classes: 5)))
            loss.append(run.losses.suffix(20).reduce(0, +) / 20)
        }
        #expect(oneShot[0] > 0.85 && oneShot[1] < 0.5)
        #expect(loss[0] < 0.05 && abs(loss[1] - 0.2) < 0.05)
    }
}

import Foundation
import Charts
import LessonKit
import NumericCore
import Testing
@testable import BatchNormLesson

/// The batchnorm lesson's numbers against references: the core's layer against the book's
/// layer in numpy (Scripts/reference/batchnorm_transform.py, fixed inputs, so to ~1e-12),
/// the lesson's transform against the formulas, the running averages against 1 − 0.9ⁿ by
/// hand, and the book's experiment at σ = 0.01 (with batch norm it learns, without it does not).
@Suite struct BatchNormReferenceTests {
    let x: [Double] = [1, -2, 0.5, 3, 0, 0.25, -1, 4, 0.75, 5, 2, 0.5]
    let dout: [Double] = [0.1, -0.3, 0.2, 0.4, 0, -0.1, -0.2, 0.5, 0.3, 0, 0.1, -0.4]

    private func layer() -> BatchNormalization {
        let bn = BatchNormalization(features: 3, momentum: 0.9)
        bn.gamma.value = Tensor([1.5, 0.5, 2])
        bn.beta.value = Tensor([0.1, -0.2, 0.3])
        return bn
    }

    private func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-9) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) }
    }

    @Test func forwardAndBackwardMatchNumpy() {
        let bn = layer()
        let out = bn.forward(Tensor(shape: [4, 3], scalars: x), training: true)
        let expectedOut = [-0.5708203261679077, -0.8708203261679077, 0.3, 0.7708203261679076, -0.4236067753893026,
                           -2.528381870998281, -1.9124609785037228, 0.47082032616790764, 3.1283818709982807,
                           2.112460978503723, 0.02360677538930253, 0.3]
        #expect(close(out.scalars, expectedOut), "\(out.scalars)")
        let dx = bn.backward(Tensor(shape: [4, 3], scalars: dout))
        let expectedDx = [0.046957416794371806, -1.6770504797369856e-08, 2.262705496798625, 0.18782969736439586,
                          0.01118033317929686, 1.1312803441403507, -0.09391486377565225, 0.011180355539969926,
                          1.1314251526582737, -0.14087225038311546, -0.022360671948761988, -4.52541099359725]
        // Absolute 1e-9: dx[1] is −1.7e-8, a difference of large terms.
        #expect(zip(dx.scalars, expectedDx).allSatisfy { abs($0 - $1) < 1e-9 }, "\(dx.scalars)")
        #expect(close(bn.gamma.grad.scalars, [0.4024921957007446, 1.1180338769465128, 0.5656763741996562]))
        #expect(close(bn.beta.grad.scalars, [0.3, 0.3, 0]))
    }

    @Test func runningAveragesAndInferenceMatchNumpy() {
        let bn = layer()
        _ = bn.forward(Tensor(shape: [4, 3], scalars: x), training: true)
        _ = bn.forward(Tensor(shape: [4, 3], scalars: x.map { $0 * 2 + 1 }), training: true)
        #expect(close(bn.runningMean.scalars, [0.6799999999999998, 0.3899999999999999, 0.24499999999999994]))
        #expect(close(bn.runningVariance.scalars, [2.4499999999999993, 2.4499999999999993, 0.015312499999999996]))
        let inference = bn.forward(Tensor(shape: [4, 3], scalars: x), training: false)
        #expect(close(inference.scalars, [0.4066606886161638, -0.9634573393673238, 4.421287811306828, 2.3232899924671866,
                                          -0.3245809047503164, 0.3808095649275858, -1.5099686152348586, 0.9531719644836987,
                                          8.461766057686072, 4.239919296318209, 0.314295529866691, 4.421287811306828]))
    }

    private func transform(batch: Int = 100) -> MiniBatchTransform {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (200, 10), seed: 1)
        return MiniBatchTransform(images: data.split.train.images, seed: 1, batchSize: batch)
    }

    /// x̂ has mean 0 and std √(σ²/(σ² + ε)) ≈ 1; y = γx̂ + β; the layer's output agrees with
    /// the lesson's x̂ for every unit shown.
    @Test func transformFollowsTheFormulas() {
        let m = transform()
        m.gamma = 2
        m.beta = -0.5
        for unit in [0, 37, 99] {
            m.unit = unit
            let (mean, variance) = MiniBatchTransform.statistics(m.before)
            #expect(variance > 1e-3)
            let xn = m.normalized
            #expect(abs(Format.mean(xn)) < 1e-12)
            #expect(abs(Format.std(xn) - (variance / (variance + 1e-6)).squareRoot()) < 1e-12)
            #expect(zip(m.after, xn).allSatisfy { abs($0 - (2 * $1 - 0.5)) < 1e-9 })
            #expect(zip(m.before, xn).allSatisfy { abs(($0 - mean) / (variance + 1e-6).squareRoot() - $1) < 1e-12 })
        }
    }

    /// σ = 0.0001 makes σ²_B comparable to ε: x̂ is squeezed (std < 1) and the status says so.
    @Test func tinyScaleSqueezesTheNormalizedValues() {
        let cell = TransformCell(model: transform())
        cell.setKnob("std", to: 0.0001)
        let variance = MiniBatchTransform.statistics(cell.model.before).variance
        let std = Format.std(cell.model.normalized)
        #expect(abs(std - (variance / (variance + 1e-6)).squareRoot()) < 1e-9)
        #expect(std < 0.9)
        #expect(cell.squeezed)
        #expect(Language.$override.withValue(.en) { cell.status ?? "" }.hasPrefix("σ²_B ≈ ε: x̂ squeezed to std"))
    }

    /// Running averages start at 0 and keep momentum of the old value: with momentum 0.9, after
    /// n batches of the same statistics they are (1 − 0.9ⁿ) of them. Batch size 200 = the whole
    /// set, so every batch (with replacement) is close; the recursion itself is exact.
    @Test func runningAveragesFollowTheRecursion() {
        let m = transform()
        var mean = 0.0, variance = 0.0
        for _ in 0..<12 { m.nextBatch() }
        for entry in m.trace {
            mean = 0.9 * mean + 0.1 * entry.mean
            variance = 0.9 * variance + 0.1 * entry.variance
            #expect(abs(entry.runningMean - mean) < 1e-9 && abs(entry.runningVariance - variance) < 1e-9)
        }
        // 13 batches: the running variance is (1 − 0.9¹³ ≈ 0.75) of a typical batch variance.
        let average = m.trace.map(\.variance).reduce(0, +) / Double(m.trace.count)
        #expect(abs(m.running.variance / average - (1 - pow(0.9, 13))) < 0.1)
        // Inference leaves them alone.
        m.setInference(true)
        let before = m.running
        m.nextBatch()
        #expect(m.running == before)
    }

    /// The book's experiment at σ = 0.01 (first 1000 images, batch 100, SGD 0.01, 20 epochs):
    /// with batch norm train accuracy passes 90 %, without it stays at chance (the book's figure
    /// 6-19 shows the same for its small scales).
    @Test func withBatchNormLearnsWithoutStalls() {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (1000, 100), seed: 1)
        let pair = ScalePair(sigma: 0.01, images: data.split.train.images, labels: data.split.train.labels, seed: 1)
        while !pair.isFinished { pair.step() }
        #expect(pair.bn.accuracies[0].accuracy == pair.plain.accuracies[0].accuracy)  // same start
        #expect(pair.iteration == 200)
        #expect(pair.bn.accuracies.count == 21)
        #expect((pair.bn.lastAccuracy ?? 0) > 0.9)
        #expect((pair.plain.lastAccuracy ?? 1) < 0.15)
        #expect(!pair.bn.diverged && !pair.plain.diverged)
    }

    @Test func gridScalesAreTheBooksLogspace() {
        #expect(ScaleGrid.sigmas.count == 16)
        #expect(ScaleGrid.sigmas.first == 1 && ScaleGrid.sigmas.last == 0.0001)
        // numpy: np.logspace(0, -4, 16)[1] = 0.5411695265464637, [8] = 0.007356422544596414
        #expect(abs(ScaleGrid.sigmas[1] - 0.5411695265464637) < 1e-15)
        #expect(abs(ScaleGrid.sigmas[8] - 0.007356422544596414) < 1e-15)
    }

    /// Extreme knobs: σ = 1 makes the net without batch norm's loss NaN (it stops, nothing NaN
    /// is drawn, the status advises); lr = 10 collapses even the net with batch norm; r recovers.
    @Test func extremeKnobsAdviseAndRecover() {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (1000, 100), seed: 1)
        let pair = ScalePair(sigma: 0.01, images: data.split.train.images, labels: data.split.train.labels, seed: 1)
        let cell = PairCell(pair: pair, source: DataSource(name: "synthetic", problem: nil))
        cell.setKnob("sigma", to: 1)
        for _ in 0..<30 { cell.step() }
        #expect(cell.pair.plain.diverged && !cell.pair.bn.diverged)
        #expect(cell.hasFailed)
        #expect(Language.$override.withValue(.en) { cell.status ?? "" }.hasPrefix("σ = 1 too large without batch norm"))
        let text = cell.render(width: 120, height: 30, options: .standard).text
        #expect(!text.lowercased().contains("nan"))
        cell.setKnob("sigma", to: 0.01)
        cell.setKnob("lr", to: 10)
        cell.stepHeadless(1000)
        #expect(cell.isFinished && cell.hasFailed && cell.pair.bn.collapsed)
        #expect(Language.$override.withValue(.en) { cell.status ?? "" }.hasPrefix("lr 10 too high"))
        cell.setKnob("lr", to: 0.01)
        cell.reset()
        #expect(!cell.isFinished && !cell.hasFailed && cell.pair.iteration == 0)
    }
}

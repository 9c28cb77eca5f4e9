import NumericCore
import Testing
@testable import LogisticLesson

/// The logistic lesson's formulas against numpy (Scripts/reference/logistic_gradients.py) on
/// fixed small inputs, against the core's numerical gradient, and loops against vectorized.
@Suite struct LogisticReferenceTests {
    /// The script's X (3 features × 4 examples) as nnbook's rows: one example per row.
    let x = Tensor(rows: [[1.0, 0.25, -0.5], [-2.0, 1.5, 0.75], [0.5, -1.0, 2.5], [3.0, 2.0, -1.25]])
    let y = [1.0, 0.0, 1.0, 0.0]
    let w = [0.2, -0.4, 0.1]
    let b = -0.3

    static let cost = 0.5013599935268852
    static let dw = [-0.04125923977896817, 0.321673380600528, -0.23945669459975796]
    static let db = -0.09395859774984221

    func expectClose(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        for (u, v) in zip(a, b) { #expect(abs(u - v) <= tolerance, "\(u) vs \(v)", sourceLocation: sourceLocation) }
    }

    @Test func vectorizedAndLoopedGradientsMatchNumpy() {
        for g in [LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b),
                  LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b, transposed: x.transposed()),
                  LogisticMath.loopGradient(x: x, y: y, w: w, b: b)] {
            expectClose(g.dw, Self.dw)
            expectClose([g.db, g.cost], [Self.db, Self.cost])
        }
    }

    @Test func oneGradientDescentStepMatchesNumpy() {
        let data = LogisticData(train: x, trainY: y, test: x, testY: y)
        let digits = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1, test: 1), seed: 1)
        let run = LogisticRun(data: data, digits: digits, config: .init(task: .toy, learningRate: 0.5), seed: 1)
        // Entry 0: zero weights, a = 0.5 everywhere, cost ln 2.
        #expect(abs(run.last.cost - 0.6931471805599453) < 1e-15)
        // One step from the script's w and b is checked through the formulas; the run starts
        // at zero, so compare its first step with w −= lr·dw at zero by hand: dw = Xᵀ(0.5 − y)/4.
        run.iterate()
        var dw0 = [0.0, 0.0, 0.0]
        for i in 0..<4 {
            for j in 0..<3 { dw0[j] += x.scalars[i * 3 + j] * (0.5 - y[i]) / 4 }
        }
        expectClose(run.w, dw0.map { -0.5 * $0 })
        // db = mean(0.5 − y) = 0 for two 1s and two 0s: b stays 0.
        #expect(run.b == 0)
        // From the script's starting point, one step with lr 0.5.
        let g = LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b)
        let w1 = zip(w, g.dw).map { $0 - 0.5 * $1 }, b1 = b - 0.5 * g.db
        expectClose(w1, [0.2206296198894841, -0.5608366903002641, 0.219728347299879])
        #expect(abs(b1 - -0.2530207011250789) < 1e-12)
        #expect(abs(LogisticMath.vectorizedGradient(x: x, y: y, w: w1, b: b1).cost - 0.4273404740273951) < 1e-12)
    }

    @Test func gradientMatchesTheCoresNumericalGradient() {
        let g = LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b)
        let numeric = numericalGradient({ p in
            LogisticMath.vectorizedGradient(x: x, y: y, w: Array(p.scalars.prefix(3)), b: p.scalars[3]).cost
        }, at: Tensor(w + [b]))
        expectClose(Array(numeric.scalars.prefix(3)), g.dw, 1e-8)
        #expect(abs(numeric.scalars[3] - g.db) < 1e-8)
    }

    @Test func oneExampleGraphMatchesNumpy() {
        var graph = OneExampleGraph()
        graph.finish()
        expectClose([graph.z, graph.a, graph.loss, graph.da, graph.dz, graph.dw1, graph.dw2, graph.db],
                    [0.1, 0.52497918747894, 0.6443966600735709, -1.9048374180359595, -0.47502081252106,
                     -0.47502081252106, -0.95004162504212, -0.47502081252106])
        let num = graph.numerical
        expectClose([num.dw1, num.dw2, num.db], [graph.dw1, graph.dw2, graph.db], 1e-8)
    }

    @Test func loopsAndVectorizedAgreeOnDigits() {
        let digits = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 300, test: 10), seed: 3)
        let data = LogisticData.isDigit(3, data: digits, limit: (train: 300, test: 10))
        let race = VectorizationRace(data: data, examples: 300, seed: 3)
        while !race.isFinished { race.step() }
        let difference = race.maxDifference!
        #expect(difference < 1e-12)
        #expect(race.loopRuns == 10 && race.vectorRuns == 10 && race.loopExamples == 0)
        // Summed a slice at a time, the same numbers as the one-call loop.
        let whole = LogisticMath.loopGradient(x: race.x, y: race.y, w: race.w, b: race.b)
        expectClose(whole.dw, race.loopResult!.dw, 0)
    }

    @Test func aSaturatedWrongAnswerIsALargeFiniteLoss() {
        #expect(LogisticMath.sigmoid(-800) == 0 && LogisticMath.sigmoid(800) == 1)
        #expect(abs(LogisticMath.loss(a: 0, y: 1) - 27.631021115928547) < 1e-9)
        #expect(LogisticMath.loss(a: 1, y: 1) == 0)
        var graph = OneExampleGraph()
        graph.w1 = -5; graph.w2 = -5; graph.x1 = 5; graph.x2 = 5; graph.b = -5
        #expect(graph.da.isFinite && graph.loss.isFinite && graph.dz == -1)
    }
}

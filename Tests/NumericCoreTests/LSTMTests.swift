import Testing
@testable import NumericCore

/// The core's `LSTM` against `Scripts/reference/lstm_reference.py` (numpy, fixed weights and
/// inputs: exact to 1e-12), against central-difference numerical gradients for every weight and
/// every gate pre-activation (relative error ≤ 1e-6), shared clipping, the forget-gate bias,
/// the trainer's step, and clear errors for bad input.
@Suite struct LSTMTests {
    /// The reference script's net: 2 inputs, 2 hidden units, 1 output; forget bias 1.
    func referenceNet() -> LSTM {
        LSTM(inputSize: 2, hiddenSize: 2, outputSize: 1,
             wx: [0.3, -0.2, 0.1, 0.4, -0.5, 0.2, 0.6, -0.1, 0.2, 0.7, -0.3, -0.4, 0.5, 0.1, -0.2, 0.3],
             wh: [0.1, -0.3, 0.2, 0.25, -0.15, 0.4, 0.35, -0.2, 0.45, 0.1, -0.25, 0.3, 0.05, -0.35, 0.3, 0.2],
             b: [1.0, 1.0, 0.1, -0.1, 0.0, 0.05, -0.2, 0.2], why: [0.8, -0.6])
    }
    let inputs: [[Double]] = [[1.0, 0.0], [0.5, -1.0], [-0.2, 0.4], [0.0, 1.0]]
    let targets: [[Double]?] = [[0.2], nil, [-0.1], [0.3]]

    func expectClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(abs(x - y) <= tolerance, "\(x) vs \(y)") }
    }

    @Test func forwardLossAndBPTTMatchNumpy() throws {
        let net = referenceNet()
        let trace = try net.forward(inputs)
        expectClose(trace.outputs.map { $0[0] }, [0.08170945958476376, -0.07286755286599164, -0.005330162307216636, 0.1777162623359683])
        let (loss, dys) = try LSTM.squaredError(trace, targets: targets)
        #expect(abs(loss - 0.006318057102932051) < 1e-14)
        let g = try net.backward(trace, outputGradients: dys)
        expectClose(g.wx, [-4.015832443975095e-06, -3.083753421249997e-05, -3.0177724006758896e-05, 0.00012762082298359604, -0.0008485250568488982, -0.0020688556370860333, -0.000678570633887708, -0.0013397235550167163, -0.007123529728766176, -0.004912677673015164, 0.007669358334721044, 0.00549608837165783, -0.0006221511529833085, -0.002781432630329958, -0.0008782099544500613, -0.0007759777356739311])
        expectClose(g.wh, [-1.0890763608981479e-06, -1.007341306794186e-07, -3.3693565534743238e-06, 5.5488880303774924e-06, -8.564519452945449e-06, -3.7119983121830914e-05, -1.8558627538364096e-06, -2.813304087963876e-05, -2.1562180901832276e-05, -7.797308842249828e-05, 1.1702839290974472e-05, 5.528255258682645e-05, -2.067283891716618e-05, -4.5616637942011166e-05, 4.711838538078653e-06, -1.495513073930603e-05])
        expectClose(g.b, [-3.4297978146953856e-05, 3.250584145599571e-05, -0.0028625641812232974, -0.0018816325099451502, -0.012313887721545748, 0.015078017653098887, -0.0033314243599003542, -0.0017460499599294475])
        expectClose(g.why, [-0.008252228474154518, 0.0067202901088732996])
        expectClose(g.hiddenNorms, [0.0397536087366022, 0.00035644163742456304, 0.02725445770995572, 0.04076124588801056])
        expectClose(g.cellNorms, [0.02235972935776208, 0.0015780252943871777, 0.001948835102123681, 0.0202645141771243])
        expectClose(g.gateGradients[0], [-0.0, 0.0, -0.0008735030893159206, -0.0007295478103102303, -0.007104182392670657, 0.0074165657713245155, -0.0006141022861856849, -0.0009032020034368054])
        #expect(abs(g.norm - 0.02643510025522994) < 1e-12)
    }

    /// The same global-norm clipping as the vanilla RNN's (`ClippableGradients`).
    @Test func clippingScalesToTheThresholdAndKeepsTheDirection() throws {
        let net = referenceNet()
        let trace = try net.forward(inputs)
        var g = try net.backward(trace, outputGradients: try LSTM.squaredError(trace, targets: targets).outputGradients)
        let before = g.clip(maxNorm: 0.01)
        #expect(abs(before - 0.02643510025522994) < 1e-12)
        #expect(abs(g.norm - 0.01) < 1e-12)
        expectClose(g.wh, [-4.119811729038872e-07, -3.8106203383696e-08, -1.274576801655113e-06, 2.099060709739391e-06, -3.239828625673942e-06, -1.404193014720535e-05, -7.020449084429874e-07, -1.0642305347063285e-05, -8.156648052645988e-06, -2.94960441495099e-05, 4.427007720032828e-06, 2.0912556431818074e-05, -7.820223383898933e-06, -1.725608660515155e-05, 1.7824175027089067e-06, -5.657300556803183e-06])
        let small = g
        g.clip(maxNorm: 1)
        #expect(g == small)
        g.clip(maxNorm: 0)
        #expect(g == small)
    }

    /// |a − n| ≤ 1e-6 · max(|a|, |n|) (or both below 1e-11: the gradient is zero).
    func expectRelativelyClose(_ analytic: Double, _ numeric: Double, _ what: String) {
        let scale = max(abs(analytic), abs(numeric))
        #expect(scale < 1e-11 || abs(analytic - numeric) <= 1e-6 * scale, "\(what): \(numeric) vs \(analytic)")
    }

    /// A random net with every output step in the loss but one.
    func randomProblem() -> (LSTM, [[Double]], [[Double]?]) {
        let net = LSTM(inputSize: 2, hiddenSize: 3, outputSize: 2, seed: 3)
        var rng = Xoshiro256StarStar(seed: 9)
        let xs = (0..<5).map { _ in [rng.nextNormal(), rng.nextNormal()] }
        let ts: [[Double]?] = (0..<5).map { t in t == 2 ? nil : [rng.nextNormal(), rng.nextNormal()] }
        return (net, xs, ts)
    }

    /// Every weight's BPTT gradient against (L(w+ε) − L(w−ε)) / 2ε.
    @Test func everyWeightGradientMatchesNumericalGradients() throws {
        let (net, xs, ts) = randomProblem()
        func loss(_ n: LSTM) throws -> Double { try LSTM.squaredError(n.forward(xs), targets: ts).loss }
        let trace = try net.forward(xs)
        let g = try net.backward(trace, outputGradients: try LSTM.squaredError(trace, targets: ts).outputGradients)
        let eps = 1e-5
        let paths: [(String, ReferenceWritableKeyPath<LSTM, [Double]>, [Double])] =
            [("wx", \.wx, g.wx), ("wh", \.wh, g.wh), ("b", \.b, g.b), ("why", \.why, g.why)]
        for (name, path, analytic) in paths {
            for i in analytic.indices {
                let plus = net.copy(), minus = net.copy()
                plus[keyPath: path][i] += eps
                minus[keyPath: path][i] -= eps
                expectRelativelyClose(analytic[i], try (loss(plus) - loss(minus)) / (2 * eps), "\(name)[\(i)]")
            }
        }
    }

    /// ∂L/∂z_t of every gate (f, i, g, o) at every step against shifting that one
    /// pre-activation by ±ε in the forward pass.
    @Test func everyGateGradientMatchesNumericalGradients() throws {
        let (net, xs, ts) = randomProblem()
        let trace = try net.forward(xs)
        let g = try net.backward(trace, outputGradients: try LSTM.squaredError(trace, targets: ts).outputGradients)
        let eps = 1e-5
        for t in 1...xs.count {
            for r in 0..<(4 * net.hiddenSize) {
                let plus = try LSTM.squaredError(net.forward(xs, shift: (t, r, eps)), targets: ts).loss
                let minus = try LSTM.squaredError(net.forward(xs, shift: (t, r, -eps)), targets: ts).loss
                let gate = LSTM.Gate(rawValue: r / net.hiddenSize)!
                expectRelativelyClose(g.gateGradients[t - 1][r], (plus - minus) / (2 * eps), "\(gate) z_\(t)[\(r)]")
            }
        }
        // b's gradient is the gate gradients summed over time.
        for r in g.b.indices { #expect(abs(g.b[r] - g.gateGradients.reduce(0) { $0 + $1[r] }) < 1e-15) }
    }

    /// The forget gate's bias starts at 1 (σ(1) ≈ 0.731), every other bias at 0.
    @Test func theForgetBiasStartsAtOne() throws {
        let net = LSTM(inputSize: 1, hiddenSize: 3, outputSize: 1, seed: 1)
        #expect(net.b == [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        let zeroNet = LSTM(inputSize: 1, hiddenSize: 3, outputSize: 1, wx: Array(repeating: 0, count: 12),
                           wh: Array(repeating: 0, count: 36), b: net.b, why: [1, 1, 1])
        let f = try zeroNet.forward([[0]]).gates[0][0]
        #expect(abs(f - 0.7310585786300049) < 1e-15)
    }

    @Test func badInputIsAClearError() throws {
        let net = referenceNet()
        #expect(throws: RecurrentError.emptySequence) { try net.forward([]) }
        #expect(throws: RecurrentError.wrongLength(step: 2, expected: 2, got: 3)) { try net.forward([[1, 0], [1, 2, 3]]) }
        #expect(RecurrentError.wrongLength(step: 2, expected: 2, got: 3).description
                == "time step 2 has 3 values, the RNN expects 2")
        let trace = try net.forward(inputs)
        #expect(throws: RecurrentError.wrongLength(step: 0, expected: 4, got: 2)) {
            try net.backward(trace, outputGradients: [[0], [0]])
        }
        let trainer = RecurrentTrainer(net: net, optimizer: SGD(learningRate: 0.1))
        #expect(throws: RecurrentError.emptySequence) { try trainer.step(inputs: [], targets: [], clip: 0) }
        #expect(throws: RecurrentError.emptySequence) { try trainer.step(inputs: [[]], targets: [[]], clip: 0) }
    }

    /// One trainer step with SGD on a batch of one is `backward` then `apply`; on a batch of
    /// two it averages the gradients; clipping is applied to the average.
    @Test func theTrainerStepIsBPTTThenTheOptimizer() throws {
        let net = referenceNet(), byHand = referenceNet()
        let trace = try byHand.forward(inputs)
        let g = try byHand.backward(trace, outputGradients: try LSTM.squaredError(trace, targets: targets).outputGradients)
        byHand.apply(g, learningRate: 0.5)
        let step = try RecurrentTrainer(net: net, optimizer: SGD(learningRate: 0.5)).step(inputs: [inputs], targets: [targets], clip: 0)
        #expect(abs(step.loss - 0.006318057102932051) < 1e-14)
        #expect(!step.clipped)
        expectClose(step.lastOutputs[0], [0.1777162623359683])
        expectClose(net.wx, byHand.wx, tolerance: 1e-15)
        expectClose(net.wh, byHand.wh, tolerance: 1e-15)
        expectClose(net.b, byHand.b, tolerance: 1e-15)
        // Two copies of the sequence average to the same gradient; clipped to 0.01 (the reference script's clipped dW_h) it moves W_h by lr · that.
        let twice = referenceNet()
        let clipped = try RecurrentTrainer(net: twice, optimizer: SGD(learningRate: 1)).step(inputs: [inputs, inputs],
                                                                                         targets: [targets, targets], clip: 0.01)
        #expect(clipped.clipped && abs(clipped.gradientNorm - 0.02643510025522994) < 1e-12)
        expectClose(zip(referenceNet().wh, twice.wh).map { $0 - $1 }, [-4.119811729038872e-07, -3.8106203383696e-08, -1.274576801655113e-06, 2.099060709739391e-06, -3.239828625673942e-06, -1.404193014720535e-05, -7.020449084429874e-07, -1.0642305347063285e-05, -8.156648052645988e-06, -2.94960441495099e-05, 4.427007720032828e-06, 2.0912556431818074e-05, -7.820223383898933e-06, -1.725608660515155e-05, 1.7824175027089067e-06, -5.657300556803183e-06], tolerance: 1e-15)
    }

    /// The vanilla RNN trains through the same step (its gradients also clip through `ClippableGradients`).
    @Test func theTrainerAlsoStepsAVanillaRNN() throws {
        let net = VanillaRNN(inputSize: 1, hiddenSize: 3, outputSize: 1, radius: 0.9, seed: 2)
        let trainer = RecurrentTrainer(net: net, optimizer: Adam(learningRate: 0.01))
        let xs: [[Double]] = [[1], [0], [0]], ts: [[Double]?] = [nil, nil, [1]]
        let first = try trainer.step(inputs: [xs], targets: [ts], clip: 0).loss
        for _ in 0..<50 { try trainer.step(inputs: [xs], targets: [ts], clip: 0) }
        #expect(try trainer.step(inputs: [xs], targets: [ts], clip: 0).loss < first / 2)
    }

    /// The plain SGD step (the bench's "LSTM/RNN training step, BPTT") is the trainer's step with SGD.
    @Test func thePlainSGDStepIsTheTrainerStepWithSGD() throws {
        let plain = referenceNet(), trained = referenceNet()
        let (loss, norm) = try plain.sgdStep(inputs: [inputs, inputs], targets: [targets, targets], learningRate: 1, clip: 0.01)
        try RecurrentTrainer(net: trained, optimizer: SGD(learningRate: 1)).step(inputs: [inputs, inputs], targets: [targets, targets], clip: 0.01)
        #expect(abs(loss - 0.006318057102932051) < 1e-14 && abs(norm - 0.02643510025522994) < 1e-12)
        #expect(plain.weights == trained.weights)
        #expect(throws: RecurrentError.emptySequence) { try plain.sgdStep(inputs: [], targets: [], learningRate: 1, clip: 0) }
    }
}

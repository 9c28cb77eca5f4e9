import Testing
@testable import NumericCore

/// The character-level language model's pieces in the core — output bias, starting state,
/// softmax cross-entropy per step, AdaGrad, one truncated-BPTT training step, sampling —
/// against `Scripts/reference/char_rnn_reference.py` (numpy, fixed weights: 1e-12) and
/// against central-difference numerical gradients.
@Suite struct CharRNNTests {
    /// The reference script's net: V = 4 symbols, 3 hidden units, an output bias.
    func referenceNet() -> VanillaRNN {
        VanillaRNN(inputSize: 4, hiddenSize: 3, outputSize: 4,
                   wxh: [0.3, -0.2, 0.1, 0.5, -0.4, 0.2, 0.6, -0.1, 0.2, 0.3, -0.5, 0.4],
                   whh: [0.4, -0.2, 0.1, 0.3, 0.5, -0.4, -0.1, 0.2, 0.6], b: [0.1, -0.1, 0.05],
                   why: [0.7, -0.5, 0.3, -0.2, 0.4, 0.1, 0.5, 0.2, -0.6, -0.3, -0.1, 0.8], by: [0.05, -0.02, 0.0, 0.1])
    }
    let h0 = [0.2, -0.1, 0.3]
    let text = [0, 2, 1, 3, 2]

    func expectClose(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(abs(x - y) <= tolerance, "\(x) vs \(y)") }
    }

    @Test func lossAndBPTTMatchNumpy() throws {
        let net = referenceNet()
        let (trace, loss, dys) = try CharRNN.loss(net, window: text, from: h0)
        #expect(abs(loss - 1.5794856594850009) < 1e-12)
        expectClose(trace.hidden[4], [0.4820954115539035, -0.01172475045374176, 0.5484770473628923])
        let p = try VanillaRNN.softmaxCrossEntropy(trace, targets: [2, 1, 3, 2]).probabilities
        expectClose(p[3], [0.34380105859670673, 0.18418296098942966, 0.17979322162420333, 0.2922227587896602])
        let g = try net.backward(trace, outputGradients: dys)
        expectClose(g.wxh, [-0.026110933131015195, 0.047455686935487504, 0.11588383339964203, -0.05640707570635663,
                            -0.11791301256161513, 0.029012476815746577, -0.09685818423191477, -0.07286272631457069,
                            0.1986833880045108, -0.04617174281309035, -0.05121561352877491, 0.14813042767015816])
        expectClose(g.whh, [0.07350502033432016, -0.07624110839116097, 0.010789595219224764, -0.057478548377706606,
                            0.03694470335476126, -0.09103840143148673, -0.005473055084835449, 0.06684315975278575,
                            0.07592900422866572])
        expectClose(g.b, [0.08082151149775771, -0.258621446292354, 0.2494264593328037])
        expectClose(g.why, [0.12571503374262627, -0.019250179246811543, 0.06803117261990721, -0.05684618935999135,
                            -0.031155753553744083, 0.11982779319192653, -0.1520167564176604, 0.16311355631362634,
                            -0.21544768665791028, 0.08314791203502547, -0.11270762351307073, 0.027588720846076515])
        expectClose(g.by, [0.3081979597515348, -0.04595059088231418, -0.2576975532160623, -0.004549815653158373])
        #expect(abs(g.norm - 0.7776479174098646) < 1e-12)
    }

    @Test func oneTrainingStepIsAdaGradOnTheWindow() throws {
        let net = referenceNet()
        var memory = RNNAdaGrad(for: net)
        let step = try CharRNN.trainStep(net, window: text, from: h0, memory: &memory, learningRate: 0.1)
        #expect(abs(step.loss - 1.5794856594850009) < 1e-12 && abs(step.gradientNorm - 0.7776479174098646) < 1e-12)
        expectClose(step.state, [0.4820954115539035, -0.01172475045374176, 0.5484770473628923])
        expectClose(net.whh, [0.3000001360449443, -0.10000013116266403, 9.268102385551202e-07, 0.39999982602235296,
                              0.4000002706740622, -0.3000001098436359, -1.827099697537804e-06, 0.10000014960371528,
                              0.5000001317018039])
        expectClose(net.by, [-0.0499999675533324, 0.07999978237541573, 0.09999996119483483, 0.1999978021570591])
    }

    @Test func temperatureSharpensTheSoftmax() throws {
        let trace = try referenceNet().forward(text.dropLast().map { VanillaRNN.oneHot($0, size: 4) }, from: h0)
        expectClose(VanillaRNN.softmax(trace.outputs[3], temperature: 0.5),
                    [0.43803057988398914, 0.1257155247667055, 0.11979443408170055, 0.3164594612676049])
    }

    /// Every weight's gradient, the output bias's included, against (L(w+ε) − L(w−ε)) / 2ε,
    /// from a non-zero starting state on a random net.
    @Test func bpttMatchesNumericalGradients() throws {
        let net = CharRNN.model(vocabulary: 5, hidden: 4, seed: 3)
        var rng = Xoshiro256StarStar(seed: 11)
        for i in net.wxh.indices { net.wxh[i] = 0.5 * rng.nextNormal() }
        for i in net.whh.indices { net.whh[i] = 0.5 * rng.nextNormal() }
        for i in net.why.indices { net.why[i] = 0.5 * rng.nextNormal() }
        for i in net.by.indices { net.by[i] = 0.3 * rng.nextNormal() }
        let window = [1, 4, 0, 0, 3, 2, 1], state = [0.1, -0.3, 0.2, 0.05]
        let (trace, _, dys) = try CharRNN.loss(net, window: window, from: state)
        let g = try net.backward(trace, outputGradients: dys)
        let eps = 1e-6
        let paths: [(ReferenceWritableKeyPath<VanillaRNN, [Double]>, [Double])] =
            [(\.wxh, g.wxh), (\.whh, g.whh), (\.b, g.b), (\.why, g.why), (\.by, g.by)]
        for (path, analytic) in paths {
            for i in analytic.indices {
                let plus = net.copy(), minus = net.copy()
                plus[keyPath: path][i] += eps
                minus[keyPath: path][i] -= eps
                let numeric = try (CharRNN.loss(plus, window: window, from: state).loss
                                   - CharRNN.loss(minus, window: window, from: state).loss) / (2 * eps)
                #expect(abs(numeric - analytic[i]) < 1e-9, "\(path) [\(i)]: \(numeric) vs \(analytic[i])")
            }
        }
    }

    @Test func aWindowWithNothingToPredictIsAClearError() {
        let net = referenceNet()
        var memory = RNNAdaGrad(for: net)
        #expect(throws: RecurrentError.emptySequence) {
            try CharRNN.trainStep(net, window: [2], from: h0, memory: &memory, learningRate: 0.1)
        }
        #expect(throws: RecurrentError.wrongLength(step: 0, expected: 3, got: 2)) {
            try net.forward([[1, 0, 0, 0]], from: [0, 0])
        }
    }

    /// A fresh model predicts almost uniformly (loss ≈ ln V); near temperature 0 sampling
    /// always takes the most likely character, so a trained "abab…" model repeats it.
    @Test func freshModelIsUniformAndColdSamplingIsGreedy() throws {
        let net = CharRNN.model(vocabulary: 3, hidden: 8, seed: 1)
        let first = try CharRNN.loss(net, window: [0, 1, 0, 1, 0, 1], from: Array(repeating: 0, count: 8)).loss
        #expect(abs(first - Double.log(3)) < 1e-3)
        var memory = RNNAdaGrad(for: net)
        var state = Array(repeating: 0.0, count: 8)
        for _ in 0..<200 {
            state = try CharRNN.trainStep(net, window: [0, 1, 0, 1, 0, 1, 0], from: state, memory: &memory, learningRate: 0.1).state
        }
        var rng = Xoshiro256StarStar(seed: 5)
        #expect(CharRNN.sample(net, prompt: [0], count: 8, temperature: 0.01, rng: &rng) == [1, 0, 1, 0, 1, 0, 1, 0])
    }
}

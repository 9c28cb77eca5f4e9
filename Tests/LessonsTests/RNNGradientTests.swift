import NumericCore
import Testing

/// The core's `VanillaRNN` against `Scripts/reference/rnn_bptt.py` (numpy, fixed weights and
/// inputs: exact to 1e-12), against numerical gradients (central differences), and its
/// clear error for an empty sequence.
@Suite struct RNNGradientTests {
    /// The reference script's net: 2 inputs, 3 hidden units, 1 output.
    func referenceNet() -> VanillaRNN {
        VanillaRNN(inputSize: 2, hiddenSize: 3, outputSize: 1,
                   wxh: [0.5, -0.3, 0.2, 0.8, -0.6, 0.1],
                   whh: [0.4, -0.2, 0.1, 0.3, 0.5, -0.4, -0.1, 0.2, 0.6],
                   b: [0.1, -0.1, 0.05], why: [0.7, -0.5, 0.3])
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
        expectClose(trace.outputs.map { $0[0] }, [0.1759446362290762, 0.4697281220079354, -0.17628371568434326, -0.5476348434988428])
        let (loss, dys) = try VanillaRNN.squaredError(trace, targets: targets)
        #expect(abs(loss - 0.12081378228634482) < 1e-14)
        let g = try net.backward(trace, outputGradients: dys)
        expectClose(g.wxh, [0.015635930523297148, -0.21139746898858472, 0.0010414376752086265, 0.05662157075111916,
                            -0.03879207505136397, -0.06840402696558386])
        expectClose(g.whh, [-0.07371426468184981, -0.05131607990353639, 0.09184324993715805, 0.05094304641159295,
                            0.005051019586108313, -0.05349219445002443, -0.10163345310237001, -0.005911023233401726,
                            0.10388678968163444])
        expectClose(g.b, [-0.25048304035406516, 0.12374489896699556, -0.2586777841636714])
        expectClose(g.why, [0.05981820019724464, -0.23332172482894337, -0.002434742416625604])
        expectClose(g.hiddenNorms, [0.041273612006899385, 0.08365301593386265, 0.13377484077051346, 0.257410698035486])
        #expect(abs(g.norm - 0.5481400533413168) < 1e-12)
    }

    @Test func clippingScalesToTheThresholdAndKeepsTheDirection() throws {
        let net = referenceNet()
        let trace = try net.forward(inputs)
        var g = try net.backward(trace, outputGradients: try VanillaRNN.squaredError(trace, targets: targets).outputGradients)
        let before = g.clip(maxNorm: 0.05)
        #expect(abs(before - 0.5481400533413168) < 1e-12)
        #expect(abs(g.norm - 0.05) < 1e-12)
        expectClose(g.whh, [-0.006724035602991166, -0.004680927765698488, 0.00837771746265447, 0.004646900559542914,
                            0.00046074169870625526, -0.004879427632039491, -0.009270755939366168, -0.0005391891358211913,
                            0.009476299811368286])
        // Under the threshold nothing changes.
        let small = g
        g.clip(maxNorm: 1)
        #expect(g == small)
    }

    /// Every weight's BPTT gradient against (L(w+ε) − L(w−ε)) / 2ε on a random net.
    @Test func bpttMatchesNumericalGradients() throws {
        let net = VanillaRNN(inputSize: 2, hiddenSize: 4, outputSize: 2, radius: 1.2, seed: 3)
        var rng = Xoshiro256StarStar(seed: 9)
        let xs = (0..<6).map { _ in [rng.nextNormal(), rng.nextNormal()] }
        let ts: [[Double]?] = (0..<6).map { t in t == 2 ? nil : [rng.nextNormal(), rng.nextNormal()] }
        func loss(_ n: VanillaRNN) throws -> Double { try VanillaRNN.squaredError(n.forward(xs), targets: ts).loss }
        let trace = try net.forward(xs)
        let g = try net.backward(trace, outputGradients: try VanillaRNN.squaredError(trace, targets: ts).outputGradients)
        let eps = 1e-6
        let paths: [(ReferenceWritableKeyPath<VanillaRNN, [Double]>, [Double])] =
            [(\.wxh, g.wxh), (\.whh, g.whh), (\.b, g.b), (\.why, g.why)]
        for (path, analytic) in paths {
            for i in analytic.indices {
                let plus = net.copy(), minus = net.copy()
                plus[keyPath: path][i] += eps
                minus[keyPath: path][i] -= eps
                let numeric = try (loss(plus) - loss(minus)) / (2 * eps)
                #expect(abs(numeric - analytic[i]) < 1e-8, "\(path) [\(i)]: \(numeric) vs \(analytic[i])")
            }
        }
    }

    @Test func anEmptySequenceIsAClearError() throws {
        let net = referenceNet()
        #expect(throws: RecurrentError.emptySequence) { try net.forward([]) }
        #expect(RecurrentError.emptySequence.description == "the sequence is empty: an RNN needs at least one time step")
        #expect(throws: RecurrentError.wrongLength(step: 2, expected: 2, got: 1)) { try net.forward([[1, 0], [1]]) }
    }

    /// W_hh = ρ·Q with Q orthogonal: W_hhᵀW_hh = ρ²·I, so every eigenvalue has modulus ρ.
    @Test func theRadiusIsTheSpectralRadius() {
        let n = 5, rho = 0.7
        let net = VanillaRNN(inputSize: 1, hiddenSize: n, outputSize: 1, radius: rho, seed: 4)
        for i in 0..<n {
            for j in 0..<n {
                let dot = (0..<n).reduce(0.0) { $0 + net.whh[$1 * n + i] * net.whh[$1 * n + j] }
                #expect(abs(dot - (i == j ? rho * rho : 0)) < 1e-12)
            }
        }
    }
}

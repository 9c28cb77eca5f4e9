import Testing
@testable import NumericCore

/// Every layer's backward pass against central-difference gradients of L = Σ out ⊙ R
/// (relative error < 1e-6 for dx and for every parameter gradient).
@Suite("Layers: gradient checks")
struct LayersGradientTests {
    typealias S = LayersTestSupport
    static let tolerance = 1e-6

    private func check(_ layer: any Layer, _ x: Tensor, training: Bool = true,
                       forward: ((Tensor) -> Tensor)? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let errors = S.gradientErrors(of: layer, at: x, training: training, forward: forward)
        #expect(errors.dx < Self.tolerance, "\(layer.name) dx relative error \(errors.dx)", sourceLocation: sourceLocation)
        for (p, e) in zip(layer.parameters, errors.parameters) {
            #expect(e < Self.tolerance, "\(layer.name) d\(p.name) relative error \(e)", sourceLocation: sourceLocation)
        }
    }

    private func randomInput(_ shape: [Int], seed: UInt64) -> Tensor {
        var rng = Xoshiro256StarStar(seed: seed)
        return Tensor.randomNormal(shape, using: &rng)
    }

    @Test func affineOnAMatrix() {
        var rng = Xoshiro256StarStar(seed: 1)
        let layer = Affine(inputSize: 4, outputSize: 3, init: .std(1), using: &rng)
        layer.bias.value = Tensor([0.1, -0.2, 0.3])
        check(layer, randomInput([5, 4], seed: 2))
    }

    @Test func affineFlattensAnImageBatchAndReshapesDxBack() {
        var rng = Xoshiro256StarStar(seed: 3)
        let layer = Affine(inputSize: 2 * 2 * 3, outputSize: 4, init: .xavier, using: &rng)
        let x = randomInput([3, 2, 2, 3], seed: 4)
        #expect(layer.forward(x, training: false).shape == [3, 4])
        check(layer, x)
    }

    @Test func elementwiseActivations() {
        let x = randomInput([4, 5], seed: 5)
        check(ReLU(), x)
        check(Sigmoid(), x)
        check(Tanh(), x)
        check(LeakyReLU(alpha: 0.1), x)
        check(ActivationLayer(.identity), x)
        check(ActivationLayer(.sigmoid), x)
    }

    @Test func reluBlocksTheGradientAtZero() {
        let layer = ReLU()
        _ = layer.forward(Tensor([-1, 0, 2]), training: true)
        #expect(layer.backward(Tensor([5, 5, 5])).scalars == [0, 0, 5])
    }

    @Test func batchNormInTrainingOnMatrixAndImages() {
        let bn = BatchNormalization(features: 3)
        bn.gamma.value = Tensor([1.5, 0.5, -1])
        bn.beta.value = Tensor([0.1, -0.2, 0.3])
        check(bn, randomInput([4, 3], seed: 6))
        let bn4 = BatchNormalization(features: 2 * 2 * 2)
        bn4.gamma.value = randomInput([8], seed: 7)
        check(bn4, randomInput([3, 2, 2, 2], seed: 8))
    }

    @Test func batchNormInInference() {
        let bn = BatchNormalization(features: 3)
        bn.gamma.value = Tensor([1.5, 0.5, -1])
        bn.runningMean = Tensor([0.2, -0.1, 0])
        bn.runningVariance = Tensor([0.5, 2, 1])
        check(bn, randomInput([4, 3], seed: 9), training: false)
    }

    @Test func dropoutBothModesWithTheMaskReplayed() {
        for mode in [Dropout.Mode.book, .inverted] {
            let layer = Dropout(ratio: 0.4, mode: mode, seed: 11)
            let start = layer.rng
            check(layer, randomInput([4, 6], seed: 10)) { x in
                layer.rng = start
                return layer.forward(x, training: true)
            }
            check(layer, randomInput([4, 6], seed: 10), training: false)
        }
    }

    @Test func convolutionStride1Pad0() {
        var rng = Xoshiro256StarStar(seed: 12)
        let conv = Convolution(filters: 3, channels: 2, filterHeight: 3, filterWidth: 3, init: .std(0.5), using: &rng)
        conv.bias.value = Tensor([0.1, -0.1, 0.2])
        check(conv, randomInput([2, 2, 4, 5], seed: 13))
    }

    @Test func convolutionStride2Pad1() {
        var rng = Xoshiro256StarStar(seed: 14)
        let conv = Convolution(filters: 3, channels: 2, filterHeight: 3, filterWidth: 3, stride: 2, pad: 1,
                               init: .he, using: &rng)
        conv.bias.value = Tensor([0.3, 0, -0.2])
        let x = randomInput([2, 2, 5, 5], seed: 15)
        #expect(conv.forward(x, training: true).shape == [2, 3, 3, 3])
        check(conv, x)
    }

    @Test func convolutionWithRectangularFilters() {
        var rng = Xoshiro256StarStar(seed: 16)
        let conv = Convolution(filters: 2, channels: 1, filterHeight: 2, filterWidth: 3, stride: 1, pad: 1,
                               init: .std(1), using: &rng)
        check(conv, randomInput([1, 1, 4, 3], seed: 17))
    }

    @Test func maxPooling() {
        check(MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2), randomInput([2, 3, 4, 4], seed: 18))
        check(MaxPooling(poolHeight: 3, poolWidth: 3, stride: 1), randomInput([1, 2, 4, 5], seed: 19))
        check(MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2, pad: 1), randomInput([1, 2, 4, 4], seed: 20))
    }

    @Test func averagePooling() {
        check(AveragePooling(poolHeight: 2, poolWidth: 2, stride: 2), randomInput([2, 3, 4, 4], seed: 21))
        check(AveragePooling(poolHeight: 3, poolWidth: 3, stride: 2, pad: 1), randomInput([1, 2, 5, 5], seed: 22))
    }

    @Test func softmaxWithLossAgainstLabelsAndOneHot() {
        let x = randomInput([3, 4], seed: 23)
        let labels = [1, 3, 0]
        let layer = SoftmaxWithLoss()
        layer.forward(x, labels: labels)
        let dx = layer.backward()
        let numeric = numericalGradient({ SoftmaxWithLoss().forward($0, labels: labels) }, at: x)
        // The 1e-7 inside the log is not in the analytic (y − t)/N: a tiny mismatch of order 1e-7/y.
        #expect(S.relativeError(dx, numeric) < 1e-6)
        var oneHot = Tensor.zeros([3, 4])
        for (n, label) in labels.enumerated() { oneHot[n, label] = 1 }
        let lossOneHot = layer.forward(x, oneHot: oneHot)
        #expect(abs(lossOneHot - SoftmaxWithLoss().forward(x, labels: labels)) < 1e-15)
        #expect(S.maxAbsDifference(layer.backward().scalars, dx.scalars) < 1e-16)
        // backward is (y − t)/N.
        let y = layer.output
        #expect(abs(dx[0, 1] - (y[0, 1] - 1) / 3) < 1e-16 && abs(dx[2, 2] - y[2, 2] / 3) < 1e-16)
    }
}

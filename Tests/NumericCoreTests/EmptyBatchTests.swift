import Testing
@testable import NumericCore

/// Empty batches (0 rows) never trap. The policy, per function:
/// - every layer's forward gives an empty output of the right shape, and backward an empty
///   dx with all-zero parameter gradients (a sum over no samples); batch normalization
///   leaves its running averages alone;
/// - the batch-averaged losses (cross-entropy, binary cross-entropy, softmax-with-loss) are
///   NaN, the mean of no samples, and the summed one (½·Σ(y − t)²) is 0;
/// - `Trainer.step(x:labels:)` trains nothing and leaves the optimizer untouched (see
///   TrainerErrorTests), so optimizers never see an empty batch's zero gradients.
@Suite("Empty batches")
struct EmptyBatchTests {
    /// Runs forward and backward on a batch of 0 samples of `sample` shape; returns the output.
    private func roundTrip(_ layer: any Layer, sample: [Int], training: Bool = true) -> Tensor {
        let x = Tensor.zeros([0] + sample)
        let out = layer.forward(x, training: training)
        let dx = layer.backward(Tensor.zeros(out.shape))
        #expect(dx.shape == x.shape, "\(layer.name): dx has the input's shape")
        for p in layer.parameters {
            #expect(p.grad.shape == p.value.shape && p.grad.scalars.allSatisfy { $0 == 0 },
                    "\(layer.name): \(p.name) has a zero gradient")
        }
        return out
    }

    @Test func affineGivesZeroRowsAndZeroGradients() {
        var rng = Xoshiro256StarStar(seed: 1)
        let affine = Affine(inputSize: 4, outputSize: 3, init: .std(1), using: &rng)
        #expect(roundTrip(affine, sample: [4]).shape == [0, 3])
        // An image batch is flattened to (N, C·H·W) first.
        let fromImages = Affine(inputSize: 12, outputSize: 2, init: .std(1), using: &rng)
        #expect(roundTrip(fromImages, sample: [3, 2, 2]).shape == [0, 2])
    }

    @Test func activationsAndDropoutKeepTheEmptyShape() {
        let layers: [any Layer] = [ReLU(), Sigmoid(), Tanh(), LeakyReLU(), ActivationLayer(.identity),
                                   Dropout(ratio: 0.5, seed: 3)]
        for layer in layers {
            #expect(roundTrip(layer, sample: [5]).shape == [0, 5], "\(layer.name)")
            #expect(roundTrip(layer, sample: [5], training: false).shape == [0, 5], "\(layer.name)")
        }
    }

    @Test func batchNormLeavesItsRunningAveragesAlone() {
        let norm = BatchNormalization(features: 3)
        _ = norm.forward(Tensor(shape: [2, 3], scalars: [1, 2, 3, 5, 6, 7]), training: true)
        let mean = norm.runningMean, variance = norm.runningVariance
        #expect(mean.scalars == [3, 4, 5].map { (1 - 0.9) * $0 })
        #expect(roundTrip(norm, sample: [3]).shape == [0, 3])
        #expect(norm.runningMean == mean && norm.runningVariance == variance)
        #expect(roundTrip(norm, sample: [3], training: false).shape == [0, 3])
    }

    @Test func convolutionAndPoolingGiveEmptyMaps() {
        var rng = Xoshiro256StarStar(seed: 2)
        let conv = Convolution(filters: 2, channels: 1, filterHeight: 3, filterWidth: 3, init: .std(1), using: &rng)
        #expect(roundTrip(conv, sample: [1, 5, 5]).shape == [0, 2, 3, 3])
        #expect(roundTrip(MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2), sample: [2, 4, 4]).shape == [0, 2, 2, 2])
        #expect(roundTrip(AveragePooling(poolHeight: 2, poolWidth: 2, stride: 2), sample: [2, 4, 4]).shape == [0, 2, 2, 2])
        #expect(im2col(Tensor.zeros([0, 1, 4, 4]), filterHeight: 3, filterWidth: 3).shape == [0, 9])
    }

    @Test func batchAveragedLossesAreNaNAndTheSummedOneIsZero() {
        let empty = Tensor.zeros([0, 10])
        #expect(Loss.crossEntropy(empty, labels: []).isNaN)
        #expect(Loss.crossEntropy(empty, oneHot: empty).isNaN)
        #expect(Loss.binaryCrossEntropy(Tensor.zeros([0]), Tensor.zeros([0])).isNaN)
        #expect(Loss.meanSquaredError(empty, empty) == 0)
        #expect(softmax(empty).shape == [0, 10])
        let loss = SoftmaxWithLoss()
        #expect(loss.forward(empty, labels: []).isNaN)
        #expect(loss.backward().shape == [0, 10])
    }

    @Test func aNetworkPredictsNothingAndItsGradientsAreZero() {
        let net = Sequential.mlp(sizes: [4, 3, 2], batchNorm: true, seed: 1)
        #expect(net.predict(Tensor.zeros([0, 4])).shape == [0, 2])
        #expect(net.gradient(Tensor.zeros([0, 4]), labels: []).isNaN)
        #expect(net.parameters.allSatisfy { $0.grad.scalars.allSatisfy { $0 == 0 } })
        #expect(net.accuracy(Tensor.zeros([0, 4]), labels: []) == 0, "documented: 0 for no samples")
        let conv = Sequential.simpleConvNet(input: (1, 6, 6), filters: 2, filterSize: 3, hidden: 4, classes: 3, seed: 1)
        #expect(conv.gradient(Tensor.zeros([0, 1, 6, 6]), labels: []).isNaN)
        #expect(conv.parameters.allSatisfy { $0.grad.scalars.allSatisfy { $0 == 0 } })
    }
}

import Testing
@testable import NumericCore

/// Shapes that do not divide follow the book's integer division instead of trapping: the
/// last partial window is dropped (the values are checked against numpy in
/// LayersOddGeometryTests). A window larger than the padded input gives no output.
@Suite("Layers: geometries that do not divide")
struct LayersPreconditionTests {
    @Test func convolutionOutputSizeFloorsAsTheBookDoes() {
        // (4 + 2·1 − 3)/2 + 1 = 2.5 → 2; (5 − 2)/2 + 1 = 2.5 → 2; (6 − 3)/2 + 1 = 2.5 → 2.
        #expect(convolutionOutputSize(inputSize: 4, windowSize: 3, stride: 2, pad: 1) == 2)
        #expect(convolutionOutputSize(inputSize: 5, windowSize: 2, stride: 2, pad: 0) == 2)
        #expect(convolutionOutputSize(inputSize: 6, windowSize: 3, stride: 2, pad: 0) == 2)
        // No window fits, or the geometry is not one: 0 positions, not a trap.
        #expect(convolutionOutputSize(inputSize: 2, windowSize: 5, stride: 1, pad: 0) == 0)
        #expect(convolutionOutputSize(inputSize: 5, windowSize: 2, stride: 0, pad: 0) == 0)
        #expect(convolutionOutputSize(inputSize: 5, windowSize: 0, stride: 1, pad: 0) == 0)
    }

    @Test func convolutionWithAStrideThatDoesNotFitDropsTheLastWindow() {
        var rng = Xoshiro256StarStar(seed: 1)
        let conv = Convolution(filters: 1, channels: 1, filterHeight: 3, filterWidth: 3, stride: 2,
                               init: .std(1), using: &rng)
        #expect(conv.forward(Tensor.zeros([1, 1, 6, 6]), training: false).shape == [1, 1, 2, 2])
        #expect(conv.backward(Tensor.ones([1, 1, 2, 2])).shape == [1, 1, 6, 6])
    }

    @Test func aWindowLargerThanTheImageGivesAnEmptyMap() {
        var rng = Xoshiro256StarStar(seed: 1)
        let conv = Convolution(filters: 2, channels: 1, filterHeight: 5, filterWidth: 5, init: .std(1), using: &rng)
        let out = conv.forward(Tensor.ones([3, 1, 4, 4]), training: true)
        #expect(out.shape == [3, 2, 0, 0])
        #expect(conv.backward(out) == Tensor.zeros([3, 1, 4, 4]))
        #expect(conv.weight.grad == Tensor.zeros([2, 1, 5, 5]))
        let pool = MaxPooling(poolHeight: 3, poolWidth: 3, stride: 1)
        #expect(pool.forward(Tensor.ones([1, 1, 2, 2]), training: false).shape == [1, 1, 0, 0])
        #expect(im2col(Tensor.ones([1, 1, 2, 2]), filterHeight: 3, filterWidth: 3, stride: 0).shape == [0, 9])
    }
}

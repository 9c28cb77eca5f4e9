import NumericCore
import Testing

/// Inference with few filters skips im2col (`DirectConvolution`): the output must be the
/// im2col + GEMM path's to the last bit, whatever the row width (the 16-, 4- and 1-wide
/// loops), channel count and filter size, and a backward after it must still be right.
@Suite struct DirectConvolutionTests {
    static func layer(filters: Int, channels: Int, size: Int, seed: UInt64) -> Convolution {
        var rng = Xoshiro256StarStar(seed: seed)
        let layer = Convolution(filters: filters, channels: channels, filterHeight: size, filterWidth: size,
                                init: .he, using: &rng)
        layer.bias.value = Tensor.randomNormal([filters], using: &rng)
        return layer
    }

    @Test(arguments: [
        // (filters, channels, filter size, height, width): output widths 19 (16 + 3), 8 (4 + 4), 3.
        (6, 1, 5, 64, 23), (4, 3, 3, 10, 10), (8, 2, 5, 7, 7), (1, 1, 1, 5, 3),
    ])
    func inferenceGivesTheTrainingPathsBits(shape: (Int, Int, Int, Int, Int)) {
        let (filters, channels, size, height, width) = shape
        let layer = Self.layer(filters: filters, channels: channels, size: size, seed: 3)
        var rng = Xoshiro256StarStar(seed: 9)
        let x = Tensor.randomNormal([2, channels, height, width], using: &rng)
        let direct = layer.forward(x, training: false)
        let unrolled = layer.forward(x, training: true)
        #expect(direct.shape == unrolled.shape)
        #expect(direct.scalars == unrolled.scalars)
    }

    @Test func aBackwardAfterAnInferenceForwardIsTheTrainingOne() {
        let layer = Self.layer(filters: 6, channels: 1, size: 5, seed: 4)
        var rng = Xoshiro256StarStar(seed: 5)
        let x = Tensor.randomNormal([3, 1, 12, 12], using: &rng)
        let dout = Tensor.randomNormal([3, 6, 8, 8], using: &rng)
        _ = layer.forward(x, training: true)
        let dxTraining = layer.backward(dout)
        let dwTraining = layer.weight.grad
        _ = layer.forward(x, training: false)
        let dx = layer.backward(dout)
        #expect(dx.scalars == dxTraining.scalars)
        #expect(layer.weight.grad.scalars == dwTraining.scalars)
    }

    @Test func inferenceOnOtherShapesMatchesTraining() {
        // Not the direct path's shapes (pad, stride 2, 16 filters): inference is still exact.
        var rng = Xoshiro256StarStar(seed: 1)
        let x = Tensor.randomNormal([2, 2, 9, 9], using: &rng)
        for layer in [
            Convolution(filters: 4, channels: 2, filterHeight: 3, filterWidth: 3, stride: 1, pad: 1, init: .he, using: &rng),
            Convolution(filters: 4, channels: 2, filterHeight: 3, filterWidth: 3, stride: 2, pad: 0, init: .he, using: &rng),
            Convolution(filters: 16, channels: 2, filterHeight: 3, filterWidth: 3, init: .he, using: &rng),
        ] {
            #expect(layer.forward(x, training: false).scalars == layer.forward(x, training: true).scalars)
        }
    }
}

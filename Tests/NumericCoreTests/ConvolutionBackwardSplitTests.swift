import NumericCore
import Testing

/// The convolution's db and dW are summed image by image in fixed groups of images, side by
/// side on the cores: run on one thread (inside pool work, where nested work runs in order)
/// they must be the same bits as split over the cores, and dx too.
@Suite struct ConvolutionBackwardSplitTests {
    @Test func gradientsDoNotDependOnHowManyThreadsRanThem() {
        var rng = Xoshiro256StarStar(seed: 11)
        let layer = Convolution(filters: 6, channels: 2, filterHeight: 3, filterWidth: 3, pad: 1,
                                init: .he, using: &rng)
        let x = Tensor.randomNormal([13, 2, 9, 9], using: &rng)
        let dout = Tensor.randomNormal([13, 6, 9, 9], using: &rng)
        _ = layer.forward(x, training: true)
        let dx = layer.backward(dout)
        let (dw, db) = (layer.weight.grad, layer.bias.grad)

        var serial: (dx: Tensor, dw: Tensor, db: Tensor)?
        ConcurrentWork.forEach(2) { i in
            guard i == 0 else { return }
            _ = layer.forward(x, training: true)
            let dx = layer.backward(dout)
            serial = (dx, layer.weight.grad, layer.bias.grad)
        }
        let same = serial?.dx.scalars == dx.scalars && serial?.dw.scalars == dw.scalars
            && serial?.db.scalars == db.scalars
        #expect(same)
    }
}

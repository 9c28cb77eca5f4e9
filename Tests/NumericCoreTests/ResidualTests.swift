import Testing
@testable import NumericCore

/// The residual block g(F(x) + x): forward and backward against Scripts/reference/deepnets_residual.py
/// on fixed inputs, and against central-difference gradients; a 1×1 convolution as channels
/// mixed per pixel.
@Suite("Layers: residual block and 1×1 convolution")
struct ResidualTests {
    typealias S = LayersTestSupport

    private func block() -> Residual {
        let a1 = Affine(weight: S.pattern([4, 4], 5, 1, 9, 4, 8), bias: S.pattern([4], 3, 2, 5, 2, 10))
        let a2 = Affine(weight: S.pattern([4, 4], 3, 4, 7, 3, 8), bias: S.pattern([4], 2, 1, 5, 2, 10))
        return Residual(inner: [a1, ReLU(), a2])
    }

    private func expectClose(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        #expect(S.maxAbsDifference(a, b) < 1e-12, "\(a) vs \(b)", sourceLocation: sourceLocation)
    }

    @Test func forwardAndBackwardMatchNumpy() {
        let r = block()
        let x = S.pattern([3, 4], 7, 3, 11, 5, 4)
        let out = r.forward(x, training: true)
        expectClose(out.scalars, [0, 1.425, 0, 0, 0.98984375, 0.0515625, 0, 0.59453125, 0, 0, 0.35234375, 0])
        let dx = r.backward(S.pattern([3, 4], 5, 2, 7, 3, 2))
        expectClose(dx.scalars, [-0.09375, -1.6875, 0.140625, 0.046875, -1.0546875, 1.9375, -0.0546875, -0.5546875, 0, 0, 0, 0])
        let g = r.parameters.map(\.grad.scalars)
        expectClose(g[0], [0, 0.625, 0, -0.4375, 0, -0.46875, 0, 0, 0, -0.53125, 0, 0.4375, 0, 0.609375, 0, -0.328125])
        expectClose(g[1], [0, 0.0625, 0, -0.4375])
        expectClose(g[2], [0, 0, 0, 0, -0.33125, 0.046875, 0, -0.165625, 0, 0, 0, 0, -0.525, 0.7875, 0, -0.2625])
        expectClose(g[3], [-1, 0, 0, -0.5])
    }

    @Test func gradientsMatchCentralDifferences() {
        var rng = Xoshiro256StarStar(seed: 11)
        let r = Residual(inner: [Affine(inputSize: 5, outputSize: 5, init: .std(0.5), using: &rng), Tanh(),
                                 Affine(inputSize: 5, outputSize: 5, init: .std(0.5), using: &rng)],
                         activation: Tanh())
        let x = Tensor.randomNormal([4, 5], using: &rng)
        let errors = S.gradientErrors(of: r, at: x)
        #expect(errors.dx < 1e-6)
        #expect(errors.parameters.count == 4)
        for e in errors.parameters { #expect(e < 1e-6) }
    }

    @Test func zeroMainPathIsTheIdentityAndPassesTheGradientUnchanged() {
        // F ≡ 0 (zero weights): out = x for x ≥ 0 with no activation, dx = dout.
        let r = Residual(inner: [Affine(weight: .zeros([3, 3]), bias: .zeros([3]))], activation: nil)
        let x = Tensor(shape: [1, 3], scalars: [0.5, -2, 3])
        #expect(r.forward(x, training: true).scalars == [0.5, -2, 3])
        #expect(r.backward(Tensor(shape: [1, 3], scalars: [1, 2, 3])).scalars == [1, 2, 3])
    }

    @Test func oneByOneConvolutionMixesChannelsPerPixel() {
        let conv = Convolution(weight: S.pattern([2, 3, 1, 1], 3, 1, 5, 2, 4), bias: Tensor([0.5, -0.25]))
        let x = S.pattern([1, 3, 2, 2], 5, 1, 7, 3, 2)
        let out = conv.forward(x, training: false)
        #expect(out.shape == [1, 2, 2, 2])
        expectClose(out.scalars, [0, 0.625, 0.375, 0.125, -0.5, -0.875, -0.375, 0.125])
    }
}

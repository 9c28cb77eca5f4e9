import Testing
@testable import NumericCore

/// The output of `python3 Scripts/reference/odd_geometry.py` (the book's numpy layers with
/// its integer division), pasted unchanged.
enum OddGeometryReference {
    // conv out
    static let convOut: [Double] = [4.9296875, 3.1953125, 3.453125, 4.6953125, -2.59375, -2.1015625, -2.6171875, -2.125, -1.46875, -0.2265625, 0.03125, -1.703125, 3.5, 4.7421875, 5.0, 3.265625, -2.7109375, -2.21875, -2.734375, -2.2421875, 0.078125, -1.65625, -1.3984375, -0.15625]
    // conv dx
    static let convDx: [Double] = [0.46875, -0.34375, 0.34375, 0.46875, -0.28125, 0.0, -0.28125, -0.25, 0.15625, -0.09375, 0.28125, 0.0, 0.46875, -0.25, 0.25, -0.3125, -0.15625, 0.0, -0.28125, -0.15625, -0.59375, 0.4375, -0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.1875, 0.40625, -0.3125, -0.09375, -0.28125, 0.0, 0.46875, -0.34375, 0.34375, 0.46875, -0.28125, 0.0, -0.1875, 0.5, 0.25, -0.21875, 0.5, 0.0, 0.46875, -0.25, 0.25, -0.3125, -0.15625, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.1875, -0.21875, -0.4375, 0.375, -0.1875, 0.0, -0.28125, 0.53125, 0.03125, -0.1875, 0.375, 0.0, 0.46875, -0.34375, 0.34375, 0.46875, -0.28125, 0.0, -0.28125, -0.25, 0.15625, -0.09375, 0.28125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.46875, -0.125, 0.21875, -0.1875, -0.1875, 0.0, -0.1875, -0.21875, -0.4375, 0.375, -0.1875, 0.0, -0.1875, 0.40625, -0.3125, -0.09375, -0.28125, 0.0, 0.46875, -0.34375, 0.34375, 0.46875, -0.28125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    // conv dW
    static let convDW: [Double] = [2.328125, 0.015625, 1.671875, 0.359375, 2.015625, -0.296875, 0.421875, 2.078125, -0.234375, 2.421875, 0.109375, 1.765625, -4.515625, -3.9375, 2.59375, 2.921875, -4.4375, -3.859375, 2.90625, -4.453125, -3.875, 2.40625, 2.984375, -4.375, -3.8125, -4.390625, 2.96875, 2.640625, -3.890625, -4.46875, 2.65625, -3.875, -4.453125, 3.15625, 2.578125, -3.953125]
    // conv db
    static let convDb: [Double] = [-1.0, 0.25, -0.25]
    // maxpool out
    static let maxPoolOut: [Double] = [2.3125, 3.3125, 3.625, 2.625, 2.9375, 3.9375, 2.5625, 1.25, 3.875, 0.5625, 3.1875, 1.875, 2.5, 2.8125, 3.8125, 2.125, 3.125, 3.4375, 0.4375, 3.0625, 1.75, 2.375, 1.0625, 3.6875]
    // maxpool dx
    static let maxPoolDx: [Double] = [0.0, 0.0, 0.0, 0.25, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, -0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.25, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.25, 0.0, -0.75, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.25, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.75, 0.0, 0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, -0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.0, -0.5, 0.0, 0.0, 0.0, -0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    // im2col 3x3/2 pad 1
    static let im2colPadded: [Double] = [0.0, 0.0, 0.0, 0.0, -1.5, 2.0, 0.0, -0.5, -2.5, 0.0, 0.0, 0.0, 2.0, 0.0, -2.0, -2.5, 1.0, -1.0, 0.0, 0.0, 0.0, -2.0, 1.5, 0.0, -1.0, 2.5, 0.0, 0.0, -0.5, -2.5, 0.0, 0.5, -1.5, 0.0, 1.5, -0.5, -2.5, 1.0, -1.0, -1.5, 2.0, 0.0, -0.5, -2.5, 1.0, -1.0, 2.5, 0.0, 0.0, -2.0, 0.0, 1.0, -1.0, 0.0]
}

/// A geometry whose size does not divide (issue 9: "conv/pool geometries whose size does not
/// divide follow the book"): H = 5 with a 2-high window at stride 2 keeps ⌊3/2⌋ + 1 = 2
/// windows and drops the last partial one, so row 4 is never read and gets no gradient.
/// Forward values and gradients match the book's numpy code; gradients also match central
/// differences.
@Suite("Layers: odd geometry")
struct LayersOddGeometryTests {
    typealias S = LayersTestSupport
    typealias R = OddGeometryReference

    /// The reference input (2, 2, 5, 6): 120 distinct values, so max pooling has no ties.
    private let x = S.pattern([2, 2, 5, 6], 37, 5, 127, 63, 16)

    private func convolution() -> Convolution {
        Convolution(weight: S.pattern([3, 2, 2, 3], 5, 1, 9, 4, 8), bias: Tensor([0.5, -0.25, 0.125]), stride: 2)
    }

    @Test func convolutionForwardAndBackwardMatchTheBook() {
        let conv = convolution()
        let out = conv.forward(x, training: true)
        #expect(out.shape == [2, 3, 2, 2])
        #expect(S.maxAbsDifference(out.scalars, R.convOut) < 1e-12)
        let dx = conv.backward(S.pattern([2, 3, 2, 2], 3, 1, 7, 3, 4))
        #expect(S.maxAbsDifference(dx.scalars, R.convDx) < 1e-12)
        #expect(S.maxAbsDifference(conv.weight.grad.scalars, R.convDW) < 1e-12)
        #expect(S.maxAbsDifference(conv.bias.grad.scalars, R.convDb) < 1e-12)
        // The dropped last row (y = 4) and column (x = 5) get no gradient.
        for plane in 0..<4 {
            #expect((0..<6).allSatisfy { dx.scalars[plane * 30 + 24 + $0] == 0 })
            #expect((0..<5).allSatisfy { dx.scalars[plane * 30 + $0 * 6 + 5] == 0 })
        }
    }

    @Test func maxPoolingForwardAndBackwardMatchTheBook() {
        let pool = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2)
        let out = pool.forward(x, training: true)
        #expect(out.shape == [2, 2, 2, 3])
        #expect(out.scalars == R.maxPoolOut)
        #expect(pool.backward(S.pattern([2, 2, 2, 3], 3, 1, 7, 3, 4)).scalars == R.maxPoolDx)
    }

    @Test func im2colMatchesTheBook() {
        let col = im2col(S.pattern([1, 1, 4, 5], 7, 2, 11, 5, 2), filterHeight: 3, filterWidth: 3, stride: 2, pad: 1)
        #expect(col.shape == [6, 9])
        #expect(col.scalars == R.im2colPadded)
    }

    @Test func gradientsMatchCentralDifferences() {
        let conv = S.gradientErrors(of: convolution(), at: x)
        #expect(conv.dx < 1e-7 && conv.parameters.allSatisfy { $0 < 1e-7 }, "\(conv)")
        let maxPool = S.gradientErrors(of: MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2), at: x)
        #expect(maxPool.dx < 1e-7, "\(maxPool)")
        let average = S.gradientErrors(of: AveragePooling(poolHeight: 2, poolWidth: 3, stride: 2, pad: 1), at: x)
        #expect(average.dx < 1e-7, "\(average)")
    }
}

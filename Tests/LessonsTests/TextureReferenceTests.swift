import NumericCore
import Testing
@testable import EmbeddingsLesson

/// The texture synthesis page's math against `Scripts/reference/texture_reference.py`: the
/// Gram matrices, the style loss and its hand-derived gradient with respect to the pixels on a
/// fixed 5×5 image with two 3×3 filters (pad 1, ReLU), and the gradient against central
/// differences in Swift as well.
@Suite struct TextureReferenceTests {
    /// X[i][j] = 0.1·((3i + 7j) mod 11) − 0.3, as the script builds it.
    static let x: [Double] = (0..<25).map { (k: Int) -> Double in
        let i = k / 5, j = k % 5
        let step: Double = 0.1 * Double((3 * i + 7 * j) % 11)
        return step - 0.3
    }
    /// T: rows 0, 1 and 4 are 1 (stripes two rows high), rows 2 and 3 are 0.
    static let t: [Double] = (0..<25).map { (k: Int) -> Double in (k / 5 / 2) % 2 == 0 ? 1 : 0 }
    static func conv() -> Convolution {
        let w: [Double] = [-1, -2, -1, 0, 0, 0, 1, 2, 1, 0.5, 0, -0.25, 0.25, 1, 0, -0.5, 0.75, 0.125]
        return Convolution(weight: Tensor(shape: [2, 1, 3, 3], scalars: w), bias: .zeros([2]), pad: 1)
    }

    @Test func gramLossAndGradientMatchNumpy() {
        let conv = Self.conv()
        let a = TextureMath.gram(conv, image: Self.t, size: 5)
        #expect(a == [[132.0, 37.5], [37.5, 33.0]])
        let r = TextureMath.lossAndGradient(conv, image: Self.x, size: 5, target: a)
        let g: [[Double]] = [[8.150000000000002, 4.627500000000001], [4.627500000000001, 8.2946875]]
        #expect(zip(r.gram.flatMap { $0 }, g.flatMap { $0 }).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs(r.loss - 1.8110377478222655) < 1e-12)
        let numpy: [Double] = [
            0.07640987851562503, 0.05495402226562502, 0.0599248453125, 0.002576040624999996, -0.024098971875,
            -0.07650879609374997, -0.276433400390625, -0.25055614433593754, -0.16745554414062505, -0.179466289453125,
            -0.09159415664062504, -0.04844048535156252, -0.06178705859375, 0.0038855417968750115, 0.08615467968750003,
            -0.10847599335937504, -0.052585828906250014, -0.020562718359374996, -0.0632069880859375, -0.039146494335937504,
            -0.021427404296874997, -0.05908389628906249, -0.021418861523437496, -0.04211922343750001, -0.10877665976562503,
        ]
        #expect(r.gradient.count == 25)
        #expect(zip(r.gradient, numpy).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    /// Central differences of E agree with the hand-derived gradient at every pixel.
    @Test func gradientMatchesCentralDifferences() {
        let conv = Self.conv()
        let a = TextureMath.gram(conv, image: Self.t, size: 5)
        let analytic = TextureMath.lossAndGradient(conv, image: Self.x, size: 5, target: a).gradient
        let h = 1e-6
        for i in 0..<25 {
            var plus = Self.x, minus = Self.x
            plus[i] += h
            minus[i] -= h
            let numeric = (TextureMath.lossAndGradient(conv, image: plus, size: 5, target: a).loss
                           - TextureMath.lossAndGradient(conv, image: minus, size: 5, target: a).loss) / (2 * h)
            #expect(abs(numeric - analytic[i]) < 1e-8)
        }
    }

    /// An image whose Gram matrix is the target's has zero loss and zero gradient.
    @Test func theTargetItselfIsAMinimum() {
        let conv = Self.conv()
        let r = TextureMath.lossAndGradient(conv, image: Self.t, size: 5, target: TextureMath.gram(conv, image: Self.t, size: 5))
        #expect(r.loss == 0 && r.gradient.allSatisfy { $0 == 0 })
    }

    /// Each filter of a bank is scaled to length 1; the edge bank is page 3's filters.
    @Test func filterBanksHaveUnitFilters() {
        for (index, shape) in [(0, [4, 1, 3, 3]), (1, [16, 1, 3, 3]), (2, [16, 1, 5, 5])] {
            let conv = TextureRun.makeConvolution(index, seed: 1)
            #expect(conv.weight.value.shape == shape)
            let k = shape[2] * shape[3]
            for f in 0..<shape[0] {
                let w = conv.weight.value.scalars[(f * k)..<((f + 1) * k)]
                #expect(abs(w.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
            }
        }
        // The horizontal-edge filter (-1 -2 -1 / 0 0 0 / 1 2 1) has length √12.
        let edges = TextureRun.makeConvolution(0, seed: 1).weight.value.scalars
        #expect(abs(edges[1] - (-2 / 12.0.squareRoot())) < 1e-15)
    }
}

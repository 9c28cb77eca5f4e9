@testable import NumericCore
import Testing

/// `LayerKernels.swapLastAxes` (the convolution's layout change) transposes 4×4 blocks in
/// SIMD registers with scalar edges and splits large batches over the cores: every shape must
/// give exactly the element-by-element result, bias or not (−0.0 stays −0.0 without one).
@Suite struct SwapLastAxesTests {
    @Test(arguments: [(1, 1, 1), (2, 5, 3), (3, 33, 30), (2, 64, 8), (100, 576, 30), (7, 4, 37)])
    func matchesTheNaiveTranspose(shape: (Int, Int, Int)) {
        let (n, p, q) = shape
        var rng = Xoshiro256StarStar(seed: UInt64(n * 1000 + p * 10 + q))
        var src = (0..<(n * p * q)).map { _ in rng.nextNormal() }
        src[0] = -0.0
        let bias = (0..<q).map { _ in rng.nextNormal() }
        for withBias in [false, true] {
            var expected = [Double](repeating: 0, count: src.count)
            for b in 0..<n {
                for i in 0..<p {
                    for j in 0..<q {
                        let v = src[b * p * q + i * q + j]
                        expected[b * p * q + j * p + i] = withBias ? v + bias[j] : v
                    }
                }
            }
            var out = [Double](repeating: .nan, count: src.count)
            bias.withUnsafeBufferPointer { pb in
                LayerKernels.swapLastAxes(src, n: n, p: p, q: q, adding: withBias ? pb.baseAddress! : nil, into: &out)
            }
            #expect(out.map(\.bitPattern) == expected.map(\.bitPattern), "n \(n) p \(p) q \(q) bias \(withBias)")
        }
    }
}

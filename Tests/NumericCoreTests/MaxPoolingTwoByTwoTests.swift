import NumericCore
import Testing

/// The 2×2, stride-2 max pooling runs four windows at a time in SIMD registers: its maxima
/// and the positions backward routes to must be the plain scan's — ties go to the first in
/// (ky, kx) order, NaN never wins — for full groups of four windows and the ragged rest.
@Suite struct MaxPoolingTwoByTwoTests {
    @Test func matchesThePlainScanWithTiesAndNaN() {
        let (n, c, h, w) = (2, 3, 6, 10)   // 3×5 windows a plane: one group of four and one left over
        var rng = Xoshiro256StarStar(seed: 21)
        // Small integers make ties common; a few NaNs.
        var x = (0..<(n * c * h * w)).map { _ in Double(rng.nextInt(below: 4)) }
        for i in [0, 7, 45, 301] { x[i] = .nan }
        x[2] = .nan; x[3] = .nan; x[12] = .nan; x[13] = .nan   // window (0, 1) of plane 0 all NaN
        let input = Tensor(shape: [n, c, h, w], scalars: x)
        let (oh, ow) = (h / 2, w / 2)
        var expected = [Double](repeating: 0, count: n * c * oh * ow), route = [Int](repeating: -1, count: expected.count)
        for plane in 0..<(n * c) {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var best = -Double.infinity, at = -1
                    for ky in 0..<2 {
                        for kx in 0..<2 {
                            let flat = plane * h * w + (2 * oy + ky) * w + 2 * ox + kx
                            if x[flat] > best { best = x[flat]; at = flat }
                        }
                    }
                    expected[(plane * oh + oy) * ow + ox] = best
                    route[(plane * oh + oy) * ow + ox] = at
                }
            }
        }
        let pool = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2)
        let out = pool.forward(input, training: true)
        #expect(out.shape == [n, c, oh, ow])
        #expect(out.scalars.map(\.bitPattern) == expected.map(\.bitPattern))
        let dout = (0..<expected.count).map { Double($0 + 1) }
        let dx = pool.backward(Tensor(shape: out.shape, scalars: dout))
        var expectedDx = [Double](repeating: 0, count: x.count)
        for (o, at) in route.enumerated() where at >= 0 { expectedDx[at] += dout[o] }
        #expect(dx.scalars == expectedDx)
    }
}

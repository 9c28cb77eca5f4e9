import Testing
@testable import NumericCore

/// `PointDataset.flippingLabels`: label noise on a two-class toy set (the regularization and
/// biasvariance lessons' noisy moons and circles).
@Suite struct PointDatasetFlipTests {
    let moons = MoonsDataset.make(count: 1000, noise: 0.1, seed: 3)

    @Test func noFlipsAtZeroAndAllAtOne() {
        #expect(moons.flippingLabels(fraction: 0, seed: 9) == moons)
        #expect(moons.flippingLabels(fraction: 1, seed: 9).labels == moons.labels.map { 1 - $0 })
    }

    @Test func flipsAboutTheFractionKeepingThePoints() {
        let noisy = moons.flippingLabels(fraction: 0.2, seed: 9)
        let flipped = zip(noisy.labels, moons.labels).filter { $0 != $1 }.count
        // Binomial(1000, 0.2): mean 200, std 12.6; ±4 std.
        #expect(abs(flipped - 200) <= 50)
        #expect(noisy.points == moons.points && noisy.name == "moons")
        #expect(noisy == moons.flippingLabels(fraction: 0.2, seed: 9))
        #expect(noisy != moons.flippingLabels(fraction: 0.2, seed: 10))
    }
}

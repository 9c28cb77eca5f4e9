import Testing
@testable import NumericCore

@Suite("DataDigits")
struct DataDigitsTests {
    @Test func shapesRangeAndRoundRobinLabels() {
        let digits = SyntheticDigits.generate(count: 43, seed: 1)
        #expect(digits.images.shape == [43, 784])
        #expect(digits.imagesNCHW.shape == [43, 1, 28, 28])
        #expect(digits.imagesNCHW.scalars == digits.images.scalars)
        #expect(digits.width == 28 && digits.height == 28 && digits.classes == 10 && digits.count == 43)
        #expect(digits.labels == (0..<43).map { $0 % 10 })
        #expect(digits.classCounts == [5, 5, 5, 4, 4, 4, 4, 4, 4, 4])
        #expect(digits.images.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(digits.oneHotLabels.shape == [43, 10])
        #expect(digits.oneHotLabels.row(13) == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    }

    @Test func deterministicBySeed() {
        let a = SyntheticDigits.make(train: 30, test: 10, seed: 42)
        let b = SyntheticDigits.make(train: 30, test: 10, seed: 42)
        let c = SyntheticDigits.make(train: 30, test: 10, seed: 43)
        #expect(a == b)
        #expect(a.train.images != c.train.images)
        #expect(a.test.images != c.test.images)
        // Train and test come from different streams: no image is shared.
        #expect(a.train.images.rows(0..<10) != a.test.images)
        // Image i does not depend on how many are drawn.
        let more = SyntheticDigits.make(train: 50, test: 20, seed: 42)
        #expect(more.train.prefix(30).images == a.train.images)
        #expect(more.test.prefix(10).images == a.test.images)
        // Each image differs from every other one (random variation, not copies).
        for i in 0..<10 { #expect(a.train.image(i) != a.train.image(i + 10)) }
    }

    @Test func digitsAreInkedAndCentredLikeMNIST() {
        let digits = SyntheticDigits.generate(count: 40, seed: 9)
        for i in 0..<digits.count {
            let pixels = digits.image(i)
            var mass = 0.0, rowSum = 0.0, columnSum = 0.0
            var top = 28, bottom = -1, left = 28, right = -1
            for (k, value) in pixels.enumerated() where value > 0.3 {
                let row = k / 28, column = k % 28
                mass += value; rowSum += value * (Double(row) + 0.5); columnSum += value * (Double(column) + 0.5)
                top = min(top, row); bottom = max(bottom, row); left = min(left, column); right = max(right, column)
            }
            #expect(pixels.max()! >= 0.8, "image \(i) has no full ink")
            #expect(abs(rowSum / mass - 14) < 2.5 && abs(columnSum / mass - 14) < 2.5, "image \(i) is off centre")
            // The digit fits MNIST's 20×20 box (a pixel of anti-aliasing either side).
            #expect(bottom - top + 1 <= 22 && right - left + 1 <= 22, "image \(i) is too large")
            #expect(bottom - top + 1 >= 10, "image \(i) is too small")
        }
    }

    @Test func cleanStyleDrawsTheTemplates() {
        var rng = Xoshiro256StarStar(seed: 1)
        let zero = SyntheticDigits.render(digit: 0, using: &rng, style: .clean)
        let one = SyntheticDigits.render(digit: 1, using: &rng, style: .clean)
        func at(_ image: [Double], _ row: Int, _ column: Int) -> Double { image[row * 28 + column] }
        // No noise: the background is exactly 0; a 0 is hollow in the middle, inked at the sides.
        #expect(at(zero, 0, 0) == 0 && at(zero, 27, 27) == 0)
        #expect(at(zero, 14, 14) == 0)
        #expect(zero[(14 * 28)..<(14 * 28 + 14)].max()! == 1)
        #expect(zero[(14 * 28 + 14)..<(15 * 28)].max()! == 1)
        // A 1 is inked straight down through the middle third of the image.
        for row in 8..<20 { #expect(one[(row * 28 + 9)..<(row * 28 + 19)].max()! == 1) }
    }

    @Test func classesDifferButNotTrivially() {
        // Nearest class mean on held-out digits: far above chance (10 %), far below 100 %.
        let split = SyntheticDigits.make(train: 300, test: 200, seed: 7)
        var means = [[Double]](repeating: [Double](repeating: 0, count: 784), count: 10)
        for i in 0..<split.train.count {
            let image = split.train.image(i)
            for k in 0..<784 { means[split.train.labels[i]][k] += image[k] / 30 }
        }
        func distance(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
        for a in 0..<10 {
            for b in (a + 1)..<10 { #expect(distance(means[a], means[b]) > 5, "means of \(a) and \(b) are alike") }
        }
        var correct = 0
        for i in 0..<split.test.count {
            let image = split.test.image(i)
            let guess = (0..<10).min { distance(image, means[$0]) < distance(image, means[$1]) }!
            if guess == split.test.labels[i] { correct += 1 }
        }
        let accuracy = Double(correct) / Double(split.test.count)
        #expect(accuracy > 0.5 && accuracy < 0.95, "nearest-class-mean accuracy \(accuracy)")
    }

    @Test func prefixAndGather() {
        let digits = SyntheticDigits.generate(count: 20, seed: 2)
        #expect(digits.prefix(5).labels == [0, 1, 2, 3, 4])
        #expect(digits.prefix(100).count == 20)
        let picked = digits.gather([17, 3])
        #expect(picked.labels == [7, 3])
        #expect(picked.image(0) == digits.image(17))
    }
}

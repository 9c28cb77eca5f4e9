import Dispatch

/// Handwritten-looking digits 0–9 drawn on the fly: nnbook's stand-in for MNIST, so every
/// digit lesson runs without a download. Images are 28×28, values in [0, 1], white ink on
/// black, the digit fitted into a 20×20 box and centred by its centre of mass like MNIST.
///
/// Each image is drawn from pen-stroke templates (see `DigitTemplates`) with random
/// handwriting variation (`DigitStyle`). Labels are assigned round-robin: image i shows
/// digit i mod 10, so any prefix of a dataset is balanced to within one image per class.
/// Image i depends only on (seed, split, i, style): a larger set begins with the smaller
/// one, the test set does not change when the training set grows, and generation is
/// deterministic on every machine (xoshiro256** only) and split over the CPU cores.
public enum SyntheticDigits {
    /// Image width and height in pixels.
    public static let side = 28
    /// Number of classes (digits 0–9).
    public static let classes = 10

    /// A training set and a test set of synthetic digits from one seed (the two are drawn
    /// from separate random streams, so they share no image).
    public static func make(train: Int, test: Int, seed: UInt64, style: DigitStyle = .standard) -> DataSplit {
        DataSplit(train: generate(count: train, seed: seed, stream: 1, style: style, name: "synthetic digits (train)"),
                  test: generate(count: test, seed: seed, stream: 2, style: style, name: "synthetic digits (test)"))
    }

    /// `count` images from random stream `stream` of `seed`.
    public static func generate(count: Int, seed: UInt64, stream: UInt64 = 0, style: DigitStyle = .standard,
                                name: String = "synthetic digits") -> Dataset {
        let n = max(0, count)
        let pixelsPerImage = side * side
        var scalars = [Double](repeating: 0, count: n * pixelsPerImage)
        let chunks = min(n, 16)  // a fixed split: results never depend on the number of cores
        if chunks > 0 {
            scalars.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let base = buffer.baseAddress!
                let sketcher = DigitSketcher(style: style)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = n * chunk / chunks, upper = n * (chunk + 1) / chunks
                    for index in lower..<upper {
                        var rng = Xoshiro256StarStar(seed: sampleSeed(seed: seed, stream: stream, index: index))
                        sketcher.draw(digit: index % classes, using: &rng, into: base + index * pixelsPerImage)
                    }
                }
            }
        }
        return Dataset(name: name, source: "SyntheticDigits(seed: \(seed), stream: \(stream))",
                       images: Tensor(shape: [n, pixelsPerImage], scalars: scalars),
                       labels: (0..<n).map { $0 % classes }, classes: classes, width: side, height: side)
    }

    /// One 28×28 image of `digit` (0–9), row-major, drawn with `rng` — for a lesson that
    /// shows digits being drawn one at a time.
    public static func render(digit: Int, using rng: inout Xoshiro256StarStar, style: DigitStyle = .standard) -> [Double] {
        precondition((0..<classes).contains(digit), "SyntheticDigits.render: digit \(digit) is not in 0...9")
        var pixels = [Double](repeating: 0, count: side * side)
        pixels.withUnsafeMutableBufferPointer { buffer in
            DigitSketcher(style: style).draw(digit: digit, using: &rng, into: buffer.baseAddress!)
        }
        return pixels
    }

    /// The seed of image `index` of stream `stream`: a hash of all three, so neighbouring
    /// seeds or indices give unrelated images.
    static func sampleSeed(seed: UInt64, stream: UInt64, index: Int) -> UInt64 {
        var outer = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        var inner = SplitMix64(state: outer.next() &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        return inner.next()
    }
}

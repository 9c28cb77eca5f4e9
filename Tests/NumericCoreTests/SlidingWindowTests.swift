import Foundation
import Testing
@testable import NumericCore

/// An affine layer as a convolution, and a window classifier slid over an image the slow way
/// (a forward pass per window) and the convolutional way (one pass): against
/// Scripts/reference/sliding_window_reference.py (fixed weights, an 11×10 image, 6×6 windows),
/// equal to each other at the net's stride, a subsample at a multiple of it, multiply-adds
/// counted by hand, and bad input refused with a clear message.
@Suite("Network: sliding windows, slow and convolutional")
struct SlidingWindowTests {
    /// The reference script's classifier: conv 2×3×3 → ReLU → 2×2 max pool → affine 8→3 → ReLU → affine 3→2.
    static func classifier() -> Sequential {
        var w1: [Double] = [], w2: [Double] = [], w3: [Double] = []
        for f in 0..<2 { for y in 0..<3 { for x in 0..<3 { w1.append(0.5 * sin(Double(1 + f * 9 + y * 3 + x))) } } }
        for i in 0..<8 { for j in 0..<3 { w2.append(0.4 * cos(Double(i * 3 + j))) } }
        for i in 0..<3 { for j in 0..<2 { w3.append(sin(Double(i * 2 + j) + 0.5)) } }
        let layers: [any Layer] = [
            Convolution(weight: Tensor(shape: [2, 1, 3, 3], scalars: w1), bias: Tensor([0.1, -0.05])),
            ReLU(),
            MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2),
            Affine(weight: Tensor(shape: [8, 3], scalars: w2), bias: Tensor([0.3, 0.1, 0.2])),
            ReLU(),
            Affine(weight: Tensor(shape: [3, 2], scalars: w3), bias: Tensor([0.01, -0.02])),
        ]
        return Sequential(layers: layers)
    }

    static var image: Tensor {
        var v: [Double] = []
        for y in 0..<11 {
            for x in 0..<10 {
                let a: Double = sin(0.7 * Double(y)), b: Double = cos(0.3 * Double(x) + 0.1 * Double(y))
                v.append((a * b + 1) / 2)
            }
        }
        return Tensor(shape: [11, 10], scalars: v)
    }

    /// The script's (2, 3, 3) map.
    static let reference: [Double] = [
        0.14823902765876765, 0.15633520774321147, 0.136737857372911,
        0.06979316614657531, 0.05668933191889303, 0.07860413955414595,
        -0.023999529222223794, -0.01593128127699274, 0.02901702337606238,
        0.26219223049089174, 0.2636396708736364, 0.2405215828809689,
        0.1994504270843725, 0.19033432389609903, 0.206062837600524,
        0.10674966953839589, 0.11177986981929876, 0.16969751570997751,
    ]

    func maxDifference(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { abs($0 - $1) }.max() ?? .infinity }

    @Test func affineAsConvolutionGivesTheSameNumbers() {
        var rng = Xoshiro256StarStar(seed: 3)
        let affine = Affine(inputSize: 2 * 3 * 4, outputSize: 5, init: .std(1), using: &rng)
        affine.bias.value = Tensor([0.5, -1, 2, 0, 0.25])
        var xs: [Double] = []
        for _ in 0..<72 { xs.append(rng.nextUniform() - 0.5) }
        let x = Tensor(shape: [3, 2, 3, 4], scalars: xs)
        let conv = affine.asConvolution(channels: 2, height: 3, width: 4)
        #expect(conv.weight.value.shape == [5, 2, 3, 4] && conv.stride == 1 && conv.pad == 0)
        // Filter j is column j of W: W[(c·3 + y)·4 + x, j] == filter[j, c, y, x].
        // Filter 1 at (c, y, x) = (1, 2, 3), flat input index (1·3 + 2)·4 + 3 = 23: W[23, 1].
        let inFilter: Double = conv.weight.value.scalars[1 * 24 + 23]
        let inColumn: Double = affine.weight.value.scalars[23 * 5 + 1]
        #expect(inFilter == inColumn)
        let a = affine.forward(x, training: false), c = conv.forward(x, training: false)
        #expect(c.shape == [3, 5, 1, 1])
        #expect(maxDifference(a.scalars, c.scalars) < 1e-12)
        // On a larger input the convolution is the affine layer slid over every 3×4 window.
        var bs: [Double] = []
        for i in 0..<48 { bs.append(Double(i % 7) / 7 - 0.4) }
        let big = Tensor(shape: [1, 2, 4, 6], scalars: bs)
        let slid = conv.forward(big, training: false)
        #expect(slid.shape == [1, 5, 2, 3])
        var window = [Double]()
        for ch in 0..<2 { for y in 1..<4 { for xx in 2..<6 { window.append(big.scalars[ch * 24 + y * 6 + xx]) } } }
        let one = affine.forward(Tensor(shape: [1, 24], scalars: window), training: false)
        let atCorner = (0..<5).map { slid.scalars[$0 * 6 + 1 * 3 + 2] }
        #expect(maxDifference(one.scalars, atCorner) < 1e-12)
    }

    @Test func slowAndConvolutionalMatchNumpy() throws {
        let net = Self.classifier()
        let fcn = net.convolutionalized(input: (1, 6, 6))
        #expect(SlidingWindow.netStride(of: net) == 2)
        #expect(fcn.layers.map(\.name) == ["Conv 2×3×3", "ReLU", "MaxPool 2×2/2", "Conv 3×2×2", "ReLU", "Conv 2×1×1"])
        let slow = try SlidingWindow.slow(classifier: net, image: Self.image, window: 6, stride: 2)
        let fast = try SlidingWindow.convolutional(fcn, image: Self.image, window: 6)
        #expect(slow.shape == [2, 3, 3] && fast.shape == [2, 3, 3])
        #expect(maxDifference(slow.scalars, Self.reference) < 1e-12)
        #expect(maxDifference(fast.scalars, Self.reference) < 1e-12)
        #expect(maxDifference(slow.scalars, fast.scalars) < 1e-12)
    }

    @Test func aMultipleOfTheNetStrideIsASubsampleAndAnotherStrideIsNot() throws {
        let net = Self.classifier()
        let fast = try SlidingWindow.convolutional(net.convolutionalized(input: (1, 6, 6)), image: Self.image, window: 6)
        let four = try SlidingWindow.slow(classifier: net, image: Self.image, window: 6, stride: 4)
        #expect(four.shape == [2, 2, 2])
        var every2nd: [Double] = []
        for k in 0..<2 { for i in [0, 2] { for j in [0, 2] { every2nd.append(fast.scalars[k * 9 + i * 3 + j]) } } }
        #expect(maxDifference(four.scalars, every2nd) < 1e-12)
        // Stride 1 computes windows at odd corners, which the convolutional way never sees.
        let one = try SlidingWindow.slow(classifier: net, image: Self.image, window: 6, stride: 1)
        #expect(one.shape == [2, 6, 5])
        #expect(abs(one.scalars[1] - Self.reference[0]) > 1e-6)   // corner (1, 0) is no reference window
        #expect(abs(one.scalars[2] - Self.reference[1]) < 1e-12)   // corner (2, 0) is
    }

    @Test func multiplyAddsCountedByHand() {
        let net = Self.classifier()
        // One window: conv 4·4·2·9 = 288, affine 8·3 = 24, affine 3·2 = 6.
        #expect(net.multiplyAdds(input: (1, 6, 6)) == 318)
        // The image: conv 9·8·2·9 = 1296, 3·3 positions × (3·8 + 2·3) = 270.
        #expect(net.convolutionalized(input: (1, 6, 6)).multiplyAdds(input: (1, 11, 10)) == 1566)
    }

    @Test func badInputIsRefusedClearly() {
        let net = Self.classifier()
        #expect(throws: SlidingWindowError.strideBelowOne(0)) {
            try SlidingWindow.slow(classifier: net, image: Self.image, window: 6, stride: 0)
        }
        let small = Tensor(shape: [5, 10], repeating: 0)
        #expect(throws: SlidingWindowError.imageSmallerThanWindow(height: 5, width: 10, window: 6)) {
            try SlidingWindow.convolutional(net.convolutionalized(input: (1, 6, 6)), image: small, window: 6)
        }
        #expect(SlidingWindowError.strideBelowOne(0).description == "stride 0 is below 1: the window must move at least one pixel per step")
        #expect(SlidingWindowError.imageSmallerThanWindow(height: 5, width: 10, window: 6).description
                == "the image (5×10) is smaller than one 6×6 window: no window fits")
    }
}

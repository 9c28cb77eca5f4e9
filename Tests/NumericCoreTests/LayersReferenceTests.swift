import Testing
@testable import NumericCore

/// Layer forward values against hand-computed cases and numpy references of the book's
/// layers (Scripts/reference/layers_reference.py), plus im2col/col2im, dropout and
/// weight-init behaviour.
@Suite("Layers: reference values")
struct LayersReferenceTests {
    typealias S = LayersTestSupport

    @Test func im2colOfATinyImageByHand() {
        // 1×1×3×3 image 1…9, 2×2 window, stride 1: rows are the 4 window positions,
        // columns (ky, kx).
        let x = Tensor(shape: [1, 1, 3, 3], scalars: [1, 2, 3, 4, 5, 6, 7, 8, 9])
        let col = im2col(x, filterHeight: 2, filterWidth: 2)
        #expect(col.shape == [4, 4])
        #expect(col.scalars == [1, 2, 4, 5,
                                2, 3, 5, 6,
                                4, 5, 7, 8,
                                5, 6, 8, 9])
        // col2im of all ones counts how many windows cover each pixel.
        let counts = col2im(Tensor.ones([4, 4]), inputShape: [1, 1, 3, 3], filterHeight: 2, filterWidth: 2)
        #expect(counts.scalars == [1, 2, 1, 2, 4, 2, 1, 2, 1])
    }

    @Test func im2colWithPaddingStrideAndChannelsByHand() {
        // 1×2×2×2 image, 2×2 window, pad 1, stride 2 → 2×2 positions; columns (c, ky, kx).
        let x = Tensor(shape: [1, 2, 2, 2], scalars: [1, 2, 3, 4, 10, 20, 30, 40])
        let col = im2col(x, filterHeight: 2, filterWidth: 2, stride: 2, pad: 1)
        #expect(col.shape == [4, 8])
        #expect(col.scalars == [0, 0, 0, 1, 0, 0, 0, 10,
                                0, 0, 2, 0, 0, 0, 20, 0,
                                0, 3, 0, 0, 0, 30, 0, 0,
                                4, 0, 0, 0, 40, 0, 0, 0])
    }

    @Test func col2imIsTheAdjointOfIm2col() {
        // ⟨im2col(x), Y⟩ = ⟨x, col2im(Y)⟩ for any x and Y.
        var rng = Xoshiro256StarStar(seed: 30)
        let shape = [2, 3, 5, 6]
        let x = Tensor.randomNormal(shape, using: &rng)
        let col = im2col(x, filterHeight: 3, filterWidth: 2, stride: 2, pad: 1)
        #expect(col.shape == [2 * 3 * 4, 3 * 3 * 2])
        let y = Tensor.randomNormal(col.shape, using: &rng)
        let back = col2im(y, inputShape: shape, filterHeight: 3, filterWidth: 2, stride: 2, pad: 1)
        let lhs = zip(col.scalars, y.scalars).reduce(0) { $0 + $1.0 * $1.1 }
        let rhs = zip(x.scalars, back.scalars).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(lhs - rhs) < 1e-12 * abs(lhs))
    }

    @Test func outputSizeFormula() {
        #expect(convolutionOutputSize(inputSize: 28, windowSize: 5, stride: 1, pad: 0) == 24)
        #expect(convolutionOutputSize(inputSize: 24, windowSize: 2, stride: 2, pad: 0) == 12)
        #expect(convolutionOutputSize(inputSize: 5, windowSize: 3, stride: 2, pad: 1) == 3)
        #expect(convolutionOutputSizeIfValid(inputSize: 4, windowSize: 3, stride: 2, pad: 1) == nil, "(4 + 2 − 3)/2 is not whole")
        #expect(convolutionOutputSizeIfValid(inputSize: 2, windowSize: 5, stride: 1, pad: 0) == nil, "window larger than the input")
        #expect(convolutionOutputSizeIfValid(inputSize: 32, windowSize: 5, stride: 1, pad: 2) == 32, "'same' padding")
    }

    private func convolution() -> Convolution {
        Convolution(weight: S.pattern([3, 2, 3, 3], 5, 1, 9, 4, 8), bias: Tensor([0.5, -0.25, 0.125]))
    }

    @Test func convolutionMatchesTheBooksIm2colImplementation() {
        // Scripts/reference/layers_reference.py: "conv stride 2 pad 1" and "conv stride 1 pad 0"
        let x = S.pattern([2, 2, 5, 5], 7, 3, 11, 5, 4)
        let strided = Convolution(weight: convolution().weight.value, bias: convolution().bias.value, stride: 2, pad: 1)
        let out = strided.forward(x, training: false)
        #expect(out.shape == [2, 3, 3, 3])
        let expectedStrided: [Double] = [1.625, -0.28125, -0.375, -0.625, 2.5, 1.46875, 1.375, 1.28125, 0.65625, 0.875, -1.03125, -1.125, -1.375, 1.75, 0.71875, 0.625, 0.53125, -0.09375, 1.25, -0.65625, -0.75, -1.0, 2.125, 1.09375, 1.0, 0.90625, 0.28125, 2.3125, 0.71875, -0.46875, -2.0, -2.3125, 2.1875, 0.65625, 2.28125, 0.53125, 1.5625, -0.03125, -1.21875, -2.75, -3.0625, 1.4375, -0.09375, 1.53125, -0.21875, 1.9375, 0.34375, -0.84375, -2.375, -2.6875, 1.8125, 0.28125, 1.90625, 0.15625]
        #expect(S.maxAbsDifference(out.scalars, expectedStrided) < 1e-14)
        let plain = convolution().forward(x, training: false)
        #expect(plain.shape == [2, 3, 3, 3])
        let expectedPlain: [Double] = [3.1875, -2.3125, -0.25, 1.125, 2.5, -0.9375, -1.625, 3.1875, -2.3125, 2.4375, -3.0625, -1.0, 0.375, 1.75, -1.6875, -2.375, 2.4375, -3.0625, 2.8125, -2.6875, -0.625, 0.75, 2.125, -1.3125, -2.0, 2.8125, -2.6875, 2.5, -0.9375, 2.15625, 3.1875, -2.3125, -0.25, 1.125, 2.5, -0.9375, 1.75, -1.6875, 1.40625, 2.4375, -3.0625, -1.0, 0.375, 1.75, -1.6875, 2.125, -1.3125, 1.78125, 2.8125, -2.6875, -0.625, 0.75, 2.125, -1.3125]
        #expect(S.maxAbsDifference(plain.scalars, expectedPlain) < 1e-14)
    }

    @Test func poolingMatchesTheBooksIm2colImplementation() {
        // Scripts/reference/layers_reference.py: pooling of pattern (1, 2, 4, 4); the padded
        // case shows the book's zero padding winning over negative values.
        let x = S.pattern([1, 2, 4, 4], 5, 2, 13, 6, 2)
        let max2 = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2).forward(x, training: false)
        #expect(max2.shape == [1, 2, 2, 2])
        #expect(max2.scalars == [1.5, 3.0, 2.0, 3.0, 2.5, 1.0, 3.0, 1.5])
        let avg2 = AveragePooling(poolHeight: 2, poolWidth: 2, stride: 2).forward(x, training: false)
        #expect(avg2.scalars == [-0.625, 1.125, -0.125, 0.0, 0.375, -1.125, 0.875, -0.625])
        let maxPadded = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2, pad: 1).forward(x, training: false)
        #expect(maxPadded.shape == [1, 2, 3, 3])
        #expect(maxPadded.scalars == [0.0, 3.0, 0.0, 1.5, 1.0, 2.5, 2.0, 0.5, 3.0, 0.0, 1.5, 0.0, 2.5, 2.0, 0.5, 3.0, 1.5, 0.0])
        let avgPadded = AveragePooling(poolHeight: 2, poolWidth: 2, stride: 2, pad: 1).forward(x, training: false)
        #expect(avgPadded.scalars == [-0.5, 0.875, -0.25, 0.0, -1.125, 0.5, 0.5, -0.375, 0.75, -0.25, -0.25, 0.0, 0.5, -0.125, -0.625, 0.75, 0.125, -0.625])
    }

    @Test func maxPoolingRoutesTheGradientToTheFirstMaximum() {
        // One 2×3 window (stride 1 gives 1×2 outputs): maxima 5 at (0,1) and a tie of 7s.
        let x = Tensor(shape: [1, 1, 2, 3], scalars: [1, 5, 7, 2, 3, 7])
        let pool = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 1)
        #expect(pool.forward(x, training: true).scalars == [5, 7])
        #expect(pool.backward(Tensor(shape: [1, 1, 1, 2], scalars: [10, 20])).scalars == [0, 10, 20, 0, 0, 0])
    }

    @Test func batchNormMatchesTheBookInTrainingAndInference() {
        // Scripts/reference/layers_reference.py: "bn ..." lines.
        let x = S.pattern([4, 3], 7, 2, 10, 4, 2)
        let bn = BatchNormalization(features: 3)
        bn.gamma.value = Tensor([1.5, 0.5, -1])
        bn.beta.value = Tensor([0.1, -0.2, 0.3])
        let out = bn.forward(x, training: true)
        let expectedOut = [-1.9124579598196507, 0.6485280016593877, 1.6416386398797673, -0.5708193199398837, -0.6242640008296938, 0.7472128799599225, 0.7708193199398836, -0.4828426672197959, -0.14721287995992244, 2.112457959819651, -0.34142133360989796, -1.0416386398797672]
        #expect(S.maxAbsDifference(out.scalars, expectedOut) < 1e-14)
        let dx = bn.backward(S.pattern([4, 3], 3, 1, 7, 3, 4))
        let expectedDx = [-0.9391467259235937, 0.026870056101169347, 4.293229909357876e-06, 0.4695736312886663, 0.18101930566302502, 1.4310766364711291e-06, 1.8782939885009264, -0.17394824124527072, -1.4310766364711291e-06, -1.408720893865999, -0.03394112051892364, -4.293229909357876e-06]
        #expect(S.maxAbsDifference(dx.scalars, expectedDx) < 1e-13)
        #expect(S.maxAbsDifference(bn.gamma.grad.scalars, [-0.11180321998998055, 0.07071066680494897, 2.236064399799612]) < 1e-14)
        #expect(S.maxAbsDifference(bn.beta.grad.scalars, [-0.75, 0.5, 0.0]) < 1e-15)
        #expect(S.maxAbsDifference(bn.runningMean.scalars, [-0.024999999999999994, -0.04999999999999999, 0.17499999999999996]) < 1e-16)
        #expect(S.maxAbsDifference(bn.runningVariance.scalars, [0.031249999999999993, 0.31249999999999994, 0.031249999999999993]) < 1e-16)
        let eval = bn.forward(x, training: false)
        let expectedEval = [-8.173016972669972, 2.0807856877956046, -4.366830087147165, -3.9304441661725504, -1.9441302318436977, -7.195211958145445, 0.3121286403248711, -1.4969173518837753, -10.023593829143726, 4.5547014468222935, -1.0497044719238529, -12.85197570014201]
        #expect(S.maxAbsDifference(eval.scalars, expectedEval) < 1e-13)
    }

    @Test func batchNormFlattensImagesLikeTheBook() {
        // Scripts/reference/layers_reference.py: "bn4 train out" — (3, 2, 1, 2) as (3, 4).
        let bn = BatchNormalization(features: 4)
        let out = bn.forward(S.pattern([3, 2, 1, 2], 5, 1, 7, 3, 3), training: true)
        #expect(out.shape == [3, 2, 1, 2])
        let expected = [-0.5080001761620456, 1.22473660444741, 1.2247366044474097, 1.2247366044474097, -0.8890003082835799, 0.0, 0.0, 0.0, 1.3970004844456254, -1.2247366044474097, -1.2247366044474097, -1.22473660444741]
        #expect(S.maxAbsDifference(out.scalars, expected) < 1e-14)
    }

    @Test func bookDropoutMasksInTrainingAndScalesAtInference() {
        let x = Tensor(shape: [20, 50], repeating: 2)
        let a = Dropout(ratio: 0.3, seed: 5), b = Dropout(ratio: 0.3, seed: 5)
        let ya = a.forward(x, training: true), yb = b.forward(x, training: true)
        #expect(ya == yb, "the same seed gives the same mask")
        #expect(ya.scalars.allSatisfy { $0 == 0 || $0 == 2 })
        let dropped = Double(ya.scalars.filter { $0 == 0 }.count) / 1000
        #expect(abs(dropped - 0.3) < 0.05, "about 30% dropped, got \(dropped)")
        #expect(a.forward(x, training: true) != ya, "the next batch gets a fresh mask")
        a.reseed(5)
        #expect(a.forward(x, training: true) == ya, "reseeding replays the masks")
        #expect(a.forward(x, training: false).scalars.allSatisfy { abs($0 - 1.4) < 1e-15 }, "inference scales by 1 − 0.3")
        #expect(a.backward(Tensor(shape: [20, 50], repeating: 1)).scalars.allSatisfy { abs($0 - 0.7) < 1e-15 })
    }

    @Test func invertedDropoutScalesKeptUnitsInTraining() {
        let x = Tensor(shape: [10, 40], repeating: 3)
        let layer = Dropout(ratio: 0.25, mode: .inverted, seed: 9)
        let y = layer.forward(x, training: true)
        #expect(y.scalars.allSatisfy { $0 == 0 || abs($0 - 4) < 1e-15 }, "kept units are divided by keep = 0.75")
        let dy = layer.backward(Tensor(shape: [10, 40], repeating: 1))
        for (out, grad) in zip(y.scalars, dy.scalars) { #expect((out == 0) == (grad == 0)) }
        #expect(layer.forward(x, training: false) == x, "inference is the identity")
        // The same seed draws the same mask in both modes.
        let book = Dropout(ratio: 0.25, mode: .book, seed: 9).forward(x, training: true)
        for (a, b) in zip(book.scalars, y.scalars) { #expect((a == 0) == (b == 0)) }
    }

    @Test func weightInitStandardDeviations() {
        #expect(WeightInit.std(0.01).standardDeviation(fanIn: 784) == 0.01)
        #expect(WeightInit.xavier.standardDeviation(fanIn: 100) == 0.1)
        #expect(abs(WeightInit.he.standardDeviation(fanIn: 100) - 0.14142135623730951) < 1e-16)
        var rng = Xoshiro256StarStar(seed: 3)
        let w = WeightInit.he.sample([200, 100], fanIn: 50, using: &rng)
        let mean = w.mean()
        let std = (w.scalars.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count)).squareRoot()
        #expect(abs(std - 0.2) < 0.004, "He with fan-in 50: σ = 0.2, sample σ \(std)")
        #expect(abs(mean) < 0.006)
        var again = Xoshiro256StarStar(seed: 3)
        #expect(WeightInit.he.sample([200, 100], fanIn: 50, using: &again) == w)
        // A convolution's fan-in is C·FH·FW.
        var r1 = Xoshiro256StarStar(seed: 4), r2 = Xoshiro256StarStar(seed: 4)
        let conv = Convolution(filters: 4, channels: 3, filterHeight: 5, filterWidth: 5, init: .xavier, using: &r1)
        #expect(conv.weight.value == Tensor.randomNormal([4, 3, 5, 5], std: (1.0 / 75).squareRoot(), using: &r2))
    }
}

import LessonKit
import NumericCore
import Testing
@testable import CNNLesson

/// The cnn lesson's numbers against hand computation and the values printed by
/// `Scripts/reference/cnn.py` (numpy): convolution, the output-size formula (valid and
/// invalid), the presets, channels, pooling and im2col.
@Suite("CNN lesson: models")
struct CNNLessonModelTests {
    /// |a − b| ≤ 1e-15·max(|b|, 1) element by element (sums of 1/9 and 1/25 may round
    /// differently in the core's matrix product than in numpy's loop).
    private func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-15 * max(abs($1), 1) }
    }

    // MARK: - Convolution explorer

    @Test func theBooksExample() {
        // By hand: out[0,1] = 2·2 + 3·0 + 0·1 + 1·0 + 2·1 + 3·2 + 0·1 + 1·0 + 2·2 = 16.
        let cell = ExplorerCell()
        #expect(cell.model.output?.values == [15, 16, 6, 15])
        #expect(cell.readoutParts == ["OH = OW = (4 + 2·0 − 3)/1 + 1 = 2", "out[0,0] = Σ window⊙filter = 15",
                                      "window rows 0–2, cols 0–2"])
        cell.setKnob("col", to: 1)
        #expect(cell.model.selectedValue == 16)
        // numpy: padding 1 keeps 4×4; stride 3 on the padded input gives 2×2.
        cell.setKnob("pad", to: 1)
        #expect(cell.model.output?.values == [7, 12, 10, 2, 4, 15, 16, 10, 10, 6, 15, 6, 8, 10, 4, 3])
        cell.setKnob("stride", to: 3)
        #expect(cell.model.output?.values == [7, 2, 8, 3])
        #expect(cell.model.receptiveField! == (0, 3, 3))
        #expect(cell.model.paddedInput.height == 6 && cell.model.paddedInput.values[7] == 1)
    }

    @Test func edgesAndBlurOnTheSquare() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.square.index)
        cell.setKnob("preset", to: FilterPreset.sobelX.index)
        cell.setKnob("stride", to: 2)
        // numpy: a 7×7 output; row 3 crosses the square's left (−4) and right (+4) sides.
        let sobel = cell.model.output!
        #expect(sobel.height == 7 && sobel.width == 7)
        #expect(Array(sobel.values[21..<28]) == [0, -4, 0, 0, 0, 4, 0])
        cell.setKnob("stride", to: 1)
        cell.setKnob("preset", to: FilterPreset.boxBlur.index)
        let blur = cell.model.output!
        #expect(close(Array(blur.values[39..<52]), [0, 0, 0.2222222222222222, 0.4444444444444444, 0.6666666666666667,
                                                   0.6666666666666667, 0.6666666666666667, 0.6666666666666667,
                                                   0.6666666666666667, 0.4444444444444444, 0.2222222222222222, 0, 0]))
        cell.setKnob("size", to: 1)
        cell.setKnob("pad", to: 2)
        let blur5 = cell.model.output!
        #expect(blur5.height == 15)
        #expect(close(Array(blur5.values[60..<75]), [0, 0, 0.12, 0.24000000000000002, 0.36, 0.48, 0.6000000000000001,
                                                    0.6000000000000001, 0.6000000000000001, 0.48000000000000004, 0.36,
                                                    0.24, 0.12, 0, 0]))
    }

    @Test func identityReturnsTheImage() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.digit7.index)
        cell.setKnob("preset", to: FilterPreset.identity.index)
        cell.setKnob("pad", to: 1)
        #expect(cell.model.output?.values == cell.model.pixels.values)
        cell.setKnob("size", to: 1)
        cell.setKnob("pad", to: 2)
        #expect(cell.model.output?.values == cell.model.pixels.values)
    }

    @Test func presetsHoldTheirKernels() {
        #expect(FilterPreset.book.kernel3 == [2, 0, 1, 0, 1, 2, 1, 0, 2])
        #expect(FilterPreset.sobelX.kernel3 == [1, 0, -1, 2, 0, -2, 1, 0, -1])
        #expect(FilterPreset.sobelY.kernel3 == [1, 2, 1, 0, 0, 0, -1, -2, -1])
        #expect(FilterPreset.verticalEdge.kernel3 == [1, 0, -1, 1, 0, -1, 1, 0, -1])
        #expect(FilterPreset.horizontalEdge.kernel3 == [1, 1, 1, 0, 0, 0, -1, -1, -1])
        #expect(FilterPreset.sharpen.kernel3 == [0, -1, 0, -1, 5, -1, 0, -1, 0])
        #expect(FilterPreset.boxBlur.kernel3 == [Double](repeating: 1.0 / 9.0, count: 9))
        #expect(FilterPreset.identity.kernel3.reduce(0, +) == 1 && FilterPreset.identity.kernel3[4] == 1)
        // At 5×5 the 3×3 kernel sits in the centre; the box blur averages all 25.
        let sharpen5 = FilterPreset.sharpen.kernel(size: 5)
        #expect(sharpen5[12] == 5 && sharpen5[7] == -1 && sharpen5[11] == -1 && sharpen5[0] == 0 && sharpen5[6] == 0)
        #expect(FilterPreset.boxBlur.kernel(size: 5) == [Double](repeating: 1.0 / 25.0, count: 25))
        #expect(FilterPreset.allCases.map(\.rawValue) == ["book", "identity", "box blur", "sharpen", "vertical edge",
                                                          "horizontal edge", "Sobel x", "Sobel y"])
    }

    @Test func editingAnEntry() {
        let cell = ExplorerCell()
        cell.setKnob("entry", to: 2)            // f12
        #expect(cell.knobs[3].label == "entry f12")
        cell.setKnob("value", to: 3)
        #expect(cell.model.filter == [2, 3, 1, 0, 1, 2, 1, 0, 2])
        // out[0,0] gains 3·x[0,1] = 3·2.
        #expect(cell.model.output?.values.first == 21)
        #expect(cell.status == "filter book, edited by hand — choose a preset to restore it")
        cell.setKnob("preset", to: FilterPreset.book.index)
        #expect(cell.model.filter == FilterPreset.book.kernel3 && !cell.model.edited)
        // Out-of-range and non-finite values are clamped or ignored, never a crash.
        cell.setKnob("value", to: .nan)
        cell.setKnob("value", to: 1e300)
        #expect(cell.model.filter[1] == 10)
        cell.setKnob("entry", to: 99)
        #expect(cell.model.selectedEntry == 8)
        cell.setKnob("stride", to: -5)
        #expect(cell.model.stride == 1)
    }

    @Test func selectionStaysInsideTheOutput() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.square.index)
        cell.setKnob("row", to: 12)
        cell.setKnob("col", to: 12)
        cell.setKnob("stride", to: 2)       // 13×13 → 7×7: the selection moves to (6, 6)
        #expect(cell.model.selection! == (6, 6))
        #expect(cell.knobs.first { $0.name == "row" }?.kind == .integer(range: 0...6, step: 1))
        #expect(cell.model.receptiveField! == (12, 12, 3))
    }

    // MARK: - Output size formula

    @Test func theSizeFormula() {
        let valid = OutputSizeFormula(name: "OH", input: 28, window: 5, pad: 0, stride: 1)
        #expect(valid.size == 24 && valid.text == "OH = (28 + 2·0 − 5)/1 + 1 = 24" && valid.problem == nil)
        #expect(OutputSizeFormula(name: "OH", input: 15, window: 3, pad: 0, stride: 4).size == 4)
        // 28 − 3 = 25 is odd: no stride-2 output, whatever the padding.
        let odd = OutputSizeFormula(name: "OH", input: 28, window: 3, pad: 0, stride: 2)
        #expect(odd.size == nil)
        #expect(odd.text == "OH = (28 + 2·0 − 3)/2 + 1 = 13.5 ✗")
        #expect(odd.problem == "25 = H + 2P − F is not a multiple of stride 2: the last window would hang over the edge — try stride 1")
        // 16 − 3 = 13 is not a multiple of 3, but with pad 1 it is 15.
        let padFix = OutputSizeFormula(name: "OW", input: 16, window: 3, pad: 0, stride: 3)
        #expect(padFix.text == "OW = (16 + 2·0 − 3)/3 + 1 = 5.33 ✗")
        #expect(padFix.problem?.hasSuffix("— try pad 1 or stride 1") == true)
        #expect(padFix.problem?.hasPrefix("13 = W + 2P − F") == true)
        // A window wider than the padded input.
        let wide = OutputSizeFormula(name: "OH", input: 4, window: 5, pad: 0, stride: 1)
        #expect(wide.text == "OH = (4 + 2·0 − 5)/1 + 1 = 0 ✗")
        #expect(wide.problem == "the 5-wide window is wider than the padded input (4): raise the padding or pick a smaller filter")
        // A square input prints one line; a non-square one two.
        #expect(OutputSizeFormula.texts(valid, OutputSizeFormula(name: "OW", input: 28, window: 5, pad: 0, stride: 1))
                == ["OH = OW = (28 + 2·0 − 5)/1 + 1 = 24"])
        #expect(OutputSizeFormula.texts(valid, padFix).count == 2)
    }

    @Test func anInvalidCombinationIsExplainedNotACrash() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.digit2.index)
        cell.setKnob("stride", to: 2)
        #expect(cell.model.output == nil && cell.model.selection == nil)
        #expect(cell.status == "no output: H + 2P − F = 25 is not a multiple of S = 2 — try stride 1")
        #expect(cell.readoutParts.first == "OH = OW = (28 + 2·0 − 3)/2 + 1 = 13.5 ✗")
        #expect(cell.knobs.first { $0.name == "row" }?.kind == .integer(range: 0...0, step: 1))
        // The book's 4×4 with a 5×5 filter: the window does not fit at all until P = 1.
        cell.setKnob("image", to: ExplorerImage.book.index)
        cell.setKnob("stride", to: 1)
        cell.setKnob("size", to: 1)
        #expect(cell.model.output == nil)
        cell.setKnob("pad", to: 1)
        #expect(cell.model.output?.height == 2)
    }

    // MARK: - Channels

    @Test func channelsSumOverEveryChannel() {
        // numpy (im2col and plain loops agree), (N, FN, OH, OW) flattened.
        #expect(ChannelsExample.output.shape == [2, 2, 2, 2])
        #expect(ChannelsExample.output.scalars == [-1, 2, 2, -1, 3, 2, 5, 5, 0, 1, 1, 4, 2, 3, 5, 5])
        let cell = ChannelsCell()
        // By hand: R's window [[1,2,0],[0,1,3],[2,0,1]] against [1,0,−1] rows: 1 − 3 + 1 = −1.
        #expect(cell.readoutParts.last == "out[0,0,0,0] = R -1 + G 0 + B 0 + b 0 = -1")
        cell.setKnob("n", to: 1)
        cell.setKnob("k", to: 1)
        cell.setKnob("out_col", to: 1)
        #expect(cell.contributions == [0, -2, 4])
        #expect(cell.selectedValue == 3)
        #expect(cell.readoutParts.last == "out[1,1,0,1] = R 0 + G -2 + B 4 + b 1 = 3")
    }

    // MARK: - Pooling

    @Test func maxAndAveragePooling() {
        let cell = PoolingCell()
        let pooled = cell.outputs!
        #expect(pooled.max == [2, 3, 3, 2] && pooled.average == [1, 2, 2, 1])
        #expect(cell.readoutParts == ["OH = OW = (4 + 2·0 − 2)/2 + 1 = 2", "window rows 0–1, cols 0–1", "max 2", "mean 1"])
        cell.setKnob("window", to: 3)
        #expect(cell.outputs == nil)
        #expect(cell.status?.hasPrefix("no output: H + 2P − F = 1 is not a multiple of S = 2") == true)
        cell.setKnob("pool_stride", to: 1)
        let overlapping = cell.outputs!
        #expect(overlapping.max == [3, 3, 3, 3])
        #expect(close(overlapping.average, [1.4444444444444444, 1.5555555555555556, 1.3333333333333333, 1.4444444444444444]))
        cell.setKnob("pool_image", to: 2)   // digit 7, 28×28
        cell.setKnob("window", to: 4)
        cell.setKnob("pool_stride", to: 4)
        #expect(cell.outputs?.height == 7)
    }

    // MARK: - im2col

    @Test func im2colAndOneMatrixProduct() {
        let cell = Im2ColCell()
        #expect(cell.columns?.shape == [4, 9])
        #expect(cell.columns?.row(1) == [2, 3, 0, 1, 2, 3, 0, 1, 2])
        #expect(cell.product?.scalars == [15, 16, 6, 15])
        cell.setKnob("position", to: 1)
        #expect(cell.readoutParts(width: 200)[1] == "row 1·W = 2·2 + 3·0 + 0·1 + 1·0 + 2·1 + 3·2 + 0·1 + 1·0 + 2·2 = 16")
        #expect(cell.readoutParts(width: 53)[1] == "row 1·W = 2·2+3·0+0·1+1·0+2·1+3·2+0·1+1·0+2·2 = 16")
        #expect(cell.readoutParts(width: 52)[1] == "row 1·W = 2·2+3·0+0·1+1·0+2·1+3·2+0·1+1·0+2·2 = 16")
        #expect(cell.readoutParts(width: 49)[1] == "row 1 (window at 0,1)·W = 16")
        // numpy: padding 1 gives 16 rows; rows 0 and 5.
        cell.setKnob("col_pad", to: 1)
        #expect(cell.columns?.shape == [16, 9])
        #expect(cell.columns?.row(0) == [0, 0, 0, 0, 1, 2, 0, 0, 1])
        #expect(cell.columns?.row(5) == [1, 2, 3, 0, 1, 2, 3, 0, 1])
        #expect(cell.product?.scalars == [7, 12, 10, 2, 4, 15, 16, 10, 10, 6, 15, 6, 8, 10, 4, 3])
        // The same numbers as the Convolution layer (the explorer) with P = 1.
        let explorer = ExplorerCell()
        explorer.setKnob("pad", to: 1)
        #expect(explorer.model.output?.values == cell.product?.scalars)
        // Stride 2 does not fit; 3 does.
        cell.setKnob("col_stride", to: 2)
        #expect(cell.product == nil && cell.status?.hasPrefix("no output: H + 2P − F = 3") == true)
        cell.setKnob("col_stride", to: 3)
        #expect(cell.product?.scalars == [7, 2, 8, 3])
    }
}

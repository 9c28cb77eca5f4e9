/// The output size (H + 2·P − FH)/S + 1 along one axis when the window tiles the padded
/// input exactly, or nil when that is not a whole number ≥ 1. The CNN lesson uses it to show
/// why a setting leaves part of the image uncovered; the layers themselves floor instead
/// (`convolutionOutputSize`).
public func convolutionOutputSizeIfValid(inputSize: Int, windowSize: Int, stride: Int, pad: Int) -> Int? {
    guard stride > 0, pad >= 0, windowSize > 0 else { return nil }
    let span = inputSize + 2 * pad - windowSize
    guard span >= 0, span % stride == 0 else { return nil }
    return span / stride + 1
}

/// The output size ⌊(H + 2·P − FH)/S⌋ + 1 of a convolution or pooling along one axis, with
/// the book's integer division (`//` in its `im2col`): when the stride does not divide
/// H + 2·P − FH, the last partial window is dropped — H = 5, FH = 2, S = 2 gives 2 windows,
/// at 0 and 2, and row 4 is never covered. 0 when no window fits: the window is larger than
/// the padded input, or the stride or window is not positive, or the padding is negative.
/// Every layer and `im2col` size their outputs with it, so no geometry traps.
public func convolutionOutputSize(inputSize: Int, windowSize: Int, stride: Int, pad: Int) -> Int {
    guard stride > 0, pad >= 0, windowSize > 0 else { return 0 }
    let span = inputSize + 2 * pad - windowSize
    guard span >= 0 else { return 0 }
    return span / stride + 1
}

/// The shape bookkeeping of sliding a (FH × FW) window over an NCHW batch.
struct WindowGeometry {
    let batch: Int, channels: Int, height: Int, width: Int
    let windowHeight: Int, windowWidth: Int, stride: Int, pad: Int
    let outputHeight: Int, outputWidth: Int

    init(inputShape: [Int], windowHeight: Int, windowWidth: Int, stride: Int, pad: Int) {
        precondition(inputShape.count == 4, "expected an NCHW input (N, C, H, W), got shape \(inputShape)")
        batch = inputShape[0]; channels = inputShape[1]; height = inputShape[2]; width = inputShape[3]
        self.windowHeight = windowHeight; self.windowWidth = windowWidth
        self.stride = stride; self.pad = pad
        outputHeight = convolutionOutputSize(inputSize: height, windowSize: windowHeight, stride: stride, pad: pad)
        outputWidth = convolutionOutputSize(inputSize: width, windowSize: windowWidth, stride: stride, pad: pad)
    }

    /// Output positions per image (OH·OW).
    var positions: Int { outputHeight * outputWidth }
    /// Entries per im2col row (C·FH·FW).
    var patchSize: Int { channels * windowHeight * windowWidth }
}

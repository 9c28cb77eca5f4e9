/// The output size of a convolution or pooling window sliding over one spatial axis:
/// (size + 2·pad − window)/stride + 1, or nil when that is not a whole number ≥ 1
/// (so a lesson can refuse a knob setting instead of trapping).
public func convolutionOutputSizeIfValid(inputSize: Int, windowSize: Int, stride: Int, pad: Int) -> Int? {
    guard stride > 0, pad >= 0, windowSize > 0 else { return nil }
    let span = inputSize + 2 * pad - windowSize
    guard span >= 0, span % stride == 0 else { return nil }
    return span / stride + 1
}

/// The output size (H + 2P − FH)/S + 1 of a convolution or pooling along one axis.
/// - Precondition: the division is exact and the window fits in the padded input.
public func convolutionOutputSize(inputSize: Int, windowSize: Int, stride: Int, pad: Int) -> Int {
    guard let size = convolutionOutputSizeIfValid(inputSize: inputSize, windowSize: windowSize,
                                                  stride: stride, pad: pad) else {
        preconditionFailure("""
            convolution output size is not a whole number: (H + 2·pad − window)/stride + 1 \
            = (\(inputSize) + 2·\(pad) − \(windowSize))/\(stride) + 1; \
            choose pad/stride so that \(inputSize + 2 * pad - windowSize) is a non-negative multiple of \(stride)
            """)
    }
    return size
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

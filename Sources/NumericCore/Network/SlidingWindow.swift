/// Why a sliding-window scan refused its input.
public enum SlidingWindowError: Error, Equatable, CustomStringConvertible {
    /// The stride is below 1 (a window that never moves).
    case strideBelowOne(Int)
    /// The image is smaller than one window in height or width: no window fits.
    case imageSmallerThanWindow(height: Int, width: Int, window: Int)

    /// The reason in English (lessons word it in the language shown).
    public var description: String {
        switch self {
        case let .strideBelowOne(s):
            return "stride \(s) is below 1: the window must move at least one pixel per step"
        case let .imageSmallerThanWindow(h, w, window):
            return "the image (\(h)×\(w)) is smaller than one \(window)×\(window) window: no window fits"
        }
    }
}

/// Running a window classifier over a larger image, the slow way and the convolutional way
/// (Ng course 4 week 3; OverFeat). The classifier is a `Sequential` of convolutions, pooling,
/// ReLU and affine layers made for single-channel window×window inputs.
///
/// - `slow`: crop every window at `stride` and run the classifier on each crop, one at a time.
/// - `convolutional`: one forward pass over the whole image of `Sequential.convolutionalized`
///   (the affine layers as convolutions): its output holds the scores of every window whose
///   corner is a multiple of the net's stride (`netStride`, the product of its layers'
///   strides). At `stride == netStride` both give the same map, up to rounding (the sums
///   are the same, grouped differently).
public enum SlidingWindow {
    /// The product of the strides of the net's convolutions and pooling layers: how far apart
    /// the windows of the convolutional way are (4 for conv stride 1 then a 4×4 pool stride 4).
    public static func netStride(of net: Sequential) -> Int {
        net.layers.reduce(1) { s, layer in
            switch layer {
            case let c as Convolution: return s * c.stride
            case let p as MaxPooling: return s * p.stride
            case let p as AveragePooling: return s * p.stride
            default: return s
            }
        }
    }

    /// Windows along an axis of `size` pixels: ⌊(size − window)/stride⌋ + 1.
    public static func windowCount(size: Int, window: Int, stride: Int) -> Int {
        convolutionOutputSize(inputSize: size, windowSize: window, stride: stride, pad: 0)
    }

    /// Checks a scan's input: stride ≥ 1 and an image (H, W) at least one window in each direction.
    public static func check(image: Tensor, window: Int, stride: Int) throws(SlidingWindowError) {
        guard stride >= 1 else { throw .strideBelowOne(stride) }
        precondition(image.rank == 2, "SlidingWindow: the image must be (H, W), got \(image.shape)")
        let h = image.shape[0], w = image.shape[1]
        guard h >= window, w >= window else { throw .imageSmallerThanWindow(height: h, width: w, window: window) }
    }

    /// The window with top-left corner (`x`, `y`) of the (H, W) `image`, as a (1, 1, window, window) batch.
    public static func crop(_ image: Tensor, x: Int, y: Int, window: Int) -> Tensor {
        let w = image.shape[1]
        var out = [Double](repeating: 0, count: window * window)
        image.scalars.withUnsafeBufferPointer { src in
            for r in 0..<window {
                for c in 0..<window { out[r &* window &+ c] = src[(y &+ r) &* w &+ x &+ c] }
            }
        }
        return Tensor(shape: [1, 1, window, window], scalars: out)
    }

    /// The slow way: the classifier's scores (before softmax) for every window at `stride`,
    /// one forward pass per window, as a (K, rows, columns) tensor; entry (k, i, j) belongs to
    /// the window with top-left corner (j·stride, i·stride).
    /// - Throws: `SlidingWindowError` for a stride below 1 or an image smaller than a window.
    public static func slow(classifier: Sequential, image: Tensor, window: Int, stride: Int) throws(SlidingWindowError) -> Tensor {
        try check(image: image, window: window, stride: stride)
        let rows = windowCount(size: image.shape[0], window: window, stride: stride)
        let columns = windowCount(size: image.shape[1], window: window, stride: stride)
        var scores: [Double] = []
        var classes = 0
        for i in 0..<rows {
            let row = slowRow(classifier: classifier, image: image, window: window, stride: stride, row: i)
            classes = row.count / Swift.max(1, columns)
            scores += row
        }
        // (rows, columns, K) → (K, rows, columns)
        var out = [Double](repeating: 0, count: scores.count)
        for p in 0..<(rows * columns) {
            for k in 0..<classes { out[k * rows * columns + p] = scores[p * classes + k] }
        }
        return Tensor(shape: [classes, rows, columns], scalars: out)
    }

    /// One row of the slow way (windows with top y = `row`·stride, left to right): the scores
    /// of each window in turn, K per window. Lets a live cell scan a row per step.
    public static func slowRow(classifier: Sequential, image: Tensor, window: Int, stride: Int, row: Int) -> [Double] {
        let columns = windowCount(size: image.shape[1], window: window, stride: stride)
        var out: [Double] = []
        for j in 0..<columns {
            out += classifier.predict(crop(image, x: j * stride, y: row * stride, window: window)).scalars
        }
        return out
    }

    /// The convolutional way: one forward pass of `convolutional` (a classifier turned by
    /// `Sequential.convolutionalized`) over the whole (H, W) image, as a (K, rows, columns)
    /// tensor; entry (k, i, j) belongs to the window with top-left corner (j·s, i·s), s the
    /// net's stride.
    /// - Throws: `SlidingWindowError.imageSmallerThanWindow` when no window fits.
    public static func convolutional(_ convolutional: Sequential, image: Tensor, window: Int) throws(SlidingWindowError) -> Tensor {
        try check(image: image, window: window, stride: 1)
        let out = convolutional.predict(image.reshaped([1, 1, image.shape[0], image.shape[1]]))
        return out.reshaped(Array(out.shape.dropFirst()))
    }
}

extension Sequential {
    /// The same classifier as a fully convolutional net, for windows of shape `input`
    /// (channels, height, width): convolutions, pooling and ReLU layers are kept (fresh layers
    /// with copies of the weights), and each `Affine` becomes `Affine.asConvolution` over the
    /// shape that reaches it (the first over the last pooled map, the later ones as 1×1
    /// convolutions). On one window it gives the classifier's scores as (N, K, 1, 1); on a
    /// larger image, every window's scores at once (see `SlidingWindow.convolutional`).
    /// Every convolution and pooling layer must be unpadded, so that a window's numbers do not
    /// depend on where it sits; other layer kinds (batch norm, dropout) are not supported.
    public func convolutionalized(input: (channels: Int, height: Int, width: Int)) -> Sequential {
        var (c, h, w) = input
        var out: [any Layer] = []
        for layer in layers {
            switch layer {
            case let conv as Convolution:
                precondition(conv.pad == 0, "Sequential.convolutionalized: a padded convolution is not a sliding window")
                out.append(Convolution(weight: conv.weight.value, bias: conv.bias.value, stride: conv.stride, pad: 0,
                                       weightName: conv.weight.name, biasName: conv.bias.name))
                let shape = conv.outputShape(for: [1, c, h, w])
                (c, h, w) = (shape[1], shape[2], shape[3])
            case let pool as MaxPooling:
                precondition(pool.pad == 0, "Sequential.convolutionalized: a padded pooling is not a sliding window")
                out.append(MaxPooling(poolHeight: pool.poolHeight, poolWidth: pool.poolWidth, stride: pool.stride))
                h = convolutionOutputSize(inputSize: h, windowSize: pool.poolHeight, stride: pool.stride, pad: 0)
                w = convolutionOutputSize(inputSize: w, windowSize: pool.poolWidth, stride: pool.stride, pad: 0)
            case let pool as AveragePooling:
                precondition(pool.pad == 0, "Sequential.convolutionalized: a padded pooling is not a sliding window")
                out.append(AveragePooling(poolHeight: pool.poolHeight, poolWidth: pool.poolWidth, stride: pool.stride))
                h = convolutionOutputSize(inputSize: h, windowSize: pool.poolHeight, stride: pool.stride, pad: 0)
                w = convolutionOutputSize(inputSize: w, windowSize: pool.poolWidth, stride: pool.stride, pad: 0)
            case let affine as Affine:
                out.append(affine.asConvolution(channels: c, height: h, width: w))
                (c, h, w) = (affine.outputSize, 1, 1)
            case is ReLU:
                out.append(ReLU())
            default:
                preconditionFailure("Sequential.convolutionalized: \(layer.name) is not supported")
            }
        }
        return Sequential(layers: out)
    }

    /// Multiply-adds of one forward pass on a (1, channels, height, width) input: each
    /// convolution OH·OW·FN·C·FH·FW, each affine in·out (pooling and activations count none).
    public func multiplyAdds(input: (channels: Int, height: Int, width: Int)) -> Int {
        var (c, h, w) = input
        var total = 0
        for layer in layers {
            switch layer {
            case let conv as Convolution:
                let shape = conv.outputShape(for: [1, c, h, w])
                total += shape[2] * shape[3] * conv.filterCount * conv.channels * conv.filterHeight * conv.filterWidth
                (c, h, w) = (shape[1], shape[2], shape[3])
            case let pool as MaxPooling:
                h = convolutionOutputSize(inputSize: h, windowSize: pool.poolHeight, stride: pool.stride, pad: pool.pad)
                w = convolutionOutputSize(inputSize: w, windowSize: pool.poolWidth, stride: pool.stride, pad: pool.pad)
            case let pool as AveragePooling:
                h = convolutionOutputSize(inputSize: h, windowSize: pool.poolHeight, stride: pool.stride, pad: pool.pad)
                w = convolutionOutputSize(inputSize: w, windowSize: pool.poolWidth, stride: pool.stride, pad: pool.pad)
            case let affine as Affine:
                total += affine.inputSize * affine.outputSize
                (c, h, w) = (affine.outputSize, 1, 1)
            default: break
            }
        }
        return total
    }
}

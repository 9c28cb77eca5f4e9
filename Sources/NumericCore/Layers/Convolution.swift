/// The convolution layer (the book's `Convolution`; cross-correlation, as in the book):
/// filters W (FN, C, FH, FW), bias b (FN), stride and zero padding, on NCHW batches.
///
/// Forward unrolls the input with `im2col` and computes col·Wᵀ + b, one row per output
/// position, then reorders to (N, FN, OH, OW). Output size (H + 2P − FH)/S + 1 must be a
/// whole number.
public final class Convolution: Layer {
    /// The filters (FN, C, FH, FW); decay under L2 regularization.
    public let weight: Parameter
    /// One bias per filter (FN).
    public let bias: Parameter
    /// The step between window positions.
    public let stride: Int
    /// Zero padding added on every side.
    public let pad: Int
    /// When false, `backward` skips dx (dcol = dout·W and col2im) and returns an empty
    /// tensor. `Sequential` sets it on its first layer.
    public var computesInputGradient = true

    private var inputShape: [Int] = []
    private var columns = Tensor.zeros([0])

    /// A layer with the given filters (FN, C, FH, FW) and biases (FN).
    public init(weight: Tensor, bias: Tensor, stride: Int = 1, pad: Int = 0,
                weightName: String = "W", biasName: String = "b") {
        precondition(weight.rank == 4 && bias.count == weight.shape[0],
                     "Convolution: filters \(weight.shape) and bias \(bias.shape) do not fit")
        precondition(stride > 0 && pad >= 0, "Convolution: stride must be positive and pad non-negative")
        self.weight = Parameter(name: weightName, value: weight, decays: true)
        self.bias = Parameter(name: biasName, value: bias.reshaped([bias.count]))
        self.stride = stride
        self.pad = pad
    }

    /// A layer of `filters` filters of size (channels, filterHeight, filterWidth) drawn by
    /// `initializer` (fan-in C·FH·FW) and zero biases.
    public convenience init(filters: Int, channels: Int, filterHeight: Int, filterWidth: Int,
                            stride: Int = 1, pad: Int = 0, init initializer: WeightInit,
                            using rng: inout Xoshiro256StarStar,
                            weightName: String = "W", biasName: String = "b") {
        let fanIn = channels * filterHeight * filterWidth
        self.init(weight: initializer.sample([filters, channels, filterHeight, filterWidth], fanIn: fanIn, using: &rng),
                  bias: .zeros([filters]), stride: stride, pad: pad, weightName: weightName, biasName: biasName)
    }

    /// Number of filters (output channels).
    public var filterCount: Int { weight.value.shape[0] }
    /// Input channels each filter spans.
    public var channels: Int { weight.value.shape[1] }
    /// Filter height.
    public var filterHeight: Int { weight.value.shape[2] }
    /// Filter width.
    public var filterWidth: Int { weight.value.shape[3] }

    /// The display name.
    public var name: String { "Conv \(filterCount)×\(filterHeight)×\(filterWidth)" }
    /// The trainable parameters, in order.
    public var parameters: [Parameter] { [weight, bias] }

    /// The output shape (N, FN, OH, OW) for an input of `inputShape` (N, C, H, W).
    public func outputShape(for inputShape: [Int]) -> [Int] {
        let g = WindowGeometry(inputShape: inputShape, windowHeight: filterHeight, windowWidth: filterWidth,
                               stride: stride, pad: pad)
        return [g.batch, filterCount, g.outputHeight, g.outputWidth]
    }

    /// im2col, then col·Wᵀ + b, reordered to (N, FN, OH, OW).
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 4 && x.shape[1] == channels,
                     "Convolution: input \(x.shape) must be (N, \(channels), H, W)")
        let g = WindowGeometry(inputShape: x.shape, windowHeight: filterHeight, windowWidth: filterWidth,
                               stride: stride, pad: pad)
        inputShape = x.shape
        columns = im2col(x, filterHeight: filterHeight, filterWidth: filterWidth, stride: stride, pad: pad)
        let fn = filterCount
        let filters = weight.value.reshaped([fn, g.patchSize])
        var rowsOut = MatMul.multiplyTransposedB(columns, filters)   // (N·OH·OW, FN)
        LayerKernels.addRowVector(&rowsOut, bias.value)
        return rowsOut.scalars.withUnsafeBufferPointer { src in
            LayerKernels.makeTensor([g.batch, fn, g.outputHeight, g.outputWidth]) { dst, _ in
                LayerKernels.swapLastAxes(src.baseAddress!, n: g.batch, p: g.positions, q: fn, into: dst)
            }
        }
    }

    /// db = Σ dout, dW = doutᵀ·col, dx = col2im(dout·W) (unless `computesInputGradient` is off).
    public func backward(_ dout: Tensor) -> Tensor {
        let fn = filterCount
        let n = inputShape[0]
        let positions = dout.count / (n * fn)
        let d = dout.scalars.withUnsafeBufferPointer { src in   // (N·OH·OW, FN)
            LayerKernels.makeTensor([n * positions, fn]) { dst, _ in
                LayerKernels.swapLastAxes(src.baseAddress!, n: n, p: fn, q: positions, into: dst)
            }
        }
        bias.grad = LayerKernels.columnSums(d, width: fn)
        weight.grad = MatMul.multiplyTransposedA(d, columns).reshaped(weight.value.shape)
        guard computesInputGradient else { return Tensor.zeros([0]) }
        let filters = weight.value.reshaped([fn, columns.shape[1]])
        let dcol = MatMul.multiply(d, filters)
        return col2im(dcol, inputShape: inputShape, filterHeight: filterHeight, filterWidth: filterWidth,
                      stride: stride, pad: pad)
    }
}

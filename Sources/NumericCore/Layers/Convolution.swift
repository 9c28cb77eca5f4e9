/// The convolution layer (the book's `Convolution`; cross-correlation, as in the book):
/// filters W (FN, C, FH, FW), bias b (FN), stride and zero padding, on NCHW batches.
///
/// Forward unrolls the input with `im2col` and multiplies by the filters: W·colᵀ + b image
/// by image when the output planes are large (already in (N, FN, OH, OW) order), else
/// col·Wᵀ + b over the whole batch, reordered; inference with few filters computes the same
/// bits straight from the image (`DirectConvolution`). Output size ⌊(H + 2P − FH)/S⌋ + 1, as
/// the book's integer division: a last window that would hang over the edge is dropped (see
/// `convolutionOutputSize`). An empty batch (N = 0) gives an empty output and zero gradients.
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
    private var positions = 0   // OH·OW of the last forward
    private var columns = Tensor.zeros([0])
    /// The input of the last forward when it took the direct path (no columns): a backward
    /// after it unrolls the columns then.
    private var directInput: Tensor?
    // Scratch reused across iterations while shapes stay the same (never escapes the layer):
    // the (N·OH·OW, FN) product of a batch-wide forward.
    private var rowScratch: [Double] = []

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
        positions = g.positions
        if !training && DirectConvolution.applies(filters: filterCount, geometry: g) {
            // Inference with few filters: no columns to keep, no thin product (see DirectConvolution).
            columns = Tensor.zeros([0])
            directInput = x
            return x.scalars.withUnsafeBufferPointer { px in
                weight.value.scalars.withUnsafeBufferPointer { pw in
                    bias.value.scalars.withUnsafeBufferPointer { pb in
                        LayerKernels.makeTensor([g.batch, filterCount, g.outputHeight, g.outputWidth]) { dst, _ in
                            DirectConvolution.forward(px.baseAddress!, g, filters: pw.baseAddress!, filterCount: filterCount,
                                                      bias: pb.baseAddress!, into: dst)
                        }
                    }
                }
            }
        }
        directInput = nil
        let rows = g.batch * g.positions, patch = g.patchSize
        if columns.shape != [rows, patch] { columns = Tensor.zeros([rows, patch]) }
        x.scalars.withUnsafeBufferPointer { src in
            columns.scalars.withUnsafeMutableBufferPointer { dst in
                if rows * patch > 0 { Im2ColKernel.unroll(src.baseAddress!, g, into: dst.baseAddress!) }
            }
        }
        let fn = filterCount
        let product = rows * fn
        guard product > 0 else { return Tensor.zeros([g.batch, fn, g.outputHeight, g.outputWidth]) }
        if g.positions >= Self.perImageForwardPositions {
            return forwardImageByImage(g)
        }
        if rowScratch.count != product { rowScratch = [Double](repeating: 0, count: product) }
        return columns.scalars.withUnsafeBufferPointer { pc in
            weight.value.scalars.withUnsafeBufferPointer { pw in
                bias.value.scalars.withUnsafeBufferPointer { pb in
                    rowScratch.withUnsafeMutableBufferPointer { pr in
                        // (N·OH·OW, FN) = col·Wᵀ, then + b while reordering to (N, FN, OH·OW).
                        MatMul.gemm(transposeB: true, m: rows, n: fn, k: patch,
                                    a: pc.baseAddress!, lda: patch, b: pw.baseAddress!, ldb: patch,
                                    beta: 0, c: pr.baseAddress!, ldc: fn)
                        return LayerKernels.makeTensor([g.batch, fn, g.outputHeight, g.outputWidth]) { dst, _ in
                            LayerKernels.swapLastAxes(UnsafePointer(pr.baseAddress!), n: g.batch, p: g.positions, q: fn,
                                                      adding: pb.baseAddress!, into: dst)
                        }
                    }
                }
            }
        }
    }

    /// Output planes of at least this many positions are computed image by image, already in
    /// (FN, OH·OW) order; smaller ones (7×7) as one product over the batch, then reordered.
    static let perImageForwardPositions = 64

    /// out[n] (FN × OH·OW) = W (FN × C·FH·FW) · col[n]ᵀ + b, one product per image, images
    /// split over the cores. The output needs no reordering (the (N·OH·OW, FN) product and its
    /// transpose were ~10 % of a SimpleConvNet iteration), and the product is wide (n = OH·OW)
    /// instead of thin (n = FN). Every element sums the same products in the same order as
    /// col·Wᵀ, then adds its bias, so the bits are the same.
    private func forwardImageByImage(_ g: WindowGeometry) -> Tensor {
        let fn = filterCount, positions = g.positions, patch = g.patchSize
        return columns.scalars.withUnsafeBufferPointer { pc in
            weight.value.scalars.withUnsafeBufferPointer { pw in
                bias.value.scalars.withUnsafeBufferPointer { pb in
                    LayerKernels.makeTensor([g.batch, fn, g.outputHeight, g.outputWidth]) { dst, _ in
                        LayerKernels.forEachPiece(of: g.batch, work: g.batch * positions * fn * patch) { images in
                            for n in images {
                                let out = dst + n * fn * positions
                                MatMul.gemm(transposeB: true, m: fn, n: positions, k: patch,
                                            a: pw.baseAddress!, lda: patch,
                                            b: pc.baseAddress! + n * positions * patch, ldb: patch,
                                            c: out, ldc: positions)
                                for f in 0..<fn {
                                    let row = out + f * positions, b = pb[f]
                                    for j in 0..<positions { row[j] += b }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// db = Σ dout, dW = doutᵀ·col, dx = col2im(dout·W) (unless `computesInputGradient` is off).
    public func backward(_ dout: Tensor) -> Tensor {
        let fn = filterCount
        let n = inputShape[0]
        precondition(dout.count == n * fn * positions,
                     "Convolution.backward: dout \(dout.shape) does not match the last forward")
        if let x = directInput {
            columns = im2col(x, filterHeight: filterHeight, filterWidth: filterWidth, stride: stride, pad: pad)
            directInput = nil
        }
        let patch = columns.shape[1]
        let (db, dw) = parameterGradients(dout, images: n, patch: patch)
        bias.grad = Tensor(shape: [fn], scalars: db)
        weight.grad = Tensor(shape: weight.value.shape, scalars: dw)
        guard computesInputGradient else { return Tensor.zeros([0]) }
        // dx = col2im(dout·W), one L2-sized block of dout·W at a time (`foldProduct`).
        let g = WindowGeometry(inputShape: inputShape, windowHeight: filterHeight, windowWidth: filterWidth,
                               stride: stride, pad: pad)
        var dx = [Double](repeating: 0, count: inputShape.reduce(1, *))
        if n * positions * fn > 0 {
            dout.scalars.withUnsafeBufferPointer { pd in
                weight.value.scalars.withUnsafeBufferPointer { pw in
                    dx.withUnsafeMutableBufferPointer { px in
                        Im2ColKernel.foldProduct(pd.baseAddress!, filters: pw.baseAddress!, filterCount: fn, g,
                                                 into: px.baseAddress!)
                    }
                }
            }
        }
        return Tensor(shape: inputShape, scalars: dx)
    }

    /// db = Σ dout over images and positions; dW = Σ over images of dout[n] (FN × OH·OW) ·
    /// col[n] (OH·OW × C·FH·FW) — read in dout's own (N, FN, OH·OW) layout, so nothing is
    /// reordered (the swap to (N·OH·OW, FN) was 7 % of a SimpleConvNet iteration). The images
    /// go in `LayerKernels.pieces` fixed consecutive groups, side by side on the cores; each
    /// group sums its images in order into its own partial gradients, and the partials are
    /// added in group order, so the bits never depend on the number of cores.
    private func parameterGradients(_ dout: Tensor, images n: Int, patch: Int) -> (db: [Double], dw: [Double]) {
        let fn = filterCount, positions = self.positions
        let groups = min(LayerKernels.pieces, n)
        guard groups > 0, positions > 0 else {
            return ([Double](repeating: 0, count: fn), [Double](repeating: 0, count: fn * patch))
        }
        let stride = fn + fn * patch   // one group's partial db, then dW
        var partials = [Double](repeating: 0, count: groups * stride)
        dout.scalars.withUnsafeBufferPointer { pd in
            columns.scalars.withUnsafeBufferPointer { pc in
                partials.withUnsafeMutableBufferPointer { pp in
                    nonisolated(unsafe) let d = pd.baseAddress!, col = pc.baseAddress, out = pp.baseAddress!
                    ConcurrentWork.forEach(groups) { group in
                        let db = out + group * stride, dw = db + fn
                        for (k, image) in split(0..<n, part: group, of: groups).enumerated() {
                            let planes = d + image * fn * positions
                            for f in 0..<fn {
                                let plane = planes + f * positions
                                var sum = 0.0
                                for p in 0..<positions { sum += plane[p] }
                                db[f] += sum
                            }
                            if patch > 0, let col {
                                MatMul.gemm(m: fn, n: patch, k: positions, a: planes, lda: positions,
                                            b: col + image * positions * patch, ldb: patch,
                                            beta: k == 0 ? 0 : 1, c: dw, ldc: patch)
                            }
                        }
                    }
                }
            }
        }
        var db = Array(partials[0..<fn]), dw = Array(partials[fn..<stride])
        for group in 1..<groups {
            let base = group * stride
            for f in 0..<fn { db[f] += partials[base + f] }
            for i in 0..<(fn * patch) { dw[i] += partials[base + fn + i] }
        }
        return (db, dw)
    }
}

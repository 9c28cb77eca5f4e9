/// The fully connected layer y = x·W + b (the book's `Affine`): W is (in × out), b has
/// `out` entries. An input of any rank is flattened to (N, −1), and dx is reshaped back to
/// the input's shape, as in the book; a 1-D input is one sample.
public final class Affine: StatelessInference {
    /// The weight matrix W (in × out); decays under L2 regularization.
    public let weight: Parameter
    /// The bias vector b (out).
    public let bias: Parameter
    /// When false, `backward` skips dx = dout·Wᵀ and returns an empty tensor. `Sequential`
    /// sets it on its first layer, whose input gradient nobody reads.
    public var computesInputGradient = true

    private var input = Tensor.zeros([0])
    private var inputShape: [Int] = []

    /// A layer with the given initial weight (in × out) and bias (out).
    public init(weight: Tensor, bias: Tensor, weightName: String = "W", biasName: String = "b") {
        precondition(weight.rank == 2 && bias.count == weight.shape[1],
                     "Affine: weight \(weight.shape) and bias \(bias.shape) do not fit")
        self.weight = Parameter(name: weightName, value: weight, decays: true)
        self.bias = Parameter(name: biasName, value: bias.reshaped([bias.count]))
    }

    /// A layer with weights drawn by `initializer` (fan-in = `inputSize`) and zero biases.
    public convenience init(inputSize: Int, outputSize: Int, init initializer: WeightInit,
                            using rng: inout Xoshiro256StarStar,
                            weightName: String = "W", biasName: String = "b") {
        self.init(weight: initializer.sample([inputSize, outputSize], fanIn: inputSize, using: &rng),
                  bias: .zeros([outputSize]), weightName: weightName, biasName: biasName)
    }

    /// Number of inputs per sample.
    public var inputSize: Int { weight.value.shape[0] }
    /// Number of outputs per sample.
    public var outputSize: Int { weight.value.shape[1] }

    /// The display name.
    public var name: String { "Affine \(inputSize)→\(outputSize)" }
    /// The trainable parameters, in order.
    public var parameters: [Parameter] { [weight, bias] }

    /// y = x·W + b for x flattened to (N, in).
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        inputShape = x.shape
        let flat = flattened(x)
        input = flat
        var out = MatMul.multiply(flat, weight.value)
        LayerKernels.addRowVector(&out, bias.value)
        return out
    }

    /// x·W + b for rows `rows` of x flattened to (N, in), read in place.
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor {
        let flat = flattened(x), k = inputSize, n = outputSize
        precondition(rows.upperBound <= flat.shape[0], "Affine.infer: rows \(rows) of a batch of \(flat.shape[0])")
        var out = flat.scalars.withUnsafeBufferPointer { px in
            weight.value.scalars.withUnsafeBufferPointer { pw in
                LayerKernels.makeTensor([rows.count, n]) { c, _ in
                    MatMul.gemm(m: rows.count, n: n, k: k, a: px.baseAddress! + rows.lowerBound * k, lda: k,
                                b: pw.baseAddress!, ldb: n, c: c, ldc: n)
                }
            }
        }
        LayerKernels.addRowVector(&out, bias.value)
        return out
    }

    /// x as (N, in); explicit extents rather than −1, which cannot be inferred for an empty batch.
    private func flattened(_ x: Tensor) -> Tensor {
        let flat = x.rank == 2 ? x : x.reshaped(x.rank <= 1 ? [1, x.count] : [x.shape[0], x.columns])
        precondition(flat.shape[1] == inputSize,
                     "Affine: input \(x.shape) has \(flat.shape[1]) features, the layer takes \(inputSize)")
        return flat
    }

    /// dW = xᵀ·dout, db = Σ dout over the batch, dx = dout·Wᵀ (reshaped to the input's shape).
    public func backward(_ dout: Tensor) -> Tensor {
        let d = dout.rank == 2 ? dout : dout.reshaped([input.shape[0], outputSize])
        weight.grad = MatMul.multiplyTransposedA(input, d)
        bias.grad = LayerKernels.columnSums(d, width: outputSize)
        guard computesInputGradient else { return Tensor.zeros([0]) }
        return MatMul.multiplyTransposedB(d, weight.value).reshaped(inputShape)
    }
}

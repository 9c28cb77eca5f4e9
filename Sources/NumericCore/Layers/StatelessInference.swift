import RealModule

/// A layer whose inference-mode forward pass needs nothing remembered: `infer` gives the
/// bits of `forward(x, training: false)` restricted to some rows of the batch, and may run
/// on several threads at once on the same layer (it writes no state). `Sequential.accuracy`
/// evaluates a large set through it a piece of rows per core: every row of a product is
/// summed alone, in the same order whatever the rows around it, so the pieces give the
/// whole batch's bits, without splitting each product and waiting for every piece.
public protocol StatelessInference: Layer {
    /// The inference output for rows `rows` of the batch `x` (the first axis), as a batch of
    /// `rows.count`.
    func infer(_ x: Tensor, rows: Range<Int>) -> Tensor
}

extension LayerKernels {
    /// A tensor of rows `rows` of `x` (first axis), written by `fill(source, destination,
    /// count)` from those rows' elements; serial, for a piece of work that is already one of
    /// several side by side.
    static func fromRows(_ x: Tensor, _ rows: Range<Int>,
                         _ fill: (UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void) -> Tensor {
        let width = x.rank <= 1 ? x.count : x.columns
        let shape = x.rank <= 1 ? [rows.count * width] : [rows.count] + x.shape.dropFirst()
        return x.scalars.withUnsafeBufferPointer { src in
            makeTensor(shape) { dst, n in fill(src.baseAddress! + rows.lowerBound * width, dst, n) }
        }
    }

    /// `transform` applied to every element of rows `rows` of `x` (see `fromRows`).
    static func mapRows(_ x: Tensor, _ rows: Range<Int>, _ transform: (Double) -> Double) -> Tensor {
        fromRows(x, rows) { src, dst, n in for i in 0..<n { dst[i] = transform(src[i]) } }
    }
}

extension ReLU: StatelessInference {
    /// max(0, x) for rows `rows`.
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor { LayerKernels.mapRows(x, rows) { $0 > 0 ? $0 : 0 } }
}

extension Sigmoid: StatelessInference {
    /// 1/(1 + e^(−x)) for rows `rows`.
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor {
        LayerKernels.fromRows(x, rows) { src, dst, n in vectorSigmoid(src, dst, count: n) }
    }
}

extension Tanh: StatelessInference {
    /// tanh x for rows `rows`.
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor { LayerKernels.mapRows(x, rows) { Double.tanh($0) } }
}

extension LeakyReLU: StatelessInference {
    /// x, or α·x below zero, for rows `rows`.
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor {
        let a = alpha
        return LayerKernels.mapRows(x, rows) { $0 > 0 ? $0 : a * $0 }
    }
}

extension Dropout: StatelessInference {
    /// x times the inference scale (1 − ratio in the book's form, 1 when inverted).
    public func infer(_ x: Tensor, rows: Range<Int>) -> Tensor {
        let s = inferenceScale
        return LayerKernels.mapRows(x, rows) { s == 1 ? $0 : $0 * s }
    }
}

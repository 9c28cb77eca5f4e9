import RealModule

/// Softmax over the last axis of `x` (each row of a 2-D batch; the whole vector of a 1-D
/// tensor), as in the book: the row maximum is subtracted first, so large inputs such as
/// [1010, 1000, 990] give finite probabilities instead of inf/inf.
public func softmax(_ x: Tensor) -> Tensor {
    guard x.count > 0 else { return x }
    let width = x.shape.last ?? 1
    let rowCount = x.count / width
    var out = x.scalars
    out.withUnsafeMutableBufferPointer { p in
        LayerKernels.softmaxRows(p.baseAddress!, rows: rowCount, width: width)
    }
    return Tensor(shape: x.shape, scalars: out)
}

/// Softmax of a vector of scores (the max is subtracted first, like `softmax(_: Tensor)`).
public func softmax(_ values: [Double]) -> [Double] {
    softmax(Tensor(values)).scalars
}

extension LayerKernels {
    /// In-place row-wise softmax of a (rows × width) row-major block.
    static func softmaxRows(_ p: UnsafeMutablePointer<Double>, rows: Int, width: Int) {
        for r in 0..<rows {
            let row = p + r &* width
            var m = -Double.infinity
            for j in 0..<width where row[j] > m { m = row[j] }
            var total = 0.0
            for j in 0..<width {
                let e = Double.exp(row[j] - m)
                row[j] = e
                total += e
            }
            for j in 0..<width { row[j] /= total }
        }
    }
}

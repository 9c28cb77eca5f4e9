/// Reductions: sum, mean, max and argmax, over all elements or along an axis of a 2-D
/// tensor (axis 0 reduces down the columns, axis 1 across each row).
extension Tensor {
    /// The sum of all elements.
    public func sum() -> Double {
        scalars.withUnsafeBufferPointer { p in
            var s = 0.0
            for x in p { s += x }
            return s
        }
    }

    /// The mean of all elements.
    public func mean() -> Double { count == 0 ? .nan : sum() / Double(count) }

    /// The largest element (NaN if the tensor is empty).
    public func max() -> Double { scalars.max() ?? .nan }

    /// The smallest element (NaN if the tensor is empty).
    public func min() -> Double { scalars.min() ?? .nan }

    /// The flat index of the largest element (the first one on ties).
    public func argmax() -> Int {
        var best = 0
        for i in 1..<Swift.max(count, 1) where scalars[i] > scalars[best] { best = i }
        return best
    }

    private func reduce2D(axis: Int, initial: Double, _ combine: (Double, Double) -> Double) -> Tensor {
        let r = rows, c = columns
        precondition(axis == 0 || axis == 1, "Tensor: axis must be 0 or 1, got \(axis)")
        if axis == 0 {
            var out = [Double](repeating: initial, count: c)
            scalars.withUnsafeBufferPointer { p in
                for i in 0..<r {
                    let base = i &* c
                    for j in 0..<c { out[j] = combine(out[j], p[base &+ j]) }
                }
            }
            return Tensor(shape: [c], scalars: out)
        }
        var out = [Double](repeating: initial, count: r)
        scalars.withUnsafeBufferPointer { p in
            for i in 0..<r {
                var acc = initial
                let base = i &* c
                for j in 0..<c { acc = combine(acc, p[base &+ j]) }
                out[i] = acc
            }
        }
        return Tensor(shape: [r], scalars: out)
    }

    /// Sums along `axis` of a 2-D tensor (axis 0: one value per column; axis 1: per row).
    public func sum(axis: Int) -> Tensor { reduce2D(axis: axis, initial: 0, +) }

    /// Means along `axis` of a 2-D tensor.
    public func mean(axis: Int) -> Tensor {
        let n = Double(axis == 0 ? rows : columns)
        return sum(axis: axis) / n
    }

    /// Maxima along `axis` of a 2-D tensor.
    public func max(axis: Int) -> Tensor { reduce2D(axis: axis, initial: -.infinity) { Swift.max($0, $1) } }

    /// For each row (axis 1) or column (axis 0) of a 2-D tensor, the index of its largest
    /// element (the first on ties).
    public func argmax(axis: Int) -> [Int] {
        let r = rows, c = columns
        if axis == 1 {
            return (0..<r).map { i in
                var best = 0
                let base = i * c
                for j in 1..<Swift.max(c, 1) where scalars[base + j] > scalars[base + best] { best = j }
                return best
            }
        }
        precondition(axis == 0, "Tensor.argmax: axis must be 0 or 1, got \(axis)")
        return (0..<c).map { j in
            var best = 0
            for i in 1..<Swift.max(r, 1) where scalars[i * c + j] > scalars[best * c + j] { best = i }
            return best
        }
    }
}

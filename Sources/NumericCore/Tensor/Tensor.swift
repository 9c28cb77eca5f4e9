/// A dense, row-major array of `Double` with a shape: the value every part of the
/// numeric core passes around (inputs, weights, gradients, activations).
///
/// `Tensor` is a value type backed by a copy-on-write `[Double]`, so it can be passed and
/// stored freely; hot loops reach the storage through `withUnsafeBufferPointer` /
/// `withUnsafeMutableBufferPointer` to avoid bounds and exclusivity checks.
///
/// Conventions (see DESIGN.md): row-major storage; image batches are NCHW; filters are
/// (out, in, kh, kw); a 2-D tensor of shape (n, d) is a batch of n row vectors.
public struct Tensor: Sendable, Equatable {
    /// The extent of each axis; the product of the entries is `count`.
    public private(set) var shape: [Int]
    /// The elements in row-major order.
    public var scalars: [Double]

    /// A tensor of the given shape holding `scalars` in row-major order.
    /// - Precondition: `scalars.count` equals the product of `shape`.
    public init(shape: [Int], scalars: [Double]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in shape \(shape)")
        precondition(shape.reduce(1, *) == scalars.count,
                     "Tensor: shape \(shape) needs \(shape.reduce(1, *)) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// A 1-D tensor of the given values.
    public init(_ values: [Double]) {
        self.init(shape: [values.count], scalars: values)
    }

    /// A 2-D tensor from rows of equal length.
    public init(rows: [[Double]]) {
        let cols = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == cols }, "Tensor(rows:): rows differ in length")
        self.init(shape: [rows.count, cols], scalars: rows.flatMap { $0 })
    }

    /// A tensor of the given shape with every element equal to `value`.
    public init(shape: [Int], repeating value: Double) {
        self.init(shape: shape, scalars: [Double](repeating: value, count: shape.reduce(1, *)))
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 0) }
    /// A tensor of ones.
    public static func ones(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 1) }
    /// A tensor of zeros with the shape of `other`.
    public static func zeros(like other: Tensor) -> Tensor { zeros(other.shape) }

    /// Normal deviates N(mean, std²) drawn from `rng`.
    public static func randomNormal(_ shape: [Int], mean: Double = 0, std: Double = 1,
                                    using rng: inout Xoshiro256StarStar) -> Tensor {
        let n = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n { values[i] = mean + std * rng.nextNormal() }
        return Tensor(shape: shape, scalars: values)
    }

    /// Uniform deviates in [low, high) drawn from `rng`.
    public static func randomUniform(_ shape: [Int], low: Double = 0, high: Double = 1,
                                     using rng: inout Xoshiro256StarStar) -> Tensor {
        let n = shape.reduce(1, *)
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n { values[i] = low + (high - low) * rng.nextUniform() }
        return Tensor(shape: shape, scalars: values)
    }

    /// The number of elements.
    @inlinable public var count: Int { scalars.count }
    /// The number of axes.
    @inlinable public var rank: Int { shape.count }

    /// Rows of a 2-D tensor (the first axis of any tensor).
    public var rows: Int { shape.first ?? 1 }
    /// Elements per row: the product of every axis but the first.
    public var columns: Int { shape.count <= 1 ? (shape.first ?? 1) : shape.dropFirst().reduce(1, *) }

    /// Element access by multi-index (row-major). Meant for tests and small code, not hot loops.
    public subscript(_ index: Int...) -> Double {
        get { scalars[flatIndex(index)] }
        set { scalars[flatIndex(index)] = newValue }
    }

    private func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "Tensor: index \(index) for shape \(shape)")
        var flat = 0
        for (axis, i) in index.enumerated() {
            precondition(i >= 0 && i < shape[axis], "Tensor: index \(index) out of range for shape \(shape)")
            flat = flat * shape[axis] + i
        }
        return flat
    }

    /// The same elements with a new shape; one extent may be -1 and is then inferred.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let hole = newShape.firstIndex(of: -1) {
            let known = newShape.filter { $0 != -1 }.reduce(1, *)
            precondition(known > 0 && count % known == 0, "Tensor: cannot reshape \(shape) to \(newShape)")
            resolved[hole] = count / known
        }
        precondition(resolved.reduce(1, *) == count, "Tensor: cannot reshape \(shape) to \(newShape)")
        return Tensor(shape: resolved, scalars: scalars)
    }

    /// The transpose of a 2-D tensor.
    public func transposed() -> Tensor {
        precondition(rank == 2, "Tensor.transposed: needs a 2-D tensor, got shape \(shape)")
        let r = shape[0], c = shape[1]
        var out = [Double](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for i in 0..<r {
                    for j in 0..<c { dst[j &* r &+ i] = src[i &* c &+ j] }
                }
            }
        }
        return Tensor(shape: [c, r], scalars: out)
    }

    /// Rows `range` along the first axis (a mini-batch of consecutive samples).
    public func rows(_ range: Range<Int>) -> Tensor {
        precondition(range.lowerBound >= 0 && range.upperBound <= rows, "Tensor.rows: \(range) out of 0..<\(rows)")
        let width = columns
        var newShape = shape
        newShape[0] = range.count
        return Tensor(shape: newShape, scalars: Array(scalars[(range.lowerBound * width)..<(range.upperBound * width)]))
    }

    /// The rows at `indices` along the first axis, in that order (a mini-batch by index).
    public func gatherRows(_ indices: [Int]) -> Tensor {
        let width = columns, n = rows
        var out = [Double](repeating: 0, count: indices.count * width)
        scalars.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for (k, i) in indices.enumerated() {
                    precondition(i >= 0 && i < n, "Tensor.gatherRows: row \(i) out of 0..<\(n)")
                    let from = src.baseAddress! + i * width
                    (dst.baseAddress! + k * width).update(from: from, count: width)
                }
            }
        }
        var newShape = shape
        newShape[0] = indices.count
        return Tensor(shape: newShape, scalars: out)
    }

    /// Row `i` of a 2-D tensor as an array.
    public func row(_ i: Int) -> [Double] {
        let width = columns
        return Array(scalars[(i * width)..<((i + 1) * width)])
    }

    /// Applies `transform` to every element.
    public func map(_ transform: (Double) -> Double) -> Tensor {
        Tensor(shape: shape, scalars: scalars.map(transform))
    }

    /// Combines two tensors of the same shape element by element.
    public func zipMap(_ other: Tensor, _ combine: (Double, Double) -> Double) -> Tensor {
        precondition(shape == other.shape, "Tensor: shapes \(shape) and \(other.shape) differ")
        var out = [Double](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0..<o.count { o[i] = combine(a[i], b[i]) }
                }
            }
        }
        return Tensor(shape: shape, scalars: out)
    }

    /// True when every element is finite (no NaN, no ±Inf).
    public var isFinite: Bool { scalars.allSatisfy { $0.isFinite } }
}

extension Tensor: CustomStringConvertible {
    /// A short description: the shape and, for small tensors, the values.
    public var description: String {
        if count <= 16 { return "Tensor(\(shape), \(scalars))" }
        return "Tensor(\(shape), [\(scalars.prefix(8).map { "\($0)" }.joined(separator: ", ")), …])"
    }
}

/// Elementwise arithmetic: tensor ⊕ tensor (same shape, or a row vector broadcast over
/// every row), tensor ⊕ scalar, and in-place forms.
///
/// Broadcasting rule (the only one the core needs): if the right operand has as many
/// elements as one row of the left operand (shape (d) or (1, d) against (n, d)), it is
/// applied to every row — the bias add of an affine layer.
extension Tensor {
    @usableFromInline
    static func broadcast(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double) -> Tensor {
        if a.shape == b.shape { return a.zipMap(b, op) }
        let width = a.columns
        precondition(b.count == width && a.rank >= 2,
                     "Tensor: cannot broadcast shape \(b.shape) over \(a.shape)")
        var out = [Double](repeating: 0, count: a.count)
        a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { po in
                    var base = 0
                    for _ in 0..<a.rows {
                        for j in 0..<width { po[base &+ j] = op(pa[base &+ j], pb[j]) }
                        base &+= width
                    }
                }
            }
        }
        return Tensor(shape: a.shape, scalars: out)
    }

    public static func + (a: Tensor, b: Tensor) -> Tensor { broadcast(a, b, +) }
    public static func - (a: Tensor, b: Tensor) -> Tensor { broadcast(a, b, -) }
    public static func * (a: Tensor, b: Tensor) -> Tensor { broadcast(a, b, *) }
    public static func / (a: Tensor, b: Tensor) -> Tensor { broadcast(a, b, /) }

    public static func + (a: Tensor, s: Double) -> Tensor { a.map { $0 + s } }
    public static func - (a: Tensor, s: Double) -> Tensor { a.map { $0 - s } }
    public static func * (a: Tensor, s: Double) -> Tensor { a.map { $0 * s } }
    public static func / (a: Tensor, s: Double) -> Tensor { a.map { $0 / s } }
    public static func + (s: Double, a: Tensor) -> Tensor { a.map { s + $0 } }
    public static func - (s: Double, a: Tensor) -> Tensor { a.map { s - $0 } }
    public static func * (s: Double, a: Tensor) -> Tensor { a.map { s * $0 } }
    public static func / (s: Double, a: Tensor) -> Tensor { a.map { s / $0 } }
    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }

    public static func += (a: inout Tensor, b: Tensor) { a.addScaled(b, 1) }
    public static func -= (a: inout Tensor, b: Tensor) { a.addScaled(b, -1) }
    public static func *= (a: inout Tensor, s: Double) {
        a.scalars.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] *= s } }
    }

    /// self += alpha · other, in place (same shape). The update step of every optimizer.
    public mutating func addScaled(_ other: Tensor, _ alpha: Double) {
        precondition(shape == other.shape, "Tensor.addScaled: shapes \(shape) and \(other.shape) differ")
        other.scalars.withUnsafeBufferPointer { b in
            scalars.withUnsafeMutableBufferPointer { a in
                for i in 0..<a.count { a[i] += alpha * b[i] }
            }
        }
    }

    /// Sets every element to zero, keeping the shape and storage.
    public mutating func fillZero() {
        scalars.withUnsafeMutableBufferPointer { p in p.update(repeating: 0) }
    }
}

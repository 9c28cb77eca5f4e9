/// Matrix products of 2-D tensors: A·B, A·Bᵀ and Aᵀ·B (backprop needs all three:
/// forward x·W, backward dout·Wᵀ for dx and xᵀ·dout for dW), without materializing a
/// transpose.
///
/// PLACEHOLDER IMPLEMENTATION: straightforward loops, correct but slow. The kernels issue
/// replaces the bodies with a register-blocked SIMD kernel split across cores; the API
/// stays as it is.
public enum MatMul {
    /// C = A·B for A (m×k) and B (k×n).
    public static func multiply(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[0],
                     "MatMul: cannot multiply \(a.shape) by \(b.shape)")
        let m = a.shape[0], k = a.shape[1], n = b.shape[1]
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for p in 0..<k { let aip = a.scalars[i * k + p]; for j in 0..<n { c[i * n + j] += aip * b.scalars[p * n + j] } } }
        return Tensor(shape: [m, n], scalars: c)
    }

    /// C = A·Bᵀ for A (m×k) and B (n×k).
    public static func multiplyTransposedB(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[1],
                     "MatMul: cannot multiply \(a.shape) by transpose of \(b.shape)")
        return multiply(a, b.transposed())
    }

    /// C = Aᵀ·B for A (k×m) and B (k×n).
    public static func multiplyTransposedA(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[0] == b.shape[0],
                     "MatMul: cannot multiply transpose of \(a.shape) by \(b.shape)")
        return multiply(a.transposed(), b)
    }
}

extension Tensor {
    /// The matrix product self·other (see `MatMul.multiply`).
    public func matmul(_ other: Tensor) -> Tensor { MatMul.multiply(self, other) }
}

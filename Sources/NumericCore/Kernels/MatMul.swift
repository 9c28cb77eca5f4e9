/// Matrix products of 2-D tensors: A·B, A·Bᵀ and Aᵀ·B (backprop needs all three:
/// forward x·W, backward dout·Wᵀ for dx and xᵀ·dout for dW), without materializing a
/// transpose.
///
/// All three run the blocked, SIMD, multi-core `gemm` (see `Gemm.swift` and
/// `GemmDriver.swift`); `gemm` is also the entry point for code working on raw buffers.
public enum MatMul {
    /// C = A·B for A (m×k) and B (k×n).
    public static func multiply(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[0],
                     "MatMul: cannot multiply \(a.shape) by \(b.shape)")
        return product(a, b, m: a.shape[0], n: b.shape[1], k: a.shape[1], transposeA: false, transposeB: false)
    }

    /// C = A·Bᵀ for A (m×k) and B (n×k).
    public static func multiplyTransposedB(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[1],
                     "MatMul: cannot multiply \(a.shape) by transpose of \(b.shape)")
        return product(a, b, m: a.shape[0], n: b.shape[0], k: a.shape[1], transposeA: false, transposeB: true)
    }

    /// C = Aᵀ·B for A (k×m) and B (k×n).
    public static func multiplyTransposedA(_ a: Tensor, _ b: Tensor) -> Tensor {
        precondition(a.rank == 2 && b.rank == 2 && a.shape[0] == b.shape[0],
                     "MatMul: cannot multiply transpose of \(a.shape) by \(b.shape)")
        return product(a, b, m: a.shape[1], n: b.shape[1], k: a.shape[0], transposeA: true, transposeB: false)
    }

    /// The m×n tensor op(A)·op(B), with each operand's row stride its stored width.
    private static func product(_ a: Tensor, _ b: Tensor, m: Int, n: Int, k: Int,
                                transposeA: Bool, transposeB: Bool) -> Tensor {
        let scalars = [Double](unsafeUninitializedCapacity: m * n) { out, initialized in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    if m > 0 && n > 0 {
                        gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                             a: pa.baseAddress ?? dummy, lda: max(1, a.shape[1]),
                             b: pb.baseAddress ?? dummy, ldb: max(1, b.shape[1]),
                             beta: 0, c: out.baseAddress!, ldc: n)
                    }
                }
            }
            initialized = m * n
        }
        return Tensor(shape: [m, n], scalars: scalars)
    }

    /// A valid address for empty operands (k = 0): never read.
    private static var dummy: UnsafePointer<Double> { UnsafePointer(bitPattern: 8)! }
}

extension Tensor {
    /// The matrix product self·other (see `MatMul.multiply`).
    public func matmul(_ other: Tensor) -> Tensor { MatMul.multiply(self, other) }
}

// The pointer-level entry point of the matrix multiply, for kernels that work on raw
// buffers (convolution via im2col, fused layers) and for `MatMul`'s tensor functions.

extension MatMul {
    /// General matrix multiply on row-major buffers: C = op(A)·op(B) + beta·C, where op(A) is
    /// m×k, op(B) is k×n and C is m×n.
    ///
    /// - op(A)[i, p] is `a[i*lda + p]` (A stored m×k), or `a[p*lda + i]` when `transposeA`
    ///   (A stored k×m); likewise op(B)[p, j] is `b[p*ldb + j]` (B stored k×n), or
    ///   `b[j*ldb + p]` when `transposeB` (B stored n×k). `lda`, `ldb`, `ldc` are row strides
    ///   in elements, so sub-matrices of larger buffers can be used directly.
    /// - `beta` 0 overwrites C (its old contents are never read, NaN included), 1 adds the
    ///   product to C (gradient accumulation); any other value scales C first.
    /// - Large products (m·n·k ≥ 2²⁰) are split across cores (the `WorkerPool`) in a fixed
    ///   number of chunks; the result is bit-for-bit the same whatever the number of cores.
    ///   Each C element sums its products in order of p, in k-blocks of at most 256.
    /// - C must not overlap A or B.
    public static func gemm(transposeA: Bool = false, transposeB: Bool = false,
                            m: Int, n: Int, k: Int,
                            a: UnsafePointer<Double>, lda: Int,
                            b: UnsafePointer<Double>, ldb: Int,
                            beta: Double = 0,
                            c: UnsafeMutablePointer<Double>, ldc: Int) {
        precondition(m >= 0 && n >= 0 && k >= 0, "gemm: negative size m=\(m) n=\(n) k=\(k)")
        precondition(lda >= (transposeA ? m : k) && ldb >= (transposeB ? k : n) && ldc >= n,
                     "gemm: row stride too small (lda \(lda), ldb \(ldb), ldc \(ldc))")
        if m == 0 || n == 0 { return }
        if beta != 0 && beta != 1 || k == 0 {
            // Scale (or clear) C first; the product is then added.
            for i in 0..<m {
                let row = c + i &* ldc
                for j in 0..<n { row[j] = beta == 0 ? 0 : beta * row[j] }
            }
            if k == 0 { return }
        }
        GemmProblem(m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA,
                    b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc,
                    accumulate: beta != 0).run()
    }
}

import Testing
@testable import NumericCore

/// op(A)·op(B) (+ C0 when `accumulate`) through `GemmProblem` with the given kernel set.
private func product(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool, start c0: [Double]?,
                     kernels: GemmKernelSet, parallel: Bool) -> [Double] {
    let m = transposeA ? a.shape[1] : a.shape[0], k = transposeA ? a.shape[0] : a.shape[1]
    let n = transposeB ? b.shape[0] : b.shape[1]
    var c = c0 ?? [Double](repeating: .nan, count: m * n)
    a.scalars.withUnsafeBufferPointer { pa in
        b.scalars.withUnsafeBufferPointer { pb in
            c.withUnsafeMutableBufferPointer { pc in
                GemmProblem(m: m, n: n, k: k, a: pa.baseAddress!, lda: a.shape[1], transposeA: transposeA,
                            b: pb.baseAddress!, ldb: b.shape[1], transposeB: transposeB,
                            c: pc.baseAddress!, ldc: n, accumulate: c0 != nil, kernels: kernels)
                    .run(forceParallel: parallel)
            }
        }
    }
    return c
}

@Suite("GEMM kernel sets")
struct GemmKernelSetTests {
    /// Shapes that reach every path of the wide kernels: 12×16 tiles, a 6×16 tile when the
    /// row panels are odd, 12×8 on an odd last column panel, ragged bottom rows under a
    /// panel pair, ≤ 4-column narrow panels, several k-blocks (k > 256), and the race's
    /// and the ConvNet's shapes.
    static let shapes: [(m: Int, k: Int, n: Int)] = [
        (12, 5, 16), (6, 7, 16), (18, 9, 24), (13, 3, 17), (31, 40, 50), (24, 300, 8),
        (1, 1, 1), (5, 2, 3), (128, 100, 100), (100, 784, 50), (784, 128, 100), (130, 520, 36),
    ]

    @Test func everySupportedKernelSetComputesTheSameBits() {
        let sets = GemmKernelSet.supported
        #expect(sets.contains(GemmKernelSet.current))
        var rng = Xoshiro256StarStar(seed: 42)
        for shape in Self.shapes {
            for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                let a = Tensor.randomNormal(transposeA ? [shape.k, shape.m] : [shape.m, shape.k], using: &rng)
                let b = Tensor.randomNormal(transposeB ? [shape.n, shape.k] : [shape.k, shape.n], using: &rng)
                let c0 = Tensor.randomNormal([shape.m, shape.n], using: &rng).scalars
                for accumulate in [false, true] {
                    let results = sets.flatMap { kernels in
                        [false, true].map { parallel in
                            product(a, b, transposeA: transposeA, transposeB: transposeB,
                                    start: accumulate ? c0 : nil, kernels: kernels, parallel: parallel)
                        }
                    }
                    let first = results[0].map(\.bitPattern)
                    #expect(!results[0].contains { $0.isNaN }, "every element written, \(shape)")
                    for result in results.dropFirst() {
                        #expect(result.map(\.bitPattern) == first,
                                "\(shape) Aᵀ \(transposeA) Bᵀ \(transposeB) accumulate \(accumulate)")
                    }
                }
            }
        }
    }

    @Test func integerProductsAreExactWithEveryKernelSet() {
        // Small integers: every product and partial sum is exact, so the result must equal
        // the triple loop's exactly.
        var rng = Xoshiro256StarStar(seed: 7)
        let (m, k, n) = (37, 270, 45)
        let a = Tensor(shape: [m, k], scalars: (0..<(m * k)).map { _ in Double(rng.nextInt(below: 7) - 3) })
        let b = Tensor(shape: [k, n], scalars: (0..<(k * n)).map { _ in Double(rng.nextInt(below: 7) - 3) })
        var expected = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                for p in 0..<k { expected[i * n + j] += a.scalars[i * k + p] * b.scalars[p * n + j] }
            }
        }
        for kernels in GemmKernelSet.supported {
            #expect(product(a, b, transposeA: false, transposeB: false, start: nil, kernels: kernels,
                            parallel: false) == expected, "\(kernels)")
        }
    }

    /// A small untransposed B is read where it lies by the 6×8 kernels (only a ragged last
    /// panel is packed): a B inside a wider matrix (ldb > n), over two k-blocks, must give
    /// the triple loop's exact sums (small integers) with every kernel set, split or not.
    @Test func aSmallBInsideAWiderMatrixIsReadWhereItLies() {
        var rng = Xoshiro256StarStar(seed: 8)
        let (m, k, n, ldb) = (20, 300, 19, 23)
        let a = (0..<(m * k)).map { _ in Double(rng.nextInt(below: 7) - 3) }
        let b = (0..<(k * ldb)).map { _ in Double(rng.nextInt(below: 7) - 3) }
        var expected = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                for p in 0..<k { expected[i * n + j] += a[i * k + p] * b[p * ldb + j] }
            }
        }
        for kernels in GemmKernelSet.supported {
            for parallel in [false, true] {
                var c = [Double](repeating: .nan, count: m * n)
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            GemmProblem(m: m, n: n, k: k, a: pa.baseAddress!, lda: k, transposeA: false,
                                        b: pb.baseAddress!, ldb: ldb, transposeB: false,
                                        c: pc.baseAddress!, ldc: n, accumulate: false, kernels: kernels)
                                .run(forceParallel: parallel)
                        }
                    }
                }
                #expect(c == expected, "\(kernels) parallel \(parallel)")
            }
        }
    }

    @Test func environmentCanOnlyNarrowTheChoice() {
        let widest = GemmKernelSet.supported.last!
        #expect(GemmKernelSet.detect(environment: [:]) == widest)
        #expect(GemmKernelSet.detect(environment: ["NNBOOK_GEMM_KERNEL": "fastest"]) == widest)
        for kernels in GemmKernelSet.supported {
            #expect(GemmKernelSet.detect(environment: ["NNBOOK_GEMM_KERNEL": kernels.rawValue]) == kernels)
        }
        if !GemmKernelSet.supported.contains(.avx512) {
            #expect(GemmKernelSet.detect(environment: ["NNBOOK_GEMM_KERNEL": "avx512"]) == widest)
        }
    }
}

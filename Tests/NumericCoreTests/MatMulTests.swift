import Dispatch
import Synchronization
import Testing
@testable import NumericCore

/// The textbook triple loop, summing over p in order: the reference every fast path is
/// checked against. A is m×k, B is k×n, both row-major.
private func naiveProduct(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
        for j in 0..<n {
            var sum = 0.0
            for p in 0..<k { sum += a[i * k + p] * b[p * n + j] }
            c[i * n + j] = sum
        }
    }
    return c
}

/// An r×c tensor of small integers in -3...3, so every product and sum is exact.
private func integerMatrix(_ r: Int, _ c: Int, _ rng: inout Xoshiro256StarStar) -> Tensor {
    Tensor(shape: [r, c], scalars: (0..<(r * c)).map { _ in Double(rng.nextInt(below: 7) - 3) })
}

@Suite("MatMul")
struct MatMulTests {
    let a23 = Tensor(rows: [[1, 2, 3], [4, 5, 6]])

    @Test func handComputedProducts() {
        let b = Tensor(rows: [[7, 8], [9, 10], [11, 12]])
        // [1 2 3]·[7 9 11]ᵀ = 58, [1 2 3]·[8 10 12]ᵀ = 64, [4 5 6]·… = 139, 154.
        #expect(MatMul.multiply(a23, b) == Tensor(rows: [[58, 64], [139, 154]]))
        #expect(a23.matmul(b) == Tensor(rows: [[58, 64], [139, 154]]))
        #expect(MatMul.multiplyTransposedB(a23, b.transposed()) == Tensor(rows: [[58, 64], [139, 154]]))
        #expect(MatMul.multiplyTransposedA(a23.transposed(), b) == Tensor(rows: [[58, 64], [139, 154]]))
    }

    @Test func nonSquareTransposedForms() {
        // A·Bᵀ with B 4×3: rows of B pick columns of A, the last sums them.
        let b43 = Tensor(rows: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
        #expect(MatMul.multiplyTransposedB(a23, b43) == Tensor(rows: [[1, 2, 3, 6], [4, 5, 6, 15]]))
        // Aᵀ·B with A 2×3, B 2×2: row i of Aᵀ is (a0i, a1i) → (a0i, a0i + 2·a1i).
        let b22 = Tensor(rows: [[1, 1], [0, 2]])
        #expect(MatMul.multiplyTransposedA(a23, b22) == Tensor(rows: [[1, 9], [2, 12], [3, 15]]))
        // A 1×3 times its own transpose: a dot product; and Aᵀ·A: an outer product.
        let v = Tensor(rows: [[1, 2, 3]])
        #expect(MatMul.multiplyTransposedB(v, v) == Tensor(rows: [[14]]))
        #expect(MatMul.multiplyTransposedA(v, v) == Tensor(rows: [[1, 2, 3], [2, 4, 6], [3, 6, 9]]))
    }

    @Test func emptyInnerDimensionGivesZeros() {
        let a = Tensor.zeros([2, 0]), b = Tensor.zeros([0, 3])
        #expect(MatMul.multiply(a, b) == Tensor.zeros([2, 3]))
        #expect(MatMul.multiply(Tensor.zeros([0, 4]), Tensor.ones([4, 3])).shape == [0, 3])
    }

    /// Sizes that hit every edge of the blocking: single elements, tiles smaller than the
    /// micro-tile, ragged last panels in both directions (last column panels of 1-4 columns
    /// take the narrow kernels), m across the MC block (192 rows), k across one and two KC
    /// boundaries (256 → 2 and 3 k-blocks).
    @Test(arguments: [(1, 1, 1), (7, 13, 5), (65, 129, 33), (8, 8, 8), (9, 7, 16),
                      (97, 257, 17), (2, 513, 9), (96, 256, 8), (193, 3, 1), (1, 300, 50),
                      (23, 40, 10), (31, 9, 11), (200, 30, 12), (13, 5, 4), (100, 70, 50)])
    func integerProductsAreExact(size: (m: Int, k: Int, n: Int)) {
        let (m, k, n) = size
        var rng = Xoshiro256StarStar(seed: UInt64(m * 1_000_000 + k * 1000 + n))
        let a = integerMatrix(m, k, &rng), b = integerMatrix(k, n, &rng)
        let expected = naiveProduct(a.scalars, b.scalars, m: m, k: k, n: n)
        #expect(MatMul.multiply(a, b).scalars == expected)
        #expect(MatMul.multiplyTransposedB(a, b.transposed()).scalars == expected)
        #expect(MatMul.multiplyTransposedA(a.transposed(), b).scalars == expected)
    }

    /// A ragged last column panel of 1-4 columns (the narrow kernels) gives bit-for-bit the
    /// values the same columns get inside a full 8-column panel, for m with an odd number
    /// of row panels and a partial one, and k over two k-blocks (the accumulate path).
    @Test(arguments: [9, 10, 11, 12, 50])
    func raggedColumnsMatchFullPanelBits(n: Int) {
        let m = 23, k = 300, wide = (n + 7) / 8 * 8 + 8
        var rng = Xoshiro256StarStar(seed: UInt64(n))
        let a = Tensor.randomNormal([m, k], using: &rng)
        let bWide = Tensor.randomNormal([k, wide], using: &rng)
        // B = the first n columns of bWide, whose panels are all full (wide is a multiple of 8).
        let b = Tensor(shape: [k, n], scalars: (0..<k).flatMap { p in bWide.scalars[(p * wide)..<(p * wide + n)] })
        /// C = beta·C0 + A·B' for B' = b or bWide (C0 all 0.5), cut to its first n columns.
        func product(_ bMatrix: Tensor, beta: Double) -> [Double] {
            let width = bMatrix.shape[1]
            var c = [Double](repeating: 0.5, count: m * width)
            a.scalars.withUnsafeBufferPointer { pa in
                bMatrix.scalars.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        MatMul.gemm(m: m, n: width, k: k, a: pa.baseAddress!, lda: k, b: pb.baseAddress!,
                                    ldb: width, beta: beta, c: pc.baseAddress!, ldc: width)
                    }
                }
            }
            return (0..<m).flatMap { i in c[(i * width)..<(i * width + n)] }
        }
        #expect(product(b, beta: 0) == product(bWide, beta: 0))
        #expect(product(b, beta: 1) == product(bWide, beta: 1))
        #expect(product(b, beta: 0) != product(b, beta: 1))
    }

    @Test func randomProductMatchesNaiveLoop() {
        var rng = Xoshiro256StarStar(seed: 7)
        let a = Tensor.randomNormal([150, 170], using: &rng), b = Tensor.randomNormal([170, 90], using: &rng)
        let expected = naiveProduct(a.scalars, b.scalars, m: 150, k: 170, n: 90)
        // Error bound per element: relative to Σ|a_ip·b_pj|, the size of the sum's terms.
        let magnitude = naiveProduct(a.scalars.map(abs), b.scalars.map(abs), m: 150, k: 170, n: 90)
        for form in [MatMul.multiply(a, b), MatMul.multiplyTransposedB(a, b.transposed()),
                     MatMul.multiplyTransposedA(a.transposed(), b)] {
            #expect(form.shape == [150, 90])
            let worst = zip(zip(form.scalars, expected), magnitude).map { abs($0.0 - $0.1) / $1 }.max()!
            #expect(worst <= 1e-12)
        }
    }

    /// The parallel split (forced on a small product) gives bit-for-bit the serial result,
    /// with the rows split (m large) and with the columns split too (m of one row panel),
    /// on the shared pool and on a pool with more workers than this machine has cores.
    @Test(arguments: [(150, 300, 90, false, false), (3, 40, 70, true, false), (61, 30, 45, false, true),
                      (100, 78, 50, false, false), (78, 10, 50, true, false)])
    func parallelSplitMatchesSerial(size: (m: Int, k: Int, n: Int, ta: Bool, tb: Bool)) {
        let (m, k, n, ta, tb) = size
        let problem = ProductFixture(m: m, k: k, n: n, transposeA: ta, transposeB: tb, seed: 11)
        let serial = problem.run(parallel: false)
        #expect(problem.run(parallel: true) == serial)
        #expect(problem.run(parallel: true, pool: Self.crowdedPool) == serial)
        let expected = naiveProduct(problem.opA.scalars, problem.opB.scalars, m: m, k: k, n: n)
        #expect(zip(serial, expected).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) * Double(k) })
    }

    /// Four workers on whatever cores there are: chunks run on several threads even on a
    /// one-core machine, in an order that depends on timing.
    static let crowdedPool = WorkerPool(workerCount: 4)

    /// Products forced parallel from several threads at once on one pool (all but one find
    /// it busy and run serially) and products inside a pool chunk (nested: serial) give the
    /// serial result and never deadlock.
    @Test func concurrentAndNestedParallelProductsMatchSerial() {
        let problem = ProductFixture(m: 40, k: 33, n: 29, transposeA: false, transposeB: true, seed: 5)
        let serial = problem.run(parallel: false)
        let pool = Self.crowdedPool
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<20 where problem.run(parallel: true, pool: pool) != serial {
                mismatches.withLock { $0 += 1 }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
        let nested = NestedProducts(problem: problem, pool: pool)
        pool.run(nested, chunks: 3)
        #expect(nested.results.withLock { $0 } == [serial, serial, serial])
    }
    @Test func gemmBetaAndStrides() {
        // A is the top-left 2×3 of a 2×5 buffer (lda 5), B the 3×2 left part of a 3×4 buffer
        // (ldb 4), C the 2×2 left part of a 2×3 buffer (ldc 3) whose third column must stay.
        let a: [Double] = [1, 2, 3, -1, -1,
                           4, 5, 6, -1, -1]
        let b: [Double] = [7, 8, -1, -1,
                           9, 10, -1, -1,
                           11, 12, -1, -1]
        func gemm(beta: Double, initial: Double) -> [Double] {
            var c: [Double] = [initial, initial, 99, initial, initial, 99]
            c.withUnsafeMutableBufferPointer { pc in
                MatMul.gemm(m: 2, n: 2, k: 3, a: a, lda: 5, b: b, ldb: 4, beta: beta, c: pc.baseAddress!, ldc: 3)
            }
            return c
        }
        #expect(gemm(beta: 0, initial: .nan) == [58, 64, 99, 139, 154, 99])
        #expect(gemm(beta: 1, initial: 1) == [59, 65, 99, 140, 155, 99])
        #expect(gemm(beta: 2, initial: 1) == [60, 66, 99, 141, 156, 99])
        // Transposed operands through the pointer API: Aᵀ stored 3×2, Bᵀ stored 2×3.
        let at: [Double] = [1, 4, 2, 5, 3, 6], bt: [Double] = [7, 9, 11, 8, 10, 12]
        var c = [Double](repeating: 0, count: 4)
        c.withUnsafeMutableBufferPointer { pc in
            MatMul.gemm(transposeA: true, transposeB: true, m: 2, n: 2, k: 3,
                        a: at, lda: 2, b: bt, ldb: 3, c: pc.baseAddress!, ldc: 2)
        }
        #expect(c == [58, 64, 139, 154])
    }
}

/// Random operands of one product op(A)·op(B) and a way to run it through `GemmProblem`.
private struct ProductFixture: Sendable {
    let m: Int, k: Int, n: Int, transposeA: Bool, transposeB: Bool
    let a: Tensor, b: Tensor

    init(m: Int, k: Int, n: Int, transposeA: Bool, transposeB: Bool, seed: UInt64) {
        self.m = m; self.k = k; self.n = n
        self.transposeA = transposeA; self.transposeB = transposeB
        var rng = Xoshiro256StarStar(seed: seed)
        a = Tensor.randomNormal(transposeA ? [k, m] : [m, k], using: &rng)
        b = Tensor.randomNormal(transposeB ? [n, k] : [k, n], using: &rng)
    }

    var opA: Tensor { transposeA ? a.transposed() : a }
    var opB: Tensor { transposeB ? b.transposed() : b }

    /// C (m×n, row-major), starting from NaNs so a missed element shows.
    func run(parallel: Bool, pool: WorkerPool = .shared) -> [Double] {
        var c = [Double](repeating: .nan, count: m * n)
        a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    GemmProblem(m: m, n: n, k: k, a: pa.baseAddress!, lda: a.shape[1], transposeA: transposeA,
                                b: pb.baseAddress!, ldb: b.shape[1], transposeB: transposeB,
                                c: pc.baseAddress!, ldc: n, accumulate: false)
                        .run(forceParallel: parallel, pool: pool)
                }
            }
        }
        return c
    }
}

/// A pool job whose every chunk runs a forced-parallel product on the same (busy) pool.
private final class NestedProducts: ParallelChunks, Sendable {
    let problem: ProductFixture
    let pool: WorkerPool
    let results = Mutex<[[Double]]>([])
    init(problem: ProductFixture, pool: WorkerPool) { self.problem = problem; self.pool = pool }
    func runChunk(_ index: Int) {
        let c = problem.run(parallel: true, pool: pool)
        results.withLock { $0.append(c) }
    }
}

// The blocked GEMM driver (the classic Goto/BLIS loop nest):
//
//   for each column block jc of C (bounded so packed B stays ≤ 16 MB)
//     pack op(B)[all k, jc block] into NR-column micro-panels        (shared, all threads)
//     for each chunk of a fixed grid over C's micro-panels            (in parallel, on
//                                                                      the WorkerPool)
//       for each MC-row block ic of the chunk
//         for each k-block pc (≤ KC deep)
//           pack op(A)[ic block, pc block] into MR-row micro-panels   (per chunk)
//           for each B micro-panel, for each A micro-panel: micro-kernel
//
// An A block (MC×KC) stays in L2 while B micro-panels (KC×NR) cycle through L1. Every C
// element is summed in the same order (k-blocks in turn, each in order p) whatever the
// grid, so results never depend on the number of cores.
//
// With the AVX-512 kernel set, the micro-kernel loop takes B micro-panels two at a time and
// A micro-panels two at a time (12×16 tiles from the same packed panels); see GemmAVX512.

#if arch(x86_64)
import GemmAVX512
#endif

/// Blocking and threading constants of the GEMM.
enum GemmBlocking {
    /// Deepest k-block; k is split into equal blocks no deeper than this.
    static let maxKC = 256
    /// Rows of op(A) packed at once per chunk (a multiple of every tile height): the
    /// packed A block (≤ 192·256 doubles, 384 KB) stays in the 1 MB L2 cache.
    static let maxMC = 192 / GemmTile.aRepeat
    /// Packed B is limited to about this many doubles (16 MB) per column block.
    static let maxPackedB = 1 << 21
    /// Products with at least this many multiply-adds (m·n·k) are split across cores;
    /// smaller ones stay on the caller's thread, where the dispatch cost would eat the gain.
    /// 2¹⁹ splits a 100×100·100×100 product (the hidden layers of the training-well
    /// lessons' nets): the regularization run went from 2.26 to 2.10–2.17 s on the Zen 4.
    static let parallelThreshold = 1 << 19
    /// A parallel product packs a B of at most this many doubles (512 KB) on the calling
    /// thread before the compute chunks start, instead of in a parallel phase of its own: the
    /// book's small products (784×50, 100×100) spent longer waking and waiting for the
    /// workers twice than packing.
    static let callerPackedB = 1 << 16
    /// An untransposed B of at most this many doubles (1 MB: the first layer's 784×100
    /// weights) is read where it lies instead of packed (see `GemmProblem.run`).
    static let directB = 1 << 17
    /// Chunks of a parallel product: fixed, so the work split never depends on the machine.
    static let chunkCount = 8
}

/// One C = op(A)·op(B) (+ C) problem: the operands and derived block sizes, shared
/// read-only by the threads that work on it.
struct GemmProblem {
    let m: Int, n: Int, k: Int
    let a: UnsafePointer<Double>, lda: Int, transposeA: Bool
    let b: UnsafePointer<Double>, ldb: Int, transposeB: Bool
    let c: UnsafeMutablePointer<Double>, ldc: Int
    /// Whether the first k-block adds to C (true) or overwrites it.
    let accumulateFirst: Bool
    /// Depth of every k-block but possibly the last.
    let kc: Int
    /// Number of k-blocks.
    let kBlocks: Int
    /// The micro-kernels to run (tests pick each supported set in turn).
    let kernels: GemmKernelSet

    init(m: Int, n: Int, k: Int, a: UnsafePointer<Double>, lda: Int, transposeA: Bool,
         b: UnsafePointer<Double>, ldb: Int, transposeB: Bool,
         c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool,
         kernels: GemmKernelSet = .current) {
        self.kernels = kernels
        self.m = m; self.n = n; self.k = k
        self.a = a; self.lda = lda; self.transposeA = transposeA
        self.b = b; self.ldb = ldb; self.transposeB = transposeB
        self.c = c; self.ldc = ldc
        self.accumulateFirst = accumulate
        let blocks = (k + GemmBlocking.maxKC - 1) / GemmBlocking.maxKC
        kBlocks = blocks
        kc = (k + blocks - 1) / blocks
    }

    /// Runs the whole product (k ≥ 1, m ≥ 1, n ≥ 1), in parallel chunks on `pool` when it
    /// is large or `forceParallel` is set (tests use it to check the split on small products).
    func run(forceParallel: Bool = false, pool: WorkerPool = .shared) {
        let nr = GemmTile.columns, mr = GemmTile.rows
        // A product started inside pool work (a net stepped by ConcurrentWork) stays on its
        // thread: the pool is already using every core.
        let parallel = forceParallel
            || (Double(m) * Double(n) * Double(k) >= Double(GemmBlocking.parallelThreshold) && !pool.isBusy)
        let chunks = parallel ? GemmBlocking.chunkCount : 1
        let maxNC = max(nr, GemmBlocking.maxPackedB / k / nr * nr)
        let rowPanels = (m + mr - 1) / mr
        // Split rows first (chunks then pack disjoint parts of A); columns only when
        // there are too few row panels to go around.
        var rowSplit = 1
        while rowSplit * 2 <= min(chunks, rowPanels) { rowSplit *= 2 }
        let rowParts = rowSplit, colParts = chunks / rowSplit

        // An untransposed B of up to 1 MB is read where it lies by the micro-kernels (its rows are
        // short, so the 8-wide strips of a panel sit a few hundred bytes apart and stay in
        // cache); only a ragged last panel is packed. The book's small products spent a
        // tenth of their time packing B on the calling thread while the workers waited.
        let directB = !transposeB && k * n <= GemmBlocking.directB
            && ldb % 512 != 0  // rows 4 KB apart would all fall in one L1 set
        var jc = 0
        while jc < n {
            let nc = min(maxNC, n - jc)
            let colPanels = (nc + nr - 1) / nr
            GemmBufferPool.shared.withBuffer(capacity: k * colPanels * nr) { packedB in
                let block = GemmColumnBlock(problem: self, jc: jc, nc: nc, colPanels: colPanels, packedB: packedB,
                                            directB: directB)
                if chunks == 1 {
                    block.packB(panels: 0..<colPanels)
                    block.compute(rowPanels: 0..<rowPanels, colPanels: 0..<colPanels)
                } else {
                    if k * colPanels * nr <= GemmBlocking.callerPackedB {
                        block.packB(panels: 0..<colPanels)
                    } else {
                        pool.run(GemmPackingChunks(block: block, parts: chunks), chunks: chunks)
                    }
                    pool.run(GemmComputeChunks(block: block, rowPanels: rowPanels,
                                               rowParts: rowParts, colParts: colParts), chunks: chunks)
                }
            }
            jc += nc
        }
    }
}

/// Phase one of a parallel column block: chunk i packs part i of B's micro-panels.
struct GemmPackingChunks: ParallelChunks {
    let block: GemmColumnBlock
    let parts: Int
    func runChunk(_ index: Int) {
        block.packB(panels: split(0..<block.colPanels, part: index, of: parts))
    }
}

/// Phase two: chunk i computes one cell of a rowParts × colParts grid over C's micro-panels.
/// Chunks are claimed in index order and chunk 0 is the grid's last cell: `split` gives the
/// larger parts last, so the larger cells go first and the threads finish closer together.
struct GemmComputeChunks: ParallelChunks {
    let block: GemmColumnBlock
    let rowPanels: Int, rowParts: Int, colParts: Int
    func runChunk(_ index: Int) {
        let rowPart = rowParts - 1 - index / colParts, colPart = colParts - 1 - index % colParts
        block.compute(rowPanels: split(0..<rowPanels, part: rowPart, of: rowParts),
                      colPanels: split(0..<block.colPanels, part: colPart, of: colParts))
    }
}

/// Part `part` of `parts` nearly equal consecutive pieces of `range`.
@inline(__always)
func split(_ range: Range<Int>, part: Int, of parts: Int) -> Range<Int> {
    let count = range.count
    return (range.lowerBound + count * part / parts)..<(range.lowerBound + count * (part + 1) / parts)
}

/// The columns jc ..< jc+nc of one product, with op(B) for them packed at `packedB`
/// (k-block after k-block, each `colPanels` micro-panels of kc × NR).
struct GemmColumnBlock {
    let problem: GemmProblem
    let jc: Int, nc: Int, colPanels: Int
    let packedB: UnsafeMutablePointer<Double>
    /// Full B panels are read from B itself (row stride ldb), not from `packedB`.
    var directB = false

    /// Packs the given B micro-panels for every k-block (with `directB`, only a ragged last one).
    func packB(panels: Range<Int>) {
        let p = problem
        var panels = panels
        if directB {
            let ragged = nc % GemmTile.columns == 0 ? 0..<0 : (colPanels - 1)..<colPanels
            panels = panels.clamped(to: ragged)
        }
        if panels.isEmpty { return }
        for kb in 0..<p.kBlocks {
            let p0 = kb * p.kc, kc = min(p.kc, p.k - p0)
            gemmPackB(p.b, ldb: p.ldb, transposed: p.transposeB, p0: p0, kc: kc, j0: jc, columns: nc,
                      panels: panels, into: packedB + p0 * colPanels * GemmTile.columns)
        }
    }

    /// Computes the C tiles of the given row and column micro-panels (relative to this block).
    func compute(rowPanels: Range<Int>, colPanels cols: Range<Int>) {
        if rowPanels.isEmpty || cols.isEmpty { return }
        let p = problem
        let mr = GemmTile.rows
        let rowStart = rowPanels.lowerBound * mr, rowEnd = min(p.m, rowPanels.upperBound * mr)
        let mcCapacity = min(GemmBlocking.maxMC, rowPanels.count * mr)
        GemmBufferPool.shared.withBuffer(capacity: mcCapacity * p.kc * GemmTile.aRepeat) { packedA in
            computeRows(rowStart..<rowEnd, colPanels: cols, packedA: packedA)
        }
    }

    /// Computes rows `rows` (starting on a panel boundary) of the given column panels,
    /// packing A an MC block at a time into `packedA`.
    private func computeRows(_ rows: Range<Int>, colPanels cols: Range<Int>, packedA: UnsafeMutablePointer<Double>) {
        let p = problem
        let mr = GemmTile.rows, nr = GemmTile.columns
        let rowEnd = rows.upperBound
        var ic = rows.lowerBound
        while ic < rowEnd {
            let mc = min(GemmBlocking.maxMC, rowEnd - ic)
            for kb in 0..<p.kBlocks {
                let p0 = kb * p.kc, kc = min(p.kc, p.k - p0)
                gemmPackA(p.a, lda: p.lda, transposed: p.transposeA, i0: ic, rows: mc, p0: p0, kc: kc,
                          into: packedA)
                let accumulate = kb > 0 || p.accumulateFirst
                let bBlock = packedB + p0 * colPanels * nr
                var q = cols.lowerBound
                while q < cols.upperBound {
                    let j = jc + q * nr
                    let width = min(nr, jc + nc - j)
                    let direct = directB && width == nr
                    let bPanel = direct ? p.b + (p0 * p.ldb + j) : UnsafePointer(bBlock + q * kc * nr)
                    let bStride = direct ? p.ldb : nr
                    // The next B panel: 8 columns on in B, or the next packed panel.
                    let bNext = direct ? bPanel + nr : bPanel + kc * nr
                    let cColumn = p.c + (ic * p.ldc + j)
                    if width <= gemmNarrowMaxColumns {
                        // A ragged last panel of ≤ 4 columns: all row panels at once.
                        gemmNarrowColumns(kc: kc, a: packedA, rows: mc, b: bPanel, columns: width,
                                          c: cColumn, ldc: p.ldc, accumulate: accumulate)
                        q += 1
                        continue
                    }
#if arch(x86_64)
                    if p.kernels == .avx512 && q + 1 < cols.upperBound && jc + nc - j >= 2 * nr {
                        computeWidePanelPair(kc: kc, packedA: packedA, rows: mc, b: bPanel, next: bNext,
                                             bStride: bStride, c: cColumn, accumulate: accumulate)
                        q += 2
                        continue
                    }
#endif
                    var r = 0
                    while r * mr < mc {
                        let height = min(mr, mc - r * mr)
                        let aPanel = UnsafePointer(packedA + r * kc * GemmTile.aStep)
                        let cTile = cColumn + r * mr * p.ldc
#if arch(x86_64)
                        if p.kernels == .avx512 && (r + 2) * mr <= mc && width == nr {
                            gemmKernel12x8(kc: kc, a0: aPanel, a1: aPanel + kc * GemmTile.aStep, b0: bPanel,
                                           bStride: bStride, c: cTile, ldc: p.ldc, accumulate: accumulate)
                            r += 2
                            continue
                        }
#endif
                        if height == mr && width == nr && p.kernels == .portable {
                            gemmMicroKernelPortable(kc: kc, a: aPanel, b: bPanel, bStride: bStride, c: cTile, ldc: p.ldc,
                                                    accumulate: accumulate)
                        } else if height == mr && width == nr {
                            gemmMicroKernel(kc: kc, a: aPanel, b: bPanel, bStride: bStride, c: cTile, ldc: p.ldc,
                                            accumulate: accumulate)
                        } else {
                            gemmEdgeTile(kc: kc, a: aPanel, b: bPanel, bStride: bStride, c: cTile, ldc: p.ldc,
                                         rows: height, columns: width, accumulate: accumulate)
                        }
                        r += 1
                    }
                    q += 1
                }
            }
            ic += mc
        }
    }
}

#if arch(x86_64)
extension GemmColumnBlock {
    /// AVX-512: `rows` rows of C (from `c`, whose A micro-panels are packed at `packedA`)
    /// times two full B micro-panels (the ones at `b` and `next`, steps `bStride` apart):
    /// 12×16 tiles, then a 6×16 tile and a ragged edge if the rows do not come in twelves.
    private func computeWidePanelPair(kc: Int, packedA: UnsafeMutablePointer<Double>, rows: Int,
                                      b: UnsafePointer<Double>, next b1: UnsafePointer<Double>, bStride: Int,
                                      c: UnsafeMutablePointer<Double>, accumulate: Bool) {
        let mr = GemmTile.rows, nr = GemmTile.columns, ldc = problem.ldc
        let panelSize = kc * GemmTile.aStep
        let fullPanels = rows / mr
        var r = 0
        while r + 2 <= fullPanels {
            let a0 = UnsafePointer(packedA + r * panelSize)
            gemmKernel12x16(kc: kc, a0: a0, a1: a0 + panelSize, b0: b, b1: b1, bStride: bStride,
                            c: c + r * mr * ldc, ldc: ldc, accumulate: accumulate)
            r += 2
        }
        if r < fullPanels {
            gemmKernel6x16(kc: kc, a0: packedA + r * panelSize, b0: b, b1: b1, bStride: bStride,
                           c: c + r * mr * ldc, ldc: ldc, accumulate: accumulate)
            r += 1
        }
        if r * mr < rows {
            let a = UnsafePointer(packedA + r * panelSize), cTile = c + r * mr * ldc
            gemmEdgeTile(kc: kc, a: a, b: b, bStride: bStride, c: cTile, ldc: ldc,
                         rows: rows - r * mr, columns: nr, accumulate: accumulate)
            gemmEdgeTile(kc: kc, a: a, b: b1, bStride: bStride, c: cTile + nr, ldc: ldc,
                         rows: rows - r * mr, columns: nr, accumulate: accumulate)
        }
    }
}
#endif

/// A ragged tile at the bottom or right edge of C: the micro-kernel computes the full
/// tile (the packed panels are zero-padded) into a scratch tile, and only the
/// `rows` × `columns` part inside C is written.
func gemmEdgeTile(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStride: Int = GemmTile.columns,
                  c: UnsafeMutablePointer<Double>, ldc: Int, rows: Int, columns: Int, accumulate: Bool) {
    let nr = GemmTile.columns
    withUnsafeTemporaryAllocation(of: Double.self, capacity: GemmTile.rows * nr) { tile in
        let t = tile.baseAddress!
        gemmMicroKernel(kc: kc, a: a, b: b, bStride: bStride, c: t, ldc: nr, accumulate: false)
        for r in 0..<rows {
            let dst = c + r &* ldc, src = t + r &* nr
            for j in 0..<columns {
                dst[j] = accumulate ? dst[j] + src[j] : src[j]
            }
        }
    }
}

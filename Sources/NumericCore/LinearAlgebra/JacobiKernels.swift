// The inner loops and the parallel sweep order of `SVD`'s one-sided Jacobi.

/// The level-1 loops of one-sided Jacobi on contiguous columns, four lanes at a time
/// (`SIMD4<Double>`: AVX2 on x86-64, two NEON registers on arm64), a scalar tail after.
enum JacobiKernels {
    /// Matrices with at least this many columns and entries sweep in block round-robin order
    /// on two threads; smaller ones keep the cyclic order p < q on one thread (their results,
    /// which the lessons show, stay exactly what they were).
    static let parallelColumns = 64
    static let parallelEntries = 65_536

    /// Columns per tile when a block pair is swept tile against tile: a tile of q columns
    /// (64 KiB of them) stays in L2 while each column p of the other tile meets it, instead of
    /// every q column coming from L3 for every p. On 784×1000 (columns of 1000, tiles of 8):
    /// 529–566 ms against 750–775 ms untiled, on a noisy 2-core Zen 4.
    static func tileWidth(rows m: Int) -> Int {
        max(4, 65_536 / (8 * m))
    }

    /// One sweep in block round-robin order, for two threads: the columns are cut into four
    /// blocks; in each of three rounds the blocks meet in two disjoint block pairs, one per
    /// thread, which rotates every column of one block against every column of the other (in
    /// the first round also the pairs inside each of its two blocks). Every pair of columns
    /// meets once per sweep, and a round's two halves touch disjoint columns, so they run side
    /// by side with three synchronizations per sweep (a pair-level round robin would need n − 1,
    /// each too short to share). Inside a block pair the pairs go tile by tile (`tile` columns
    /// a side, see `tileWidth`).
    /// Each half's sequence of rotations is fixed, so the result does not depend on which
    /// thread runs it. Returns whether any pair rotated.
    static func blockRoundRobinSweep(columns n: Int, tile: Int, _ rotateRow: (Int, Range<Int>) -> Bool) -> Bool {
        let bounds = (0...4).map { $0 * n / 4 }
        func block(_ k: Int) -> Range<Int> { bounds[k]..<bounds[k + 1] }
        func tiles(_ r: Range<Int>) -> [Range<Int>] {
            stride(from: r.lowerBound, to: r.upperBound, by: tile).map { $0..<min($0 + tile, r.upperBound) }
        }
        let rounds = [[(0, 3), (1, 2)], [(0, 2), (1, 3)], [(0, 1), (2, 3)]]
        var rotated = [false, false]
        for (index, round) in rounds.enumerated() {
            rotated.withUnsafeMutableBufferPointer { flags in
                ConcurrentWork.forEach(2) { half in
                    let (first, second) = round[half]
                    var any = false
                    if index == 0 {
                        // The pairs inside a block: inside each tile, then tile against later tile.
                        for k in [first, second] {
                            let ts = tiles(block(k))
                            for (i, pt) in ts.enumerated() {
                                for p in pt where rotateRow(p, (p + 1)..<max(p + 1, pt.upperBound)) { any = true }
                                for qt in ts[(i + 1)...] { for p in pt where rotateRow(p, qt) { any = true } }
                            }
                        }
                    }
                    let secondTiles = tiles(block(second))
                    for pt in tiles(block(first)) {
                        for qt in secondTiles { for p in pt where rotateRow(p, qt) { any = true } }
                    }
                    if any { flags[half] = true }
                }
            }
        }
        return rotated.contains(true)
    }

    /// Σ a[k]·b[k] over `count` entries.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var k = 0
        while k + 8 <= count {
            s0 += load(a + k) * load(b + k)
            s1 += load(a + k + 4) * load(b + k + 4)
            k += 8
        }
        var total = (s0 + s1).sum()
        while k < count { total += a[k] * b[k]; k += 1 }
        return total
    }

    /// Σ a[k]·b[k] with four SIMD accumulators (the parallel path's dot: two accumulators leave
    /// the adds waiting on their latency).
    @inline(__always)
    static func dot4(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>(), s2 = SIMD4<Double>(), s3 = SIMD4<Double>()
        var k = 0
        while k + 16 <= count {
            s0 += load(a + k) * load(b + k)
            s1 += load(a + k + 4) * load(b + k + 4)
            s2 += load(a + k + 8) * load(b + k + 8)
            s3 += load(a + k + 12) * load(b + k + 12)
            k += 16
        }
        while k + 4 <= count { s0 += load(a + k) * load(b + k); k += 4 }
        var total = ((s0 + s1) + (s2 + s3)).sum()
        while k < count { total += a[k] * b[k]; k += 1 }
        return total
    }

    /// `rotate(x, y)`, returning the rotated x · z from the same pass (0 without z): z is the
    /// next column x meets, so its γ costs no second pass over x.
    @inline(__always)
    static func rotateAndDot(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>,
                             _ z: UnsafePointer<Double>?, _ count: Int, c: Double, s: Double) -> Double {
        guard let z else { rotate(x, y, count, c: c, s: s); return 0 }
        let cv = SIMD4<Double>(repeating: c), sv = SIMD4<Double>(repeating: s)
        var d0 = SIMD4<Double>(), d1 = SIMD4<Double>()
        var k = 0
        while k + 8 <= count {
            let a0 = load(x + k), b0 = load(y + k), a1 = load(x + k + 4), b1 = load(y + k + 4)
            let x0 = cv * a0 - sv * b0, x1 = cv * a1 - sv * b1
            UnsafeMutableRawPointer(x + k).storeBytes(of: x0, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + k).storeBytes(of: sv * a0 + cv * b0, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(x + k + 4).storeBytes(of: x1, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + k + 4).storeBytes(of: sv * a1 + cv * b1, as: SIMD4<Double>.self)
            d0 += x0 * load(z + k)
            d1 += x1 * load(z + k + 4)
            k += 8
        }
        var total = (d0 + d1).sum()
        while k < count {
            let a = x[k], b = y[k]
            x[k] = c * a - s * b
            y[k] = s * a + c * b
            total += x[k] * z[k]
            k += 1
        }
        return total
    }

    /// The plane rotation (x, y) ← (c·x − s·y, s·x + c·y) applied entrywise to columns x and y.
    @inline(__always)
    static func rotate(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ count: Int,
                       c: Double, s: Double) {
        let cv = SIMD4<Double>(repeating: c), sv = SIMD4<Double>(repeating: s)
        var k = 0
        while k + 4 <= count {
            let a = load(x + k), b = load(y + k)
            UnsafeMutableRawPointer(x + k).storeBytes(of: cv * a - sv * b, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(y + k).storeBytes(of: sv * a + cv * b, as: SIMD4<Double>.self)
            k += 4
        }
        while k < count {
            let a = x[k], b = y[k]
            x[k] = c * a - s * b
            y[k] = s * a + c * b
            k += 1
        }
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    private static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }
}

/// Small allocation-light loops shared by the layers and functions (internal): elementwise
/// maps, bias adds, column sums and the axis swaps between NCHW and (N·H·W, C) layouts.
enum LayerKernels {
    /// A tensor of `shape` whose storage is written once by `fill` (no zeroing pass).
    @inline(__always)
    static func makeTensor(_ shape: [Int], _ fill: (UnsafeMutablePointer<Double>, Int) -> Void) -> Tensor {
        let n = shape.reduce(1, *)
        let scalars = [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { fill(buffer.baseAddress!, n) }
            initialized = n
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    /// Elementwise work of at least this many operations is split over the cores.
    static let parallelWork = 1 << 18
    /// Pieces such work is split into: fixed, so nothing depends on the number of cores.
    static let pieces = 8

    /// Calls `body` on consecutive pieces of 0 ..< `count` that cover it, side by side on the
    /// cores when `work` (operations in all) reaches `minimumWork`, else once on the whole
    /// range. `body` must write only what its own piece owns; results are then the bits of a
    /// single pass.
    @inline(__always)
    static func forEachPiece(of count: Int, work: Int, minimumWork: Int = parallelWork,
                             _ body: (Range<Int>) -> Void) {
        let pieceCount = work >= minimumWork ? Swift.min(pieces, count) : 1
        if pieceCount <= 1 { body(0..<count); return }
        ConcurrentWork.forEach(pieceCount) { body(split(0..<count, part: $0, of: pieceCount)) }
    }

    /// `transform` applied to every element of `x`.
    @inline(__always)
    static func map(_ x: Tensor, _ transform: (Double) -> Double) -> Tensor {
        x.scalars.withUnsafeBufferPointer { src in
            makeTensor(x.shape) { dst, n in
                forEachPiece(of: n, work: n) { piece in
                    for i in piece { dst[i] = transform(src[i]) }
                }
            }
        }
    }

    /// `combine(a[i], b[i])` for every element of two tensors with equal counts; the
    /// result has `a`'s shape.
    @inline(__always)
    static func zip(_ a: Tensor, _ b: Tensor, _ combine: (Double, Double) -> Double) -> Tensor {
        precondition(a.count == b.count, "shapes \(a.shape) and \(b.shape) differ")
        return a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                makeTensor(a.shape) { dst, n in
                    forEachPiece(of: n, work: n) { piece in
                        for i in piece { dst[i] = combine(pa[i], pb[i]) }
                    }
                }
            }
        }
    }

    /// Adds the vector `bias` (length = columns) to every row of `x`, in place.
    static func addRowVector(_ x: inout Tensor, _ bias: Tensor) {
        let width = bias.count
        precondition(x.count % Swift.max(width, 1) == 0, "bias of \(width) does not fit rows of \(x.shape)")
        let rowCount = width == 0 ? 0 : x.count / width
        bias.scalars.withUnsafeBufferPointer { pb in
            x.scalars.withUnsafeMutableBufferPointer { px in
                let b = pb.baseAddress!
                var row = px.baseAddress!
                for _ in 0..<rowCount {
                    for j in 0..<width { row[j] += b[j] }
                    row += width
                }
            }
        }
    }

    /// The sum of the rows of a (rows × width) tensor: a vector of `width` (db of a bias).
    static func columnSums(_ x: Tensor, width: Int) -> Tensor {
        let rowCount = width == 0 ? 0 : x.count / width
        var out = [Double](repeating: 0, count: width)
        x.scalars.withUnsafeBufferPointer { px in
            out.withUnsafeMutableBufferPointer { po in
                let o = po.baseAddress!
                var row = px.baseAddress!
                for _ in 0..<rowCount {
                    for j in 0..<width { o[j] += row[j] }
                    row += width
                }
            }
        }
        return Tensor(shape: [width], scalars: out)
    }

    /// Swaps the last two axes of an (n, p, q) block: returns (n, q, p) scalars, adding
    /// `bias[j]` (one per source column, length q) to every moved element when a bias is
    /// given. (N·OH·OW, FN) (+ b) → (N, FN, OH·OW) and back, for convolution.
    static func swapLastAxes(_ src: UnsafePointer<Double>, n: Int, p: Int, q: Int,
                             adding bias: UnsafePointer<Double>? = nil, into dst: UnsafeMutablePointer<Double>) {
        let block = p &* q
        // Images split over the cores: each piece writes only its own images.
        forEachPiece(of: n, work: n &* block) { images in
            for b in images {
                transpose(src + b &* block, rows: p, columns: q, adding: bias, into: dst + b &* block)
            }
        }
    }

    /// dst (q × p) = srcᵀ for a row-major p × q `src`, plus `bias[j]` on every element of row j
    /// when given. 32×32 tiles keep reads and writes within a few cache lines; inside a tile,
    /// 4×4 blocks are transposed in SIMD registers (four loads, four stores), the ragged
    /// edges element by element. The bias is one add per element, as a scalar loop would do.
    private static func transpose(_ s: UnsafePointer<Double>, rows p: Int, columns q: Int,
                                  adding bias: UnsafePointer<Double>?, into d: UnsafeMutablePointer<Double>) {
        typealias V = SIMD4<Double>
        @inline(__always) func load(_ x: UnsafePointer<Double>) -> V { UnsafeRawPointer(x).loadUnaligned(as: V.self) }
        @inline(__always) func store(_ v: V, _ x: UnsafeMutablePointer<Double>) {
            UnsafeMutableRawPointer(x).storeBytes(of: v, as: V.self)
        }
        @inline(__always) func move(_ i: Int, _ j: Int) {
            d[j &* p &+ i] = bias.map { s[i &* q &+ j] + $0[j] } ?? s[i &* q &+ j]
        }
        let tile = 32
        var i0 = 0
        while i0 < p {
            let i1 = Swift.min(i0 &+ tile, p)
            var j0 = 0
            while j0 < q {
                let j1 = Swift.min(j0 &+ tile, q)
                var i = i0
                while i &+ 4 <= i1 {
                    var j = j0
                    while j &+ 4 <= j1 {
                        let r0 = load(s + (i &* q &+ j)), r1 = load(s + ((i &+ 1) &* q &+ j))
                        let r2 = load(s + ((i &+ 2) &* q &+ j)), r3 = load(s + ((i &+ 3) &* q &+ j))
                        var c0 = V(r0[0], r1[0], r2[0], r3[0]), c1 = V(r0[1], r1[1], r2[1], r3[1])
                        var c2 = V(r0[2], r1[2], r2[2], r3[2]), c3 = V(r0[3], r1[3], r2[3], r3[3])
                        if let bias {
                            c0 += V(repeating: bias[j]); c1 += V(repeating: bias[j &+ 1])
                            c2 += V(repeating: bias[j &+ 2]); c3 += V(repeating: bias[j &+ 3])
                        }
                        store(c0, d + (j &* p &+ i)); store(c1, d + ((j &+ 1) &* p &+ i))
                        store(c2, d + ((j &+ 2) &* p &+ i)); store(c3, d + ((j &+ 3) &* p &+ i))
                        j &+= 4
                    }
                    for jj in j..<j1 { for ii in i..<(i &+ 4) { move(ii, jj) } }
                    i &+= 4
                }
                for ii in i..<i1 { for jj in j0..<j1 { move(ii, jj) } }
                j0 = j1
            }
            i0 = i1
        }
    }
}

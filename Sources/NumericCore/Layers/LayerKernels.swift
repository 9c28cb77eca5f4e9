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

    /// `transform` applied to every element of `x`.
    @inline(__always)
    static func map(_ x: Tensor, _ transform: (Double) -> Double) -> Tensor {
        x.scalars.withUnsafeBufferPointer { src in
            makeTensor(x.shape) { dst, n in
                for i in 0..<n { dst[i] = transform(src[i]) }
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
                    for i in 0..<n { dst[i] = combine(pa[i], pb[i]) }
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
        for b in 0..<n {
            let s = src + b &* block
            let d = dst + b &* block
            // Tiles keep both reads and writes within a few cache lines.
            let tile = 32
            var i0 = 0
            while i0 < p {
                let i1 = Swift.min(i0 &+ tile, p)
                var j0 = 0
                while j0 < q {
                    let j1 = Swift.min(j0 &+ tile, q)
                    for i in i0..<i1 {
                        let srow = s + i &* q
                        if let bias {
                            for j in j0..<j1 { d[j &* p &+ i] = srow[j] + bias[j] }
                        } else {
                            for j in j0..<j1 { d[j &* p &+ i] = srow[j] }
                        }
                    }
                    j0 = j1
                }
                i0 = i1
            }
        }
    }
}

/// Unrolls every window position of an NCHW batch into a row of a matrix, so a
/// convolution becomes one matrix product (the book's `im2col`).
///
/// The result has N·OH·OW rows — the output positions of image 0 in row-major (oy, ox)
/// order, then image 1, ... — and C·FH·FW columns ordered (channel, ky, kx). Entry
/// (row, (c, ky, kx)) is input[n, c, oy·S + ky − P, ox·S + kx − P], or 0 in the padding.
public func im2col(_ input: Tensor, filterHeight: Int, filterWidth: Int, stride: Int = 1, pad: Int = 0) -> Tensor {
    let g = WindowGeometry(inputShape: input.shape, windowHeight: filterHeight, windowWidth: filterWidth,
                           stride: stride, pad: pad)
    return input.scalars.withUnsafeBufferPointer { src in
        LayerKernels.makeTensor([g.batch * g.positions, g.patchSize]) { dst, _ in
            Im2ColKernel.unroll(src.baseAddress!, g, into: dst)
        }
    }
}

/// The adjoint of `im2col` (the book's `col2im`): adds every entry of a
/// (N·OH·OW) × (C·FH·FW) matrix back onto the input position it was copied from, so
/// overlapping windows accumulate and padding entries are dropped. Returns `inputShape`.
public func col2im(_ col: Tensor, inputShape: [Int], filterHeight: Int, filterWidth: Int,
                   stride: Int = 1, pad: Int = 0) -> Tensor {
    let g = WindowGeometry(inputShape: inputShape, windowHeight: filterHeight, windowWidth: filterWidth,
                           stride: stride, pad: pad)
    precondition(col.count == g.batch * g.positions * g.patchSize,
                 "col2im: matrix \(col.shape) does not fit input \(inputShape) with a \(filterHeight)×\(filterWidth) window")
    var out = [Double](repeating: 0, count: inputShape.reduce(1, *))
    col.scalars.withUnsafeBufferPointer { src in
        out.withUnsafeMutableBufferPointer { dst in
            Im2ColKernel.fold(src.baseAddress!, g, into: dst.baseAddress!)
        }
    }
    return Tensor(shape: inputShape, scalars: out)
}

/// The loops behind `im2col` / `col2im` and the convolution layer.
enum Im2ColKernel {
    /// Unrolls the whole batch, its output lines (image, oy) split over the cores when there
    /// are at least 32 K entries to write (a single 64×64 image under a 5×5 filter has 90 K).
    static func unroll(_ src: UnsafePointer<Double>, _ g: WindowGeometry, into dst: UnsafeMutablePointer<Double>) {
        LayerKernels.forEachPiece(of: g.batch * g.outputHeight, work: g.batch * g.positions * g.patchSize,
                                  minimumWork: 32_768) { part in
            unroll(src, g, lines: part, into: dst + part.lowerBound &* g.outputWidth &* g.patchSize)
        }
    }

    /// Unrolls output lines `lines` (line n·OH + oy is row oy of image n's output) into
    /// consecutive rows starting at `dst`.
    static func unroll(_ src: UnsafePointer<Double>, _ g: WindowGeometry, lines: Range<Int>,
                       into dst: UnsafeMutablePointer<Double>) {
        let c = g.channels, h = g.height, w = g.width
        let fh = g.windowHeight, fw = g.windowWidth, s = g.stride, p = g.pad
        let oh = g.outputHeight, ow = g.outputWidth
        let patch = g.patchSize
        var row = dst
        for line in lines {
            let n = line / oh, oy = line % oh
            let image = src + n &* c &* h &* w
            for ox in 0..<ow {
                var k = 0
                let x0 = ox &* s &- p
                for ch in 0..<c {
                    let plane = image + ch &* h &* w
                    for ky in 0..<fh {
                        let y = oy &* s &+ ky &- p
                        if y < 0 || y >= h {
                            for kx in 0..<fw { row[k &+ kx] = 0 }
                        } else {
                            let line = plane + y &* w
                            if x0 >= 0 && x0 &+ fw <= w {
                                for kx in 0..<fw { row[k &+ kx] = line[x0 &+ kx] }
                            } else {
                                for kx in 0..<fw {
                                    let x = x0 &+ kx
                                    row[k &+ kx] = (x >= 0 && x < w) ? line[x] : 0
                                }
                            }
                        }
                        k &+= fw
                    }
                }
                row += patch
            }
        }
    }

    /// Folds the whole (N·OH·OW, C·FH·FW) matrix at `src` onto the zeroed input at `dst`.
    static func fold(_ src: UnsafePointer<Double>, _ g: WindowGeometry, into dst: UnsafeMutablePointer<Double>) {
        for n in 0..<g.batch {
            fold(src + n &* g.positions &* g.patchSize, g, image: n, positions: 0..<g.positions, into: dst)
        }
    }

    /// Adds the rows at `src` — output positions `positions` of image `image`, in order — onto
    /// the input batch at `dst`. Each input entry receives its rows in position order, however
    /// the positions are cut into calls.
    static func fold(_ src: UnsafePointer<Double>, _ g: WindowGeometry, image n: Int, positions: Range<Int>,
                     into dst: UnsafeMutablePointer<Double>) {
        let c = g.channels, h = g.height, w = g.width
        let fh = g.windowHeight, fw = g.windowWidth, s = g.stride, p = g.pad
        let ow = g.outputWidth
        let patch = g.patchSize
        let image = dst + n &* c &* h &* w
        var row = src
        for position in positions {
            let oy = position / ow, ox = position % ow
            var k = 0
            let x0 = ox &* s &- p
            let inside = x0 >= 0 && x0 &+ fw <= w
            for ch in 0..<c {
                let plane = image + ch &* h &* w
                for ky in 0..<fh {
                    let y = oy &* s &+ ky &- p
                    if y >= 0 && y < h {
                        let line = plane + y &* w
                        if inside {
                            for kx in 0..<fw { line[x0 &+ kx] += row[k &+ kx] }
                        } else {
                            for kx in 0..<fw {
                                let x = x0 &+ kx
                                if x >= 0 && x < w { line[x] += row[k &+ kx] }
                            }
                        }
                    }
                    k &+= fw
                }
            }
            row += patch
        }
    }

    /// dx = col2im(d·F) without the (N·OH·OW, C·FH·FW) matrix: `d` is the layer's dout in its
    /// own (N, FN, OH·OW) layout (read transposed, image by image), `filters`
    /// (FN, C·FH·FW), `dx` the zeroed input gradient. The images are split over the cores; each
    /// computes its rows of d·F a block at a time (about 256 KB, which stays in L2) and folds the
    /// block at once. Every row and every sum is what the whole product and `fold` give.
    static func foldProduct(_ d: UnsafePointer<Double>, filters: UnsafePointer<Double>, filterCount fn: Int,
                            _ g: WindowGeometry, into dx: UnsafeMutablePointer<Double>) {
        let patch = g.patchSize, positions = g.positions
        guard patch > 0, positions > 0, g.batch > 0 else { return }
        let blockRows = max(1, min(positions, 32_768 / patch))
        LayerKernels.forEachPiece(of: g.batch, work: g.batch * positions * patch * fn) { images in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: blockRows * patch) { block in
                let scratch = block.baseAddress!
                for n in images {
                    var start = 0
                    while start < positions {
                        let count = min(blockRows, positions - start)
                        MatMul.gemm(transposeA: true, m: count, n: patch, k: fn,
                                    a: d + n * fn * positions + start, lda: positions,
                                    b: filters, ldb: patch, c: scratch, ldc: patch)
                        fold(scratch, g, image: n, positions: start..<(start + count), into: dx)
                        start += count
                    }
                }
            }
        }
    }
}

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

/// The loops behind `im2col` / `col2im`.
enum Im2ColKernel {
    static func unroll(_ src: UnsafePointer<Double>, _ g: WindowGeometry, into dst: UnsafeMutablePointer<Double>) {
        let c = g.channels, h = g.height, w = g.width
        let fh = g.windowHeight, fw = g.windowWidth, s = g.stride, p = g.pad
        let oh = g.outputHeight, ow = g.outputWidth
        let patch = g.patchSize
        var row = dst
        for n in 0..<g.batch {
            let image = src + n &* c &* h &* w
            for oy in 0..<oh {
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
    }

    static func fold(_ src: UnsafePointer<Double>, _ g: WindowGeometry, into dst: UnsafeMutablePointer<Double>) {
        let c = g.channels, h = g.height, w = g.width
        let fh = g.windowHeight, fw = g.windowWidth, s = g.stride, p = g.pad
        let oh = g.outputHeight, ow = g.outputWidth
        let patch = g.patchSize
        var row = src
        for n in 0..<g.batch {
            let image = dst + n &* c &* h &* w
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var k = 0
                    let x0 = ox &* s &- p
                    for ch in 0..<c {
                        let plane = image + ch &* h &* w
                        for ky in 0..<fh {
                            let y = oy &* s &+ ky &- p
                            if y >= 0 && y < h {
                                let line = plane + y &* w
                                for kx in 0..<fw {
                                    let x = x0 &+ kx
                                    if x >= 0 && x < w { line[x] += row[k &+ kx] }
                                }
                            }
                            k &+= fw
                        }
                    }
                    row += patch
                }
            }
        }
    }
}

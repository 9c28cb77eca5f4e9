/// Max pooling (the book's `Pooling`): the largest value of each (PH × PW) window of each
/// channel. Padding counts as zeros, as in the book (which pads through `im2col`); on ties
/// the first position in (ky, kx) order wins. Backward routes dout to that position.
public final class MaxPooling: Layer {
    /// Window height.
    public let poolHeight: Int
    /// Window width.
    public let poolWidth: Int
    /// Step between windows.
    public let stride: Int
    /// Zero padding on every side.
    public let pad: Int

    private var inputShape: [Int] = []
    private var argmax: [Int] = []   // flat input index per output, −1 for padding

    /// A max-pooling layer with a (poolHeight × poolWidth) window.
    public init(poolHeight: Int, poolWidth: Int, stride: Int, pad: Int = 0) {
        precondition(poolHeight > 0 && poolWidth > 0 && stride > 0 && pad >= 0, "MaxPooling: invalid window")
        self.poolHeight = poolHeight; self.poolWidth = poolWidth; self.stride = stride; self.pad = pad
    }

    /// The display name.
    public var name: String { "MaxPool \(poolHeight)×\(poolWidth)/\(stride)" }

    /// The maximum of each window; remembers where it was.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let g = WindowGeometry(inputShape: x.shape, windowHeight: poolHeight, windowWidth: poolWidth,
                               stride: stride, pad: pad)
        inputShape = x.shape
        let planes = g.batch * g.channels
        let oh = g.outputHeight, ow = g.outputWidth, h = g.height, w = g.width
        let ph = poolHeight, pw = poolWidth, s = stride, p = pad
        // Every entry is rewritten below, so the buffer is reused while the size stays the same.
        if argmax.count != planes * oh * ow { argmax = [Int](repeating: -1, count: planes * oh * ow) }
        return x.scalars.withUnsafeBufferPointer { src in
            argmax.withUnsafeMutableBufferPointer { idx in
                LayerKernels.makeTensor([g.batch, g.channels, oh, ow]) { dst, _ in
                    // Planes split over the cores (each piece writes only its own outputs).
                    LayerKernels.forEachPiece(of: planes, work: planes * oh * ow * ph * pw) { piece in
                        if ph == 2 && pw == 2 && s == 2 && p == 0 {
                            Self.poolTwoByTwo(src.baseAddress!, planes: piece, height: h, width: w,
                                              outputHeight: oh, outputWidth: ow, into: dst, argmax: idx.baseAddress!)
                            return
                        }
                        var o = piece.lowerBound &* oh &* ow
                        for plane in piece {
                            let base = plane &* h &* w
                            for oy in 0..<oh {
                                for ox in 0..<ow {
                                    var best = -Double.infinity
                                    var bestIndex = -1
                                    let y0 = oy &* s &- p, x0 = ox &* s &- p
                                    if y0 >= 0 && x0 >= 0 && y0 &+ ph <= h && x0 &+ pw <= w {
                                        // The whole window is inside the image (always when pad = 0).
                                        var line = base &+ y0 &* w &+ x0
                                        for _ in 0..<ph {
                                            for kx in 0..<pw {
                                                // Branch-free select: random data defeats branch prediction.
                                                let v = src[line &+ kx]
                                                let better = v > best
                                                best = better ? v : best
                                                bestIndex = better ? line &+ kx : bestIndex
                                            }
                                            line &+= w
                                        }
                                        dst[o] = best
                                        idx[o] = bestIndex
                                        o &+= 1
                                        continue
                                    }
                                    for ky in 0..<ph {
                                        let y = oy &* s &+ ky &- p
                                        for kx in 0..<pw {
                                            let xx = ox &* s &+ kx &- p
                                            let inside = y >= 0 && y < h && xx >= 0 && xx < w
                                            let flat = base &+ y &* w &+ xx
                                            let v = inside ? src[flat] : 0
                                            if v > best { best = v; bestIndex = inside ? flat : -1 }
                                        }
                                    }
                                    dst[o] = best
                                    idx[o] = bestIndex
                                    o &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The book's 2×2 windows at stride 2 without padding (every CNN lesson's pooling), four
    /// windows at a time in SIMD registers: the four candidates of each window are compared in
    /// the generic loop's (ky, kx) order with the same strict `>`, so the maxima and their
    /// positions (ties: the first; NaN never wins) are exactly the generic loop's.
    private static func poolTwoByTwo(_ src: UnsafePointer<Double>, planes: Range<Int>, height h: Int, width w: Int,
                                     outputHeight oh: Int, outputWidth ow: Int,
                                     into dst: UnsafeMutablePointer<Double>, argmax idx: UnsafeMutablePointer<Int>) {
        typealias V = SIMD4<Double>
        typealias I = SIMD4<Int64>
        @inline(__always) func load(_ x: UnsafePointer<Double>) -> V { UnsafeRawPointer(x).loadUnaligned(as: V.self) }
        let lanes = I(0, 2, 4, 6)
        var o = planes.lowerBound &* oh &* ow
        for plane in planes {
            let base = plane &* h &* w
            for oy in 0..<oh {
                let top = base &+ 2 &* oy &* w, bottom = top &+ w
                var ox = 0
                while ox &+ 4 <= ow {
                    let x = 2 &* ox
                    let t0 = load(src + (top &+ x)), t1 = load(src + (top &+ x &+ 4))
                    let b0 = load(src + (bottom &+ x)), b1 = load(src + (bottom &+ x &+ 4))
                    var best = V(repeating: -.infinity), bestIndex = I(repeating: -1)
                    @inline(__always) func consider(_ v: V, _ first: Int) {
                        let better = v .> best
                        best.replace(with: v, where: better)
                        bestIndex.replace(with: lanes &+ Int64(first), where: better)
                    }
                    consider(V(t0[0], t0[2], t1[0], t1[2]), top &+ x)
                    consider(V(t0[1], t0[3], t1[1], t1[3]), top &+ x &+ 1)
                    consider(V(b0[0], b0[2], b1[0], b1[2]), bottom &+ x)
                    consider(V(b0[1], b0[3], b1[1], b1[3]), bottom &+ x &+ 1)
                    UnsafeMutableRawPointer(dst + o).storeBytes(of: best, as: V.self)
                    for k in 0..<4 { idx[o &+ k] = Int(bestIndex[k]) }
                    o &+= 4
                    ox &+= 4
                }
                while ox < ow {
                    var best = -Double.infinity, bestIndex = -1
                    for flat in Swift.stride(from: top &+ 2 &* ox, through: bottom &+ 2 &* ox, by: w) {
                        for kx in 0..<2 where src[flat &+ kx] > best { best = src[flat &+ kx]; bestIndex = flat &+ kx }
                    }
                    dst[o] = best
                    idx[o] = bestIndex
                    o &+= 1
                    ox &+= 1
                }
            }
        }
    }

    /// Routes each dout entry to its window's maximum (padding positions receive nothing).
    public func backward(_ dout: Tensor) -> Tensor {
        precondition(dout.count == argmax.count, "MaxPooling.backward: dout \(dout.shape) does not match the last forward")
        var dx = [Double](repeating: 0, count: inputShape.reduce(1, *))
        dout.scalars.withUnsafeBufferPointer { pd in
            argmax.withUnsafeBufferPointer { idx in
                dx.withUnsafeMutableBufferPointer { px in
                    // Planes split over the cores: a window's maximum is in its own plane, so
                    // pieces add to disjoint entries, each in the order of a single pass.
                    let planes = inputShape[0] * inputShape[1]
                    let perPlane = idx.count / Swift.max(1, planes)
                    LayerKernels.forEachPiece(of: planes, work: idx.count) { piece in
                        for o in (piece.lowerBound * perPlane)..<(piece.upperBound * perPlane) where idx[o] >= 0 {
                            px[idx[o]] += pd[o]
                        }
                    }
                }
            }
        }
        return Tensor(shape: inputShape, scalars: dx)
    }
}

/// Average pooling: the mean of each (PH × PW) window of each channel (padding counts as
/// zeros and the divisor is always PH·PW). Backward spreads dout/(PH·PW) over the window.
public final class AveragePooling: Layer {
    /// Window height.
    public let poolHeight: Int
    /// Window width.
    public let poolWidth: Int
    /// Step between windows.
    public let stride: Int
    /// Zero padding on every side.
    public let pad: Int

    private var inputShape: [Int] = []

    /// An average-pooling layer with a (poolHeight × poolWidth) window.
    public init(poolHeight: Int, poolWidth: Int, stride: Int, pad: Int = 0) {
        precondition(poolHeight > 0 && poolWidth > 0 && stride > 0 && pad >= 0, "AveragePooling: invalid window")
        self.poolHeight = poolHeight; self.poolWidth = poolWidth; self.stride = stride; self.pad = pad
    }

    /// The display name.
    public var name: String { "AvgPool \(poolHeight)×\(poolWidth)/\(stride)" }

    /// The mean of each window (divisor PH·PW).
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let g = WindowGeometry(inputShape: x.shape, windowHeight: poolHeight, windowWidth: poolWidth,
                               stride: stride, pad: pad)
        inputShape = x.shape
        let planes = g.batch * g.channels
        let oh = g.outputHeight, ow = g.outputWidth, h = g.height, w = g.width
        let ph = poolHeight, pw = poolWidth, s = stride, p = pad
        let scale = 1 / Double(ph * pw)
        return x.scalars.withUnsafeBufferPointer { src in
            LayerKernels.makeTensor([g.batch, g.channels, oh, ow]) { dst, _ in
                var o = 0
                for plane in 0..<planes {
                    let base = plane &* h &* w
                    for oy in 0..<oh {
                        for ox in 0..<ow {
                            var total = 0.0
                            for ky in 0..<ph {
                                let y = oy &* s &+ ky &- p
                                guard y >= 0 && y < h else { continue }
                                for kx in 0..<pw {
                                    let xx = ox &* s &+ kx &- p
                                    if xx >= 0 && xx < w { total += src[base &+ y &* w &+ xx] }
                                }
                            }
                            dst[o] = total * scale
                            o &+= 1
                        }
                    }
                }
            }
        }
    }

    /// Spreads dout/(PH·PW) over each window's positions inside the image.
    public func backward(_ dout: Tensor) -> Tensor {
        let g = WindowGeometry(inputShape: inputShape, windowHeight: poolHeight, windowWidth: poolWidth,
                               stride: stride, pad: pad)
        let planes = g.batch * g.channels
        let oh = g.outputHeight, ow = g.outputWidth, h = g.height, w = g.width
        let ph = poolHeight, pw = poolWidth, s = stride, p = pad
        precondition(dout.count == planes * oh * ow, "AveragePooling.backward: dout \(dout.shape) does not match the last forward")
        let scale = 1 / Double(ph * pw)
        var dx = [Double](repeating: 0, count: inputShape.reduce(1, *))
        dout.scalars.withUnsafeBufferPointer { pd in
            dx.withUnsafeMutableBufferPointer { px in
                var o = 0
                for plane in 0..<planes {
                    let base = plane &* h &* w
                    for oy in 0..<oh {
                        for ox in 0..<ow {
                            let v = pd[o] * scale
                            for ky in 0..<ph {
                                let y = oy &* s &+ ky &- p
                                guard y >= 0 && y < h else { continue }
                                for kx in 0..<pw {
                                    let xx = ox &* s &+ kx &- p
                                    if xx >= 0 && xx < w { px[base &+ y &* w &+ xx] += v }
                                }
                            }
                            o &+= 1
                        }
                    }
                }
            }
        }
        return Tensor(shape: inputShape, scalars: dx)
    }
}

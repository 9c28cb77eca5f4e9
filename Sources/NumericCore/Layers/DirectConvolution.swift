/// A convolution computed straight from the image, without im2col: for inference (no
/// columns need keeping for a backward pass) when the filters are few, where the matrix
/// product would be a thin one (n = FN ≤ `maxFilters`) and unrolling the image costs more
/// than the multiply-adds. The detection lesson's convolutional sliding window is such a
/// case: six 5×5 filters over a 64×64 scene, where im2col alone took 37 % of the pass.
///
/// Same bits as im2col + GEMM + bias: every output sums its C·FH·FW products in (c, ky, kx)
/// order with fused multiply-adds starting from 0 — what the GEMM micro-kernels do for one
/// k-block (so only patches of at most `GemmBlocking.maxKC` qualify) — and then adds the bias.
/// Stride 1 and no padding only.
enum DirectConvolution {
    /// Filter counts up to this use the direct loops.
    static let maxFilters = 8

    /// Whether a layer of this shape takes the direct path for inference.
    static func applies(filters: Int, geometry g: WindowGeometry) -> Bool {
        filters <= maxFilters && g.stride == 1 && g.pad == 0 && g.patchSize <= GemmBlocking.maxKC
            && g.positions > 0 && g.patchSize > 0
    }

    /// out (N, FN, OH, OW) = the convolution of `x` (N, C, H, W) by `w` (FN, C, FH, FW) plus
    /// `bias` (FN). Output rows (image, filter, oy) are split over the cores.
    static func forward(_ x: UnsafePointer<Double>, _ g: WindowGeometry, filters w: UnsafePointer<Double>,
                        filterCount fn: Int, bias: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>) {
        let lines = g.batch * fn * g.outputHeight
        LayerKernels.forEachPiece(of: lines, work: lines * g.outputWidth * g.patchSize, minimumWork: 65_536) { piece in
            for line in piece {
                let oy = line % g.outputHeight, f = (line / g.outputHeight) % fn, n = line / (g.outputHeight * fn)
                row(x + n * g.channels * g.height * g.width, g, oy: oy, filter: w + f * g.patchSize,
                    bias: bias[f], into: out + line * g.outputWidth)
            }
        }
    }

    /// One output row: out[ox] = Σ_(c, ky, kx) image[c, oy + ky, ox + kx]·filter[c, ky, kx] + bias,
    /// sixteen (then four, then one) consecutive ox at a time.
    @inline(__always)
    private static func row(_ image: UnsafePointer<Double>, _ g: WindowGeometry, oy: Int,
                            filter: UnsafePointer<Double>, bias: Double, into out: UnsafeMutablePointer<Double>) {
        typealias V = SIMD4<Double>
        let ow = g.outputWidth, plane = g.height * g.width, width = g.width
        let fh = g.windowHeight, fw = g.windowWidth, channels = g.channels
        @inline(__always) func load(_ p: UnsafePointer<Double>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }
        @inline(__always) func store(_ v: V, _ p: UnsafeMutablePointer<Double>) {
            UnsafeMutableRawPointer(p).storeBytes(of: v + V(repeating: bias), as: V.self)
        }
        var ox = 0
        while ox + 16 <= ow {
            var a0 = V(), a1 = V(), a2 = V(), a3 = V()
            var tap = filter
            for c in 0..<channels {
                for ky in 0..<fh {
                    let line = image + c * plane + (oy + ky) * width + ox
                    for kx in 0..<fw {
                        let wv = V(repeating: tap[0])
                        a0.addProduct(load(line + kx), wv)
                        a1.addProduct(load(line + kx + 4), wv)
                        a2.addProduct(load(line + kx + 8), wv)
                        a3.addProduct(load(line + kx + 12), wv)
                        tap += 1
                    }
                }
            }
            store(a0, out + ox); store(a1, out + ox + 4); store(a2, out + ox + 8); store(a3, out + ox + 12)
            ox += 16
        }
        while ox + 4 <= ow {
            var a = V()
            var tap = filter
            for c in 0..<channels {
                for ky in 0..<fh {
                    let line = image + c * plane + (oy + ky) * width + ox
                    for kx in 0..<fw { a.addProduct(load(line + kx), V(repeating: tap[0])); tap += 1 }
                }
            }
            store(a, out + ox)
            ox += 4
        }
        while ox < ow {
            var a = 0.0
            var tap = filter
            for c in 0..<channels {
                for ky in 0..<fh {
                    let line = image + c * plane + (oy + ky) * width + ox
                    for kx in 0..<fw { a.addProduct(line[kx], tap[0]); tap += 1 }
                }
            }
            out[ox] = a + bias
            ox += 1
        }
    }
}

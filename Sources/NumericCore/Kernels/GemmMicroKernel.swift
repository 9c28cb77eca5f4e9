// The register-blocked micro-kernel of the matrix multiply: it multiplies one packed
// micro-panel of A (MR rows × kc) by one packed micro-panel of B (kc × NR columns) and
// writes or adds the MR×NR result tile to C. Everything else in the GEMM exists to feed
// this loop with data that sits in cache, in the order it reads it.
//
// Two variants, chosen at compile time:
// - default (baseline x86-64, SSE2: 16 registers of 2 doubles, no FMA): a 2×8 tile kept in
//   8 two-lane accumulators. A is packed with every element stored twice, so the
//   "broadcast" of an A element is a plain 16-byte load instead of a load plus a shuffle;
//   products and sums are separate multiply and add instructions (fusing them would call
//   the C library's `fma` per lane, which is slow).
// - `NUMERICCORE_FMA` (Package.swift sets it together with `-target-cpu haswell`, i.e.
//   AVX2 + FMA): a 6×8 tile kept in twelve 4-lane accumulators updated with fused
//   multiply-add, which runs at about the FMA units' peak (~55 GFLOPS per core here,
//   against ~23 for the SSE2 variant). Without FMA hardware `addProduct` would become a
//   library call per lane, so the flag must only be set with such a target CPU.
//
// Note: NumericCore is compiled for a different CPU than the modules that import it; its
// public API must not pass SIMD vectors wider than 128 bits by value (their calling
// convention depends on AVX being enabled).
//
// Summation order: each C element sums its kc products in order p = 0, 1, …, kc−1, then
// adds the tile to C (or stores it for the first k-block when overwriting). The order
// never depends on the thread count or cache blocking, only on the k-block boundaries.

/// Compile-time shape of the micro-kernel and of the packed panels it reads.
enum GemmTile {
#if NUMERICCORE_FMA
    /// Rows of C computed by one micro-kernel call.
    @inline(__always) static var rows: Int { 6 }
    /// Columns of C computed by one micro-kernel call.
    @inline(__always) static var columns: Int { 8 }
    /// How many times each A element is repeated in the packed A panel.
    @inline(__always) static var aRepeat: Int { 1 }
#else
    /// Rows of C computed by one micro-kernel call.
    @inline(__always) static var rows: Int { 2 }
    /// Columns of C computed by one micro-kernel call.
    @inline(__always) static var columns: Int { 8 }
    /// How many times each A element is repeated in the packed A panel.
    @inline(__always) static var aRepeat: Int { 2 }
#endif
    /// Doubles one k-step of a packed A micro-panel occupies.
    @inline(__always) static var aStep: Int { rows &* aRepeat }
}

@inline(__always)
private func load2(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
}

@inline(__always)
private func store2(_ v: SIMD2<Double>, _ p: UnsafeMutablePointer<Double>, accumulate: Bool) {
    let raw = UnsafeMutableRawPointer(p)
    if accumulate {
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD2<Double>.self) + v, as: SIMD2<Double>.self)
    } else {
        raw.storeBytes(of: v, as: SIMD2<Double>.self)
    }
}

@inline(__always)
private func load8(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
}

@inline(__always)
private func store8(_ v: SIMD8<Double>, _ p: UnsafeMutablePointer<Double>, accumulate: Bool) {
    let raw = UnsafeMutableRawPointer(p)
    if accumulate {
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Double>.self) + v, as: SIMD8<Double>.self)
    } else {
        raw.storeBytes(of: v, as: SIMD8<Double>.self)
    }
}

#if NUMERICCORE_FMA
/// C[0..<6, 0..<8] (row stride `ldc`) = or += (A panel)·(B panel) over `kc` steps.
/// `a`: kc steps of 6 doubles; `b`: kc steps of 8 doubles. Twelve 4-lane accumulators
/// (AVX2) or six 8-lane ones (AVX-512), plus the B row and one broadcast.
@inline(never)
func gemmMicroKernel(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                     c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD8<Double>
    var c0 = V(), c1 = V(), c2 = V(), c3 = V(), c4 = V(), c5 = V()
    var pa = a, pb = b
    for _ in 0..<kc {
        let bv = load8(pb)
        c0.addProduct(V(repeating: pa[0]), bv)
        c1.addProduct(V(repeating: pa[1]), bv)
        c2.addProduct(V(repeating: pa[2]), bv)
        c3.addProduct(V(repeating: pa[3]), bv)
        c4.addProduct(V(repeating: pa[4]), bv)
        c5.addProduct(V(repeating: pa[5]), bv)
        pa += 6
        pb += 8
    }
    store8(c0, c, accumulate: accumulate)
    store8(c1, c + ldc, accumulate: accumulate)
    store8(c2, c + 2 &* ldc, accumulate: accumulate)
    store8(c3, c + 3 &* ldc, accumulate: accumulate)
    store8(c4, c + 4 &* ldc, accumulate: accumulate)
    store8(c5, c + 5 &* ldc, accumulate: accumulate)
}
#else
/// C[0..<2, 0..<8] (row stride `ldc`) = or += (A panel)·(B panel) over `kc` steps.
/// `a`: kc steps of 4 doubles (a0, a0, a1, a1); `b`: kc steps of 8 doubles.
@inline(never)
func gemmMicroKernel(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                     c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD2<Double>
    var c00 = V(), c01 = V(), c02 = V(), c03 = V()
    var c10 = V(), c11 = V(), c12 = V(), c13 = V()
    var pa = a, pb = b
    for _ in 0..<kc {
        let b0 = load2(pb), b1 = load2(pb + 2), b2 = load2(pb + 4), b3 = load2(pb + 6)
        let a0 = load2(pa), a1 = load2(pa + 2)
        c00 += a0 * b0
        c01 += a0 * b1
        c02 += a0 * b2
        c03 += a0 * b3
        c10 += a1 * b0
        c11 += a1 * b1
        c12 += a1 * b2
        c13 += a1 * b3
        pa += 4
        pb += 8
    }
    store2(c00, c, accumulate: accumulate)
    store2(c01, c + 2, accumulate: accumulate)
    store2(c02, c + 4, accumulate: accumulate)
    store2(c03, c + 6, accumulate: accumulate)
    let c1 = c + ldc
    store2(c10, c1, accumulate: accumulate)
    store2(c11, c1 + 2, accumulate: accumulate)
    store2(c12, c1 + 4, accumulate: accumulate)
    store2(c13, c1 + 6, accumulate: accumulate)
}
#endif

// The register-blocked micro-kernel of the matrix multiply: it multiplies one packed
// micro-panel of A (MR rows × kc) by one packed micro-panel of B (kc × NR columns) and
// writes or adds the MR×NR result tile to C. Everything else in the GEMM exists to feed
// this loop with data that sits in cache, in the order it reads it.
//
// Both variants are plain Swift SIMD code (no intrinsics) over the same 6×8 tile and the same
// packed panels, and update every C element with the same fused multiply-adds in the same
// order, so they give the same bits:
// - `gemmMicroKernel`: six 8-lane accumulators. Compiled for x86-64 with `-target-cpu
//   haswell` each is two 4-lane AVX2 FMAs (the `avx2` kernel set, ~55 GFLOPS per core here).
// - `gemmMicroKernelPortable` (the `portable` set, what arm64 builds run): 2-lane vectors,
//   the width of a NEON register, in two 6×4 passes of twelve accumulators (fits x86's 16
//   vector registers and NEON's 32). On x86 it runs 2-lane FMAs, so `NNBOOK_GEMM_KERNEL=
//   portable` measures it here at up to half the AVX2 kernel's width.
// `addProduct` is a fused multiply-add on every CPU these build for (x86-64 with FMA, and
// arm64, where FMA is part of the base ISA); on a CPU without one it would call the C
// library's `fma` per lane — slow, but still the same bits.
//
// Note: NumericCore is compiled for a different CPU than the modules that import it; its
// public API must not pass SIMD vectors wider than 128 bits by value (their calling
// convention depends on AVX being enabled).
//
// Summation order: each C element sums its kc products in order p = 0, 1, …, kc−1, then
// adds the tile to C (or stores it for the first k-block when overwriting). The order
// never depends on the thread count, cache blocking or kernel set, only on the k-block
// boundaries.

/// Compile-time shape of the micro-kernel and of the packed panels it reads.
enum GemmTile {
    /// Rows of C computed by one micro-kernel call.
    @inline(__always) static var rows: Int { 6 }
    /// Columns of C computed by one micro-kernel call.
    @inline(__always) static var columns: Int { 8 }
    /// How many times each A element is repeated in the packed A panel (1: the packing code
    /// still takes a repeat, from an SSE2 kernel that needed its A elements doubled).
    @inline(__always) static var aRepeat: Int { 1 }
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

/// C[0..<6, 0..<8] (row stride `ldc`) = or += (A panel)·(B panel) over `kc` steps.
/// `a`: kc steps of 6 doubles; `b`: kc steps of 8 doubles, `bStride` apart (8 in a packed
/// panel; B's row stride when B is read where it lies). Twelve 4-lane accumulators
/// (AVX2) or six 8-lane ones (AVX-512), plus the B row and one broadcast.
@inline(never)
func gemmMicroKernel(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStride: Int = 8,
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
        pb += bStride
    }
    store8(c0, c, accumulate: accumulate)
    store8(c1, c + ldc, accumulate: accumulate)
    store8(c2, c + 2 &* ldc, accumulate: accumulate)
    store8(c3, c + 3 &* ldc, accumulate: accumulate)
    store8(c4, c + 4 &* ldc, accumulate: accumulate)
    store8(c5, c + 5 &* ldc, accumulate: accumulate)
}
/// The portable variant of `gemmMicroKernel` (same tile, same packed panels, same bits):
/// C[0..<6, 0..<8] = or += (A panel)·(B panel) with 2-lane vectors, in two passes over the
/// panels — columns 0–3, then 4–7 — of twelve accumulators each, so a pass needs 15 vector
/// registers: it fits x86's 16 as well as NEON's 32 (one pass over all 8 columns would need
/// 24 accumulators and spill on x86).
@inline(never)
func gemmMicroKernelPortable(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStride: Int = 8,
                             c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    gemmPortableHalf(kc: kc, a: a, b: b, bStride: bStride, c: c, ldc: ldc, accumulate: accumulate)
    gemmPortableHalf(kc: kc, a: a, b: b + 4, bStride: bStride, c: c + 4, ldc: ldc, accumulate: accumulate)
}

/// C[0..<6, 0..<4] = or += (A panel)·(4 of the B panel's 8 columns, from `b`).
@inline(__always)
private func gemmPortableHalf(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bStride: Int,
                              c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD2<Double>
    var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
    var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
    var pa = a, pb = b
    for _ in 0..<kc {
        let b0 = load2(pb), b1 = load2(pb + 2)
        var x = V(repeating: pa[0])
        c00.addProduct(x, b0); c01.addProduct(x, b1)
        x = V(repeating: pa[1])
        c10.addProduct(x, b0); c11.addProduct(x, b1)
        x = V(repeating: pa[2])
        c20.addProduct(x, b0); c21.addProduct(x, b1)
        x = V(repeating: pa[3])
        c30.addProduct(x, b0); c31.addProduct(x, b1)
        x = V(repeating: pa[4])
        c40.addProduct(x, b0); c41.addProduct(x, b1)
        x = V(repeating: pa[5])
        c50.addProduct(x, b0); c51.addProduct(x, b1)
        pa += 6
        pb += bStride
    }
    @inline(__always) func storeRow(_ r: Int, _ v0: V, _ v1: V) {
        let out = c + r &* ldc
        store2(v0, out, accumulate: accumulate)
        store2(v1, out + 2, accumulate: accumulate)
    }
    storeRow(0, c00, c01)
    storeRow(1, c10, c11)
    storeRow(2, c20, c21)
    storeRow(3, c30, c31)
    storeRow(4, c40, c41)
    storeRow(5, c50, c51)
}

// AVX-512 micro-kernels of the matrix multiply, for CPUs that have it (this module is
// compiled with `-target-cpu skylake-avx512`, see Package.swift). NumericCore calls them only
// after checking at run time that the CPU and OS support AVX-512 (`GemmKernelSet`); nothing
// here runs on other machines.
//
// They read NumericCore's packed panels unchanged — A in micro-panels of 6 rows, B in
// micro-panels of 8 columns — and compute the tile of two A panels and/or two B panels at
// once, so 8-lane (zmm) accumulators fill the register file: 12×16 is 24 accumulators, two
// B loads and twelve broadcasts per 24 fused multiply-adds, which runs at about the FMA
// units' peak (~120 GFLOPS per core on this machine's Zen 5, twice the AVX2 6×8 kernel).
//
// Every C element is computed exactly as by NumericCore's 6×8 kernel: fused a·b + acc from
// zero in order p, then stored or added to C. So results are bit-for-bit the same whichever
// kernel runs; only the tile that is computed per call differs.
//
// The three kernels are written out in full on purpose: each accumulator must be its own
// local variable for the compiler to keep all of them in registers through the loop.
// load8/store8 repeat NumericCore's helpers because this module is compiled for another
// CPU (and NumericCore imports it, not the other way round).
//
// The public functions take only pointers and integers: a SIMD vector passed by value
// would change calling convention between this module and its AVX2-compiled caller.

#if arch(x86_64)
@inline(__always)
private func load8(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
}

@inline(__always)
private func store8(_ v: SIMD8<Double>, _ p: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
    let raw = UnsafeMutableRawPointer(p)
    if accumulate {
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Double>.self) + v, as: SIMD8<Double>.self)
    } else {
        raw.storeBytes(of: v, as: SIMD8<Double>.self)
    }
}

/// C[0..<12, 0..<16] (row stride `ldc`) = or += the packed A panels `a0` (rows 0–5) and
/// `a1` (rows 6–11) times the packed B panels `b0` (columns 0–7) and `b1` (8–15), over `kc`
/// steps. Each A panel holds kc steps of 6 doubles, each B panel kc steps of 8, `bStride` apart
/// (8 when packed; B's row stride when it is read where it lies, `b1` then being `b0` + 8).
@inline(never)
public func gemmKernel12x16(kc: Int,
                            a0: UnsafePointer<Double>, a1: UnsafePointer<Double>, b0: UnsafePointer<Double>, b1: UnsafePointer<Double>,
                            bStride: Int = 8, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD8<Double>
    var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V(), c30 = V(), c31 = V()
    var c40 = V(), c41 = V(), c50 = V(), c51 = V(), c60 = V(), c61 = V(), c70 = V(), c71 = V()
    var c80 = V(), c81 = V(), c90 = V(), c91 = V(), ca0 = V(), ca1 = V(), cb0 = V(), cb1 = V()
    var pa0 = a0, pa1 = a1, pb0 = b0, pb1 = b1
    for _ in 0..<kc {
        let v0 = load8(pb0), v1 = load8(pb1)
        var x = V(repeating: pa0[0]); c00.addProduct(x, v0); c01.addProduct(x, v1)
        x = V(repeating: pa0[1]); c10.addProduct(x, v0); c11.addProduct(x, v1)
        x = V(repeating: pa0[2]); c20.addProduct(x, v0); c21.addProduct(x, v1)
        x = V(repeating: pa0[3]); c30.addProduct(x, v0); c31.addProduct(x, v1)
        x = V(repeating: pa0[4]); c40.addProduct(x, v0); c41.addProduct(x, v1)
        x = V(repeating: pa0[5]); c50.addProduct(x, v0); c51.addProduct(x, v1)
        x = V(repeating: pa1[0]); c60.addProduct(x, v0); c61.addProduct(x, v1)
        x = V(repeating: pa1[1]); c70.addProduct(x, v0); c71.addProduct(x, v1)
        x = V(repeating: pa1[2]); c80.addProduct(x, v0); c81.addProduct(x, v1)
        x = V(repeating: pa1[3]); c90.addProduct(x, v0); c91.addProduct(x, v1)
        x = V(repeating: pa1[4]); ca0.addProduct(x, v0); ca1.addProduct(x, v1)
        x = V(repeating: pa1[5]); cb0.addProduct(x, v0); cb1.addProduct(x, v1)
        pa0 += 6; pa1 += 6; pb0 += bStride; pb1 += bStride
    }
    var row = c
    store8(c00, row, accumulate); store8(c01, row + 8, accumulate); row += ldc
    store8(c10, row, accumulate); store8(c11, row + 8, accumulate); row += ldc
    store8(c20, row, accumulate); store8(c21, row + 8, accumulate); row += ldc
    store8(c30, row, accumulate); store8(c31, row + 8, accumulate); row += ldc
    store8(c40, row, accumulate); store8(c41, row + 8, accumulate); row += ldc
    store8(c50, row, accumulate); store8(c51, row + 8, accumulate); row += ldc
    store8(c60, row, accumulate); store8(c61, row + 8, accumulate); row += ldc
    store8(c70, row, accumulate); store8(c71, row + 8, accumulate); row += ldc
    store8(c80, row, accumulate); store8(c81, row + 8, accumulate); row += ldc
    store8(c90, row, accumulate); store8(c91, row + 8, accumulate); row += ldc
    store8(ca0, row, accumulate); store8(ca1, row + 8, accumulate); row += ldc
    store8(cb0, row, accumulate); store8(cb1, row + 8, accumulate)
}

/// C[0..<6, 0..<16] = or += packed A panel `a0` times packed B panels `b0` and `b1`.
@inline(never)
public func gemmKernel6x16(kc: Int,
                           a0: UnsafePointer<Double>, b0: UnsafePointer<Double>, b1: UnsafePointer<Double>,
                           bStride: Int = 8, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD8<Double>
    var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V(), c30 = V(), c31 = V()
    var c40 = V(), c41 = V(), c50 = V(), c51 = V()
    var pa0 = a0, pb0 = b0, pb1 = b1
    for _ in 0..<kc {
        let v0 = load8(pb0), v1 = load8(pb1)
        var x = V(repeating: pa0[0]); c00.addProduct(x, v0); c01.addProduct(x, v1)
        x = V(repeating: pa0[1]); c10.addProduct(x, v0); c11.addProduct(x, v1)
        x = V(repeating: pa0[2]); c20.addProduct(x, v0); c21.addProduct(x, v1)
        x = V(repeating: pa0[3]); c30.addProduct(x, v0); c31.addProduct(x, v1)
        x = V(repeating: pa0[4]); c40.addProduct(x, v0); c41.addProduct(x, v1)
        x = V(repeating: pa0[5]); c50.addProduct(x, v0); c51.addProduct(x, v1)
        pa0 += 6; pb0 += bStride; pb1 += bStride
    }
    var row = c
    store8(c00, row, accumulate); store8(c01, row + 8, accumulate); row += ldc
    store8(c10, row, accumulate); store8(c11, row + 8, accumulate); row += ldc
    store8(c20, row, accumulate); store8(c21, row + 8, accumulate); row += ldc
    store8(c30, row, accumulate); store8(c31, row + 8, accumulate); row += ldc
    store8(c40, row, accumulate); store8(c41, row + 8, accumulate); row += ldc
    store8(c50, row, accumulate); store8(c51, row + 8, accumulate)
}

/// C[0..<12, 0..<8] = or += packed A panels `a0` and `a1` times packed B panel `b0`.
@inline(never)
public func gemmKernel12x8(kc: Int,
                           a0: UnsafePointer<Double>, a1: UnsafePointer<Double>, b0: UnsafePointer<Double>,
                           bStride: Int = 8, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    typealias V = SIMD8<Double>
    var c00 = V(), c10 = V(), c20 = V(), c30 = V(), c40 = V(), c50 = V(), c60 = V(), c70 = V()
    var c80 = V(), c90 = V(), ca0 = V(), cb0 = V()
    var pa0 = a0, pa1 = a1, pb0 = b0
    for _ in 0..<kc {
        let v0 = load8(pb0)
        var x = V(repeating: pa0[0]); c00.addProduct(x, v0)
        x = V(repeating: pa0[1]); c10.addProduct(x, v0)
        x = V(repeating: pa0[2]); c20.addProduct(x, v0)
        x = V(repeating: pa0[3]); c30.addProduct(x, v0)
        x = V(repeating: pa0[4]); c40.addProduct(x, v0)
        x = V(repeating: pa0[5]); c50.addProduct(x, v0)
        x = V(repeating: pa1[0]); c60.addProduct(x, v0)
        x = V(repeating: pa1[1]); c70.addProduct(x, v0)
        x = V(repeating: pa1[2]); c80.addProduct(x, v0)
        x = V(repeating: pa1[3]); c90.addProduct(x, v0)
        x = V(repeating: pa1[4]); ca0.addProduct(x, v0)
        x = V(repeating: pa1[5]); cb0.addProduct(x, v0)
        pa0 += 6; pa1 += 6; pb0 += bStride
    }
    var row = c
    store8(c00, row, accumulate); row += ldc
    store8(c10, row, accumulate); row += ldc
    store8(c20, row, accumulate); row += ldc
    store8(c30, row, accumulate); row += ldc
    store8(c40, row, accumulate); row += ldc
    store8(c50, row, accumulate); row += ldc
    store8(c60, row, accumulate); row += ldc
    store8(c70, row, accumulate); row += ldc
    store8(c80, row, accumulate); row += ldc
    store8(c90, row, accumulate); row += ldc
    store8(ca0, row, accumulate); row += ldc
    store8(cb0, row, accumulate)
}
#endif

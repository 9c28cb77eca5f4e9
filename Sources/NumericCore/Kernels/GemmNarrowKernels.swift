// Kernels for a ragged last column panel of at most 4 columns (n = 50 leaves 2, n = 10
// leaves 2, n = 100 leaves 4): the 6×8 micro-kernel would spend 8 lanes on 2 or 4 columns.
// These compute a whole column of A micro-panels (an MC block) against one B micro-panel
// at a fraction of the cost:
// - 1-2 columns: rows go in the vector lanes (each packed A k-step is 6 contiguous rows),
//   B elements are broadcast; two A micro-panels at a time give 8 independent FMA chains.
// - 3-4 columns: the micro-kernel's layout with 4 lanes, two A micro-panels at a time
//   (12 chains of 4-lane FMAs).
//
// Every C element is computed exactly as by `gemmMicroKernel` (fused a·b + acc from zero in
// order p, then stored or added to C), so results are bit-for-bit the same as with the
// full tile, with every kernel set.

/// The widest ragged column panel the narrow kernels handle.
let gemmNarrowMaxColumns = 4

@inline(__always)
private func load4(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
}

@inline(__always)
private func load2(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
}

/// Writes (or adds) `value` to C[row, column] — one lane of an accumulator.
@inline(__always)
private func put(_ value: Double, _ c: UnsafeMutablePointer<Double>, accumulate: Bool) {
    c.pointee = accumulate ? c.pointee + value : value
}

/// C[0..<rows, 0..<columns] (row stride `ldc`) = or += op(A)·op(B) for the packed A micro-
/// panels at `a` (⌈rows/6⌉ of them, each kc steps of 6 rows) and the packed B micro-panel
/// at `b` (kc steps of 8 columns, of which the first `columns` ≤ 4 are used).
func gemmNarrowColumns(kc: Int, a: UnsafePointer<Double>, rows: Int, b: UnsafePointer<Double>,
                       columns: Int, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool) {
    let panelSize = kc &* 6
    var r = 0
    while r < rows {
        let pairRows = min(12, rows &- r)
        let aPanel = a + (r / 6) &* panelSize
        let cRows = c + r &* ldc
        if columns <= 2 {
            gemmTwoColumnsPanelPair(kc: kc, a: aPanel, b: b, c: cRows, ldc: ldc,
                                    rows: pairRows, columns: columns, accumulate: accumulate)
        } else {
            gemmFourColumnsPanelPair(kc: kc, a: aPanel, b: b, c: cRows, ldc: ldc,
                                     rows: pairRows, columns: columns, accumulate: accumulate)
        }
        r &+= 12
    }
}

/// Rows 0..<rows (≤ 12; the second A panel is read only when rows > 6) and columns
/// 0..<columns (≤ 2) with rows in the lanes: per k-step, 6 rows of each panel (a 4-lane and
/// a 2-lane load) times the broadcast B element of each column.
@inline(never)
private func gemmTwoColumnsPanelPair(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                                     c: UnsafeMutablePointer<Double>, ldc: Int,
                                     rows: Int, columns: Int, accumulate: Bool) {
    typealias V4 = SIMD4<Double>
    typealias V2 = SIMD2<Double>
    var c0lo = V4(), c0hi = V2(), c1lo = V4(), c1hi = V2()  // first panel, columns 0 and 1
    var d0lo = V4(), d0hi = V2(), d1lo = V4(), d1hi = V2()  // second panel
    var pa = a, pb = b
    if rows > 6 {
        let second = kc &* 6
        for _ in 0..<kc {
            let alo = load4(pa), ahi = load2(pa + 4)
            let blo = load4(pa + second), bhi = load2(pa + second + 4)
            let b0 = pb[0], b1 = pb[1]
            c0lo.addProduct(alo, V4(repeating: b0))
            c0hi.addProduct(ahi, V2(repeating: b0))
            c1lo.addProduct(alo, V4(repeating: b1))
            c1hi.addProduct(ahi, V2(repeating: b1))
            d0lo.addProduct(blo, V4(repeating: b0))
            d0hi.addProduct(bhi, V2(repeating: b0))
            d1lo.addProduct(blo, V4(repeating: b1))
            d1hi.addProduct(bhi, V2(repeating: b1))
            pa += 6
            pb += 8
        }
    } else {
        for _ in 0..<kc {
            let alo = load4(pa), ahi = load2(pa + 4)
            let b0 = pb[0], b1 = pb[1]
            c0lo.addProduct(alo, V4(repeating: b0))
            c0hi.addProduct(ahi, V2(repeating: b0))
            c1lo.addProduct(alo, V4(repeating: b1))
            c1hi.addProduct(ahi, V2(repeating: b1))
            pa += 6
            pb += 8
        }
    }
    for i in 0..<rows {
        let row = c + i &* ldc
        let value0: Double, value1: Double
        switch i {
        case 0..<4: value0 = c0lo[i]; value1 = c1lo[i]
        case 4..<6: value0 = c0hi[i &- 4]; value1 = c1hi[i &- 4]
        case 6..<10: value0 = d0lo[i &- 6]; value1 = d1lo[i &- 6]
        default: value0 = d0hi[i &- 10]; value1 = d1hi[i &- 10]
        }
        put(value0, row, accumulate: accumulate)
        if columns == 2 { put(value1, row + 1, accumulate: accumulate) }
    }
}

/// Rows 0..<rows (≤ 12) and columns 0..<columns (3 or 4) in the micro-kernel's layout with
/// 4 lanes: per k-step, the first 4 B columns times each broadcast A element.
@inline(never)
private func gemmFourColumnsPanelPair(kc: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
                                      c: UnsafeMutablePointer<Double>, ldc: Int,
                                      rows: Int, columns: Int, accumulate: Bool) {
    typealias V = SIMD4<Double>
    var c0 = V(), c1 = V(), c2 = V(), c3 = V(), c4 = V(), c5 = V()
    var d0 = V(), d1 = V(), d2 = V(), d3 = V(), d4 = V(), d5 = V()
    var pa = a, pb = b
    if rows > 6 {
        let q = a + kc &* 6
        var pq = q
        for _ in 0..<kc {
            let bv = load4(pb)
            c0.addProduct(V(repeating: pa[0]), bv)
            c1.addProduct(V(repeating: pa[1]), bv)
            c2.addProduct(V(repeating: pa[2]), bv)
            c3.addProduct(V(repeating: pa[3]), bv)
            c4.addProduct(V(repeating: pa[4]), bv)
            c5.addProduct(V(repeating: pa[5]), bv)
            d0.addProduct(V(repeating: pq[0]), bv)
            d1.addProduct(V(repeating: pq[1]), bv)
            d2.addProduct(V(repeating: pq[2]), bv)
            d3.addProduct(V(repeating: pq[3]), bv)
            d4.addProduct(V(repeating: pq[4]), bv)
            d5.addProduct(V(repeating: pq[5]), bv)
            pa += 6
            pq += 6
            pb += 8
        }
    } else {
        for _ in 0..<kc {
            let bv = load4(pb)
            c0.addProduct(V(repeating: pa[0]), bv)
            c1.addProduct(V(repeating: pa[1]), bv)
            c2.addProduct(V(repeating: pa[2]), bv)
            c3.addProduct(V(repeating: pa[3]), bv)
            c4.addProduct(V(repeating: pa[4]), bv)
            c5.addProduct(V(repeating: pa[5]), bv)
            pa += 6
            pb += 8
        }
    }
    withUnsafeTemporaryAllocation(of: V.self, capacity: 12) { tile in
        tile[0] = c0; tile[1] = c1; tile[2] = c2; tile[3] = c3; tile[4] = c4; tile[5] = c5
        tile[6] = d0; tile[7] = d1; tile[8] = d2; tile[9] = d3; tile[10] = d4; tile[11] = d5
        for i in 0..<rows {
            let row = c + i &* ldc, v = tile[i]
            for j in 0..<columns { put(v[j], row + j, accumulate: accumulate) }
        }
    }
}

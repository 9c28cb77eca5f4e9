// Packing: copies a block of op(A) or op(B) into the contiguous order the micro-kernel
// reads, whatever the source layout (plain or transposed, any row stride), padding the
// ragged last panel with zeros so the micro-kernel always computes a full tile.
//
// Packed A block (rows × kc): micro-panels of `GemmTile.rows` rows; within a panel, k-step
// p holds the panel's rows at p, each repeated `GemmTile.aRepeat` times.
// Packed B block (kc × columns): micro-panels of `GemmTile.columns` columns; within a
// panel, k-step p holds the panel's columns at p.

/// Packs op(A)[i0 ..< i0+rows, p0 ..< p0+kc] into micro-panels at `dst`, where
/// op(A)[i, p] is `a[i*lda + p]`, or `a[p*lda + i]` when `transposed`.
/// `dst` must hold ⌈rows / GemmTile.rows⌉ · kc · GemmTile.aStep doubles.
func gemmPackA(_ a: UnsafePointer<Double>, lda: Int, transposed: Bool,
               i0: Int, rows: Int, p0: Int, kc: Int, into dst: UnsafeMutablePointer<Double>) {
    let mr = GemmTile.rows, rep = GemmTile.aRepeat, step = GemmTile.aStep
    var panelStart = 0
    var out = dst
    while panelStart < rows {
        let valid = min(mr, rows &- panelStart)
        if valid == 6 {
            // Full 6-row panel, no repetition (the FMA layout): vector copies and transposes.
            if transposed {
                gemmPackSixRowsTransposed(a + (p0 &* lda &+ i0 &+ panelStart), lda: lda, kc: kc, into: out)
            } else {
                gemmPackSixRows(a + ((i0 &+ panelStart) &* lda &+ p0), lda: lda, kc: kc, into: out)
            }
            out += kc &* step
            panelStart &+= mr
            continue
        }
        if transposed {
            // op(A) rows of the panel are contiguous in each source row p.
            var src = a + (p0 &* lda &+ i0 &+ panelStart)
            for p in 0..<kc {
                let o = out + p &* step
                for r in 0..<mr {
                    let v = r < valid ? src[r] : 0
                    for d in 0..<rep { o[r &* rep &+ d] = v }
                }
                src += lda
            }
        } else {
            // Each op(A) row is contiguous: read it along p, write with the panel's stride.
            for r in 0..<mr {
                let o = out + r &* rep
                if r < valid {
                    let src = a + ((i0 &+ panelStart &+ r) &* lda &+ p0)
                    for p in 0..<kc {
                        let v = src[p]
                        for d in 0..<rep { o[p &* step &+ d] = v }
                    }
                } else {
                    for p in 0..<kc {
                        for d in 0..<rep { o[p &* step &+ d] = 0 }
                    }
                }
            }
        }
        out += kc &* step
        panelStart &+= mr
    }
}

@inline(__always)
private func load4(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
}

@inline(__always)
private func load2(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
}

@inline(__always)
private func store<V: SIMD>(_ v: V, _ p: UnsafeMutablePointer<Double>) where V.Scalar == Double {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
}

/// A full 6-row panel of op(A) = Aᵀ: step p is 6 contiguous doubles of source row p.
@inline(__always)
private func gemmPackSixRowsTransposed(_ src: UnsafePointer<Double>, lda: Int, kc: Int,
                                       into out: UnsafeMutablePointer<Double>) {
    var s = src, o = out
    for _ in 0..<kc {
        store(load4(s), o)
        store(load2(s + 4), o + 4)
        s += lda
        o += 6
    }
}

/// A full 6-row panel of op(A) = A: six source rows read four steps at a time, each 6×4
/// block transposed in registers into four 6-double steps.
@inline(__always)
private func gemmPackSixRows(_ src: UnsafePointer<Double>, lda: Int, kc: Int,
                             into out: UnsafeMutablePointer<Double>) {
    let s0 = src, s1 = src + lda, s2 = src + 2 &* lda
    let s3 = src + 3 &* lda, s4 = src + 4 &* lda, s5 = src + 5 &* lda
    var p = 0
    while p &+ 4 <= kc {
        let r0 = load4(s0 + p), r1 = load4(s1 + p), r2 = load4(s2 + p)
        let r3 = load4(s3 + p), r4 = load4(s4 + p), r5 = load4(s5 + p)
        let o = out + p &* 6
        store(SIMD4(r0[0], r1[0], r2[0], r3[0]), o)
        store(SIMD4(r4[0], r5[0], r0[1], r1[1]), o + 4)
        store(SIMD4(r2[1], r3[1], r4[1], r5[1]), o + 8)
        store(SIMD4(r0[2], r1[2], r2[2], r3[2]), o + 12)
        store(SIMD4(r4[2], r5[2], r0[3], r1[3]), o + 16)
        store(SIMD4(r2[3], r3[3], r4[3], r5[3]), o + 20)
        p &+= 4
    }
    while p < kc {
        let o = out + p &* 6
        o[0] = s0[p]; o[1] = s1[p]; o[2] = s2[p]; o[3] = s3[p]; o[4] = s4[p]; o[5] = s5[p]
        p &+= 1
    }
}

/// Packs micro-panels `panels` of op(B)[p0 ..< p0+kc, j0 ..< j0+columns] at `dst`, where
/// op(B)[p, j] is `b[p*ldb + j]`, or `b[j*ldb + p]` when `transposed`. Panel q covers
/// columns j0 + q·NR ..< j0 + (q+1)·NR and is written at `dst + q·kc·NR`.
func gemmPackB(_ b: UnsafePointer<Double>, ldb: Int, transposed: Bool,
               p0: Int, kc: Int, j0: Int, columns: Int, panels: Range<Int>,
               into dst: UnsafeMutablePointer<Double>) {
    let nr = GemmTile.columns
    for q in panels {
        let first = q &* nr
        let valid = min(nr, columns &- first)
        let out = dst + q &* kc &* nr
        if transposed && valid == nr && nr == 8 {
            gemmPackEightColumnsTransposed(b + ((j0 &+ first) &* ldb &+ p0), ldb: ldb, kc: kc, into: out)
        } else if transposed {
            // op(B) columns are contiguous source rows: read along p, write with stride NR.
            for c in 0..<nr {
                if c < valid {
                    let src = b + ((j0 &+ first &+ c) &* ldb &+ p0)
                    for p in 0..<kc { out[p &* nr &+ c] = src[p] }
                } else {
                    for p in 0..<kc { out[p &* nr &+ c] = 0 }
                }
            }
        } else {
            var src = b + (p0 &* ldb &+ j0 &+ first)
            for p in 0..<kc {
                let o = out + p &* nr
                if valid == nr {
                    for c in 0..<nr { o[c] = src[c] }
                } else {
                    for c in 0..<nr { o[c] = c < valid ? src[c] : 0 }
                }
                src += ldb
            }
        }
    }
}

/// A full 8-column panel of op(B) = Bᵀ: column c is source row c, contiguous along p. Eight
/// rows are read four steps at a time, and each 8×4 block is transposed in registers into
/// four 8-double steps (the convolution's W·colᵀ packs all of col this way).
@inline(__always)
private func gemmPackEightColumnsTransposed(_ src: UnsafePointer<Double>, ldb: Int, kc: Int,
                                           into out: UnsafeMutablePointer<Double>) {
    let s0 = src, s1 = src + ldb, s2 = src + 2 &* ldb, s3 = src + 3 &* ldb
    let s4 = src + 4 &* ldb, s5 = src + 5 &* ldb, s6 = src + 6 &* ldb, s7 = src + 7 &* ldb
    var p = 0
    while p &+ 4 <= kc {
        let r0 = load4(s0 + p), r1 = load4(s1 + p), r2 = load4(s2 + p), r3 = load4(s3 + p)
        let r4 = load4(s4 + p), r5 = load4(s5 + p), r6 = load4(s6 + p), r7 = load4(s7 + p)
        let o = out + p &* 8
        for k in 0..<4 {
            store(SIMD4(r0[k], r1[k], r2[k], r3[k]), o + k &* 8)
            store(SIMD4(r4[k], r5[k], r6[k], r7[k]), o + (k &* 8 &+ 4))
        }
        p &+= 4
    }
    while p < kc {
        let o = out + p &* 8
        o[0] = s0[p]; o[1] = s1[p]; o[2] = s2[p]; o[3] = s3[p]
        o[4] = s4[p]; o[5] = s5[p]; o[6] = s6[p]; o[7] = s7[p]
        p &+= 1
    }
}

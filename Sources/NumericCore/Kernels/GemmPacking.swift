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
        if transposed {
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
                    o.update(from: src, count: nr)
                } else {
                    for c in 0..<nr { o[c] = c < valid ? src[c] : 0 }
                }
                src += ldb
            }
        }
    }
}

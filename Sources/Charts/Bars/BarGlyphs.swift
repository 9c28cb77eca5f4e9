/// Characters for bars drawn in eighths of a cell.
enum BarGlyphs {
    /// Lower 1/8 … 8/8 blocks, for the top of an upward bar.
    static let lower: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Left 1/8 … 8/8 blocks, for the end of a bar growing right.
    static let left: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The glyph for a cell of a vertical bar covering pixel rows `from ..< to` of the cell's
    /// 8 (0 = top), or nil when it covers none. `full` is the character of a whole cell (`█`,
    /// or a shade / ASCII letter for bars told apart without colour); partial cells fall back
    /// to `full` when at least half covered if `full` is not `█`.
    static func vertical(from a: Int, to b: Int, full: Character, unicode: Bool) -> Character? {
        let n = b - a
        if n <= 0 { return nil }
        if n >= 8 { return full }
        guard unicode && full == "█" else {
            if n >= 4 { return full }
            return unicode ? nil : (b == 8 ? "_" : nil)
        }
        if b == 8 { return lower[n - 1] }
        if a == 0 { return n >= 4 ? "▀" : "▔" }
        return (a + b) >= 8 ? "▄" : "▀"
    }

    /// The glyph for a cell of a horizontal bar covering pixel columns `from ..< to` of 8.
    static func horizontal(from a: Int, to b: Int, full: Character, unicode: Bool) -> Character? {
        let n = b - a
        if n <= 0 { return nil }
        if n >= 8 { return full }
        guard unicode && full == "█" else {
            if n >= 4 { return full }
            return unicode ? nil : "-"
        }
        if a == 0 { return left[n - 1] }
        if b == 8 { return n >= 4 ? "▐" : "▕" }
        return "▌"
    }
}

extension BarGlyphs {
    /// Draws a vertical bar from `base` to `value` (y units) over the region's cell columns
    /// `columns`, in eighths of a cell. Bars measure from pixel edges (the range's top is the
    /// top edge of the first row, its bottom the bottom edge of the last), so a bar from the
    /// bottom of the range fills down to the frame; a non-zero value shows at least an eighth.
    static func drawVerticalBar(into grid: inout Grid, region r: PlotRegion, columns: Range<Int>,
                                base: Double, value: Double, full: Character, style: Style, unicode: Bool) {
        guard value.isFinite, base.isFinite, value != base, r.rows > 0 else { return }
        let pixels = r.rows * 8
        let span = r.yRange.upperBound - r.yRange.lowerBound
        func edge(_ y: Double) -> Int {
            let p = ((r.yRange.upperBound - y) / span * Double(pixels)).rounded()
            return Int(Swift.max(0, Swift.min(Double(pixels), p)))
        }
        let pv = edge(value), pb = edge(base)
        var lo = Swift.min(pv, pb), hi = Swift.max(pv, pb)
        if lo == hi {
            if value > base { lo = Swift.max(0, hi - 1) } else { hi = Swift.min(pixels, lo + 1) }
        }
        guard lo < hi else { return }
        for row in (lo / 8)...((hi - 1) / 8) {
            let a = Swift.max(lo, row * 8) - row * 8, b = Swift.min(hi, row * 8 + 8) - row * 8
            guard let ch = vertical(from: a, to: b, full: full, unicode: unicode) else { continue }
            for c in columns where c >= 0 && c < r.columns {
                grid[r.x + c, r.y + row] = Glyph(ch, style)
            }
        }
    }

    /// The row holding the far end (top of an upward bar, bottom of a downward one) of a bar
    /// from `base` to `value`, as `drawVerticalBar` draws it.
    static func endRow(of value: Double, base: Double, region r: PlotRegion) -> Int {
        let pixels = r.rows * 8
        let span = r.yRange.upperBound - r.yRange.lowerBound
        let p = Int(Swift.max(0, Swift.min(Double(pixels), ((r.yRange.upperBound - value) / span * Double(pixels)).rounded())))
        return value >= base ? Swift.min(p, pixels - 1) / 8 : Swift.max(0, p - 1) / 8
    }

    /// The cell columns of slot `index` of `count` equal slots across `columns` cells, less a
    /// one-column gap on the right when the slot is at least `gapFrom` wide.
    static func slot(_ index: Int, of count: Int, columns: Int, gapFrom: Int) -> Range<Int> {
        let start = index * columns / count, end = (index + 1) * columns / count
        return start..<(end - start >= gapFrom ? end - 1 : end)
    }
}

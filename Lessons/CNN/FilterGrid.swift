import Charts

/// Many small square matrices (30 filters of 5×5) drawn as separate little images, each at the
/// same whole-number scale with one blank column between neighbours, as many per row as fit
/// and never cut at the edge. Each tile is scaled on its own to 0…1 (as the book's
/// `filter_show` lets `imshow` scale each filter): white = that tile's largest value. When not
/// every tile fits even at scale 1, the first ones are drawn and the title says
/// "(first 12 of 30)".
struct FilterGrid: Chart {
    var title: String
    /// The tiles, each `side`×`side`, row-major, one after another.
    var values: [Double]
    var count: Int
    var side: Int

    /// How the tiles are laid out in an area: the scale, tiles per row, rows, and how many
    /// are drawn.
    struct Layout: Equatable {
        var scale: Int
        var perRow: Int
        var rows: Int
        var shown: Int
    }

    /// The columns × rows one tile takes at `scale`: a half-block image is 1 column × ½ row per
    /// element; shade characters are 2 columns × 1 row.
    static func tileSize(side: Int, scale: Int, options: RenderOptions) -> (columns: Int, rows: Int) {
        options.unicode && options.color ? (side * scale, (side * scale + 1) / 2) : (2 * side * scale, side * scale)
    }

    /// The tile pitch: the tile plus one blank column, and plus one blank row unless the
    /// half-block image already leaves half a row free under an odd number of pixels.
    static func pitch(side: Int, scale: Int, options: RenderOptions) -> (columns: Int, rows: Int) {
        let tile = tileSize(side: side, scale: scale, options: options)
        let halfRowFree = options.unicode && options.color && (side * scale) % 2 == 1
        return (tile.columns + 1, tile.rows + (halfRowFree ? 0 : 1))
    }

    /// The largest scale at which all `count` tiles fit in `width` × `height`; if none does,
    /// scale 1 with as many tiles as fit (at least one row of them when one tile fits).
    static func layout(count: Int, side: Int, width: Int, height: Int, options: RenderOptions) -> Layout {
        func fit(_ scale: Int) -> Layout {
            let tile = tileSize(side: side, scale: scale, options: options), p = pitch(side: side, scale: scale, options: options)
            let perRow = width >= tile.columns ? 1 + (width - tile.columns) / p.columns : 0
            let rows = height >= tile.rows ? 1 + (height - tile.rows) / p.rows : 0
            let shown = min(count, perRow * rows)
            return Layout(scale: scale, perRow: perRow, rows: perRow > 0 ? (shown + perRow - 1) / perRow : 0, shown: shown)
        }
        var best = fit(1)
        guard best.shown == count else { return best }
        var scale = 2
        while true {
            let next = fit(scale)
            guard next.shown == count else { return best }
            best = next
            scale += 1
        }
    }

    /// The tile `t` scaled to 0…1 (a constant tile is drawn mid-gray).
    func normalised(_ t: Int) -> [Double] {
        let tile = Array(values[(t * side * side)..<((t + 1) * side * side)])
        let finite = tile.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        return tile.map { high > low ? ($0 - low) / (high - low) : 0.5 }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 1, count > 0, side > 0 else { return grid }
        let layout = Self.layout(count: count, side: side, width: width, height: height - 1, options: options)
        let heading = layout.shown < count
            ? title + tr(" (first \(layout.shown) of \(count))", "（前 \(layout.shown) 个，共 \(count) 个）") : title
        grid.put(options.drawable(heading), x: 0, y: 0, style: Style(bold: true), maxWidth: width)
        let tile = Self.tileSize(side: side, scale: layout.scale, options: options)
        let p = Self.pitch(side: side, scale: layout.scale, options: options)
        for t in 0..<layout.shown {
            var map = Heatmap(rows: side, columns: side, values: normalised(t))
            map.range = 0...1
            map.showColorBar = false
            let image = map.render(width: tile.columns, height: tile.rows, options: options)
            grid.blit(image, x: (t % layout.perRow) * p.columns, y: 1 + (t / layout.perRow) * p.rows)
        }
        return grid
    }
}

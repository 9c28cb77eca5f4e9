import Charts

/// Many small matrices (30 filters of 5×5, 30 feature maps of 24×24) tiled into one heatmap
/// with a one-element gap between them, each scaled on its own to 0…1 (as the book's
/// `filter_show` lets `imshow` scale each filter): white = that tile's largest value.
struct FilterGrid: Chart {
    var title: String
    /// The tiles, each `side`×`side`, row-major, one after another.
    var values: [Double]
    var count: Int
    var side: Int

    /// The heatmap for an area of `width` × `height` cells: the column count that lets the
    /// tiles be drawn largest.
    func heatmap(width: Int, height: Int) -> Heatmap {
        let columns = Self.bestColumns(count: count, side: side, width: width, height: height - 1)
        let rows = (count + columns - 1) / columns
        let step = side + 1
        let gridRows = rows * step - 1, gridColumns = columns * step - 1
        var tiled = [Double](repeating: .nan, count: gridRows * gridColumns)
        for t in 0..<count {
            let tile = Array(values[(t * side * side)..<((t + 1) * side * side)])
            let finite = tile.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 0
            let r0 = (t / columns) * step, c0 = (t % columns) * step
            for r in 0..<side {
                for c in 0..<side {
                    let v = tile[r * side + c]
                    tiled[(r0 + r) * gridColumns + c0 + c] = high > low ? (v - low) / (high - low) : 0.5
                }
            }
        }
        var map = Heatmap(title: title, rows: gridRows, columns: gridColumns, values: tiled)
        map.range = 0...1
        map.showColorBar = false
        return map
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        heatmap(width: width, height: height).render(width: width, height: height, options: options)
    }

    /// The number of tile columns that maximizes the drawn tile size in `width` × `height`
    /// cells (an element is square: 1 column × ½ row, or 2 columns × 1 row).
    static func bestColumns(count: Int, side: Int, width: Int, height: Int) -> Int {
        guard count > 1 else { return 1 }
        var best = 1, bestScale = -1.0
        for columns in 1...count {
            let rows = (count + columns - 1) / columns
            let w = Double(columns * (side + 1) - 1), h = Double(rows * (side + 1) - 1)
            let scale = min(Double(max(1, width)) / w, Double(max(1, height)) * 2 / h)
            if scale > bestScale + 1e-12 { best = columns; bestScale = scale }
        }
        return best
    }
}

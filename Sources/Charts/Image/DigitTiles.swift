/// A row (or rows) of small digit images, each with a caption under it — the mlp lesson's
/// digit panel and forward-pass input, the deepnets lesson's misclassified test digits.
///
/// Each 28×28 image is area-averaged down to the largest square that fits its tile (half-block
/// pixels with colour, two-column shade characters without), so thin strokes stay visible
/// rather than being skipped by nearest-neighbour sampling.
public struct DigitTiles: Chart, Sendable {
    /// One tile: the image's pixels (row-major, `side`×`side`), a caption, and whether the
    /// caption is a warning (a wrong prediction).
    public struct Tile: Sendable {
        public var pixels: [Double]
        public var caption: String
        public var isWrong: Bool

        public init(pixels: [Double], caption: String, isWrong: Bool) {
            self.pixels = pixels
            self.caption = caption
            self.isWrong = isWrong
        }
    }

    public var tiles: [Tile]
    /// The width and height of each image in pixels (28 for digits).
    public var side = 28
    /// Tiles per row (the rest go on further rows).
    public var perRow: Int

    public init(tiles: [Tile], side: Int = 28, perRow: Int) {
        self.tiles = tiles
        self.side = side
        self.perRow = perRow
    }

    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard !tiles.isEmpty, width > 0, height > 0, perRow > 0 else { return grid }
        let rows = (tiles.count + perRow - 1) / perRow
        let tileWidth = width / perRow, tileHeight = height / rows
        guard tileWidth >= 2, tileHeight >= 2 else { return grid }
        let imageRows = tileHeight - 1
        let halfBlocks = options.unicode && options.color
        let fit = halfBlocks ? min(tileWidth - 1, imageRows * 2) : min((tileWidth - 1) / 2, imageRows)
        let pixels = max(1, min(side, fit))
        for (i, tile) in tiles.enumerated() {
            let x = (i % perRow) * tileWidth, y = (i / perRow) * tileHeight
            var map = Heatmap(rows: pixels, columns: pixels, values: Self.downsample(tile.pixels, side: side, to: pixels))
            map.range = 0...1
            map.showColorBar = false
            grid.blit(map.render(width: tileWidth - 1, height: imageRows, options: options), x: x, y: y)
            var style = Style(bold: true)
            if options.color { style.foreground = tile.isWrong ? .brightRed : .green }
            grid.put(options.drawable(tile.caption), x: x, y: y + imageRows, style: style, maxWidth: tileWidth - 1)
        }
        return grid
    }

    /// `image` (`side`×`side`, row-major) averaged over `n`×`n` equal areas: output pixel
    /// (r, c) is the mean of the input pixels whose centres fall in its area. `n ≥ side`
    /// returns the image unchanged.
    public static func downsample(_ image: [Double], side: Int, to n: Int) -> [Double] {
        guard n < side, n > 0, image.count == side * side else { return image }
        var sums = [Double](repeating: 0, count: n * n), counts = [Double](repeating: 0, count: n * n)
        for r in 0..<side {
            let R = r * n / side
            for c in 0..<side {
                let C = c * n / side
                sums[R * n + C] += image[r * side + c]
                counts[R * n + C] += 1
            }
        }
        return zip(sums, counts).map { $1 > 0 ? $0 / $1 : 0 }
    }
}

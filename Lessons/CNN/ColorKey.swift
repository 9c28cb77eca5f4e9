import Charts

/// A one-line text key under a diverging heatmap drawn without its colour bar (narrow
/// screens): "white 0 · blue − · red +", so the colours of output maps and weights are
/// explained at 80 columns too. Without colour there is nothing to explain (shades), and a
/// heatmap with its colour bar has its key already.
enum ColorKey {
    /// The key, or a shorter one for narrow panels; nil when not even that fits.
    static func text(width: Int) -> String? {
        let long = tr("white 0 · blue − · red +", "白 0 · 蓝 − · 红 +"), short = tr("0 white −blue +red", "0 白 −蓝 +红")
        return displayWidth(of: long) <= width ? long : displayWidth(of: short) <= width ? short : nil
    }

    /// `map` in `width` × `height` with the key on the row under the image (one row less for
    /// the image when it fills the area).
    static func render(_ map: Heatmap, width: Int, height: Int, options: RenderOptions) -> Grid {
        guard options.color, map.palette.isDiverging, !map.showColorBar, height >= 4,
              let key = text(width: width).map(options.drawable) else {
            return map.render(width: width, height: height, options: options)
        }
        var grid = map.render(width: width, height: height, options: options)
        var last = -1
        for y in 0..<height where (0..<width).contains(where: { grid[$0, y] != .blank }) { last = y }
        if last + 1 >= height {
            grid = Grid(width: width, height: height)
            grid.blit(map.render(width: width, height: height - 1, options: options), x: 0, y: 0)
            last = height - 2
        }
        grid.put(key, x: 0, y: last + 1, style: Style(dim: true), maxWidth: width)
        return grid
    }
}

import Charts

/// Layouts the lessons' cells share: charts in the rows above bold readout lines, and two
/// charts side by side or stacked. (The mlp, batchnorm, regularization and hyperparams
/// lessons each had a copy of this; it lives here so a fix reaches them all.)
public enum ChartLayout {
    /// A grid of `width` × `height` with `readout` (non-empty lines) at the bottom; `draw`
    /// fills the rest, given the rows left above the readout.
    public static func withReadout(_ readout: [String], width: Int, height: Int, options: RenderOptions,
                                   draw: (inout Grid, Int) -> Void) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = readout.filter { !$0.isEmpty }.prefix(max(0, height - 1))
        let top = max(0, height - lines.count)
        draw(&grid, top)
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: top + i, style: .init(bold: true), maxWidth: max(0, width - 1))
        }
        return grid
    }

    /// Two charts side by side, the first taking `fraction` of the width less `gap` columns,
    /// which stay blank between them (a gap of 1 keeps a legend from running into the next
    /// chart's ticks).
    public static func sideBySide(_ a: some Chart, _ b: some Chart, fraction: Double, gap: Int = 0,
                                  width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let left = max(0, min(width, Int(Double(width) * fraction)))
        grid.blit(a.render(width: max(0, left - gap), height: height, options: options), x: 0, y: 0)
        grid.blit(b.render(width: width - left, height: height, options: options), x: left, y: 0)
        return grid
    }

    /// Two charts stacked, the first taking `fraction` of the height.
    public static func stacked(_ a: some Chart, _ b: some Chart, fraction: Double, width: Int, height: Int,
                               options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let upper = max(0, min(height, Int(Double(height) * fraction)))
        grid.blit(a.render(width: width, height: upper, options: options), x: 0, y: 0)
        grid.blit(b.render(width: width, height: height - upper, options: options), x: 0, y: upper)
        return grid
    }

    /// Two charts side by side (a blank column between) when the area is wide enough for both
    /// to keep a readable shape — width ≥ 2·height + 20 — else stacked. `fraction` is the first
    /// chart's share of the width side by side; `stackedFraction` (default: `fraction`) its
    /// share of the height when stacked.
    public static func sideBySideOrStacked(_ a: some Chart, _ b: some Chart, fraction: Double, stackedFraction: Double? = nil,
                                           width: Int, height: Int, options: RenderOptions) -> Grid {
        width >= 2 * height + 20
            ? sideBySide(a, b, fraction: fraction, gap: 1, width: width, height: height, options: options)
            : stacked(a, b, fraction: stackedFraction ?? fraction, width: width, height: height, options: options)
    }
}

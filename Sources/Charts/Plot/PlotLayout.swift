/// Where each part of a `Plot` goes for one grid size: decided by trying the full set of
/// decorations first and dropping them, in a fixed order, until the data area is big enough.
struct PlotLayout {
    var region: PlotRegion
    var header = false
    var border = false
    var yTicks = false
    var xTicks = false
    var xLabel = false
    var legendRight = false
    var legendBottom = false
    var colorBar = false
    var yAxis: Axis
    var xAxis: Axis
    /// Columns left of the border taken by y tick labels.
    var labelWidth = 0
    var legendWidth = 0

    /// The decorations kept at each degradation level, most first.
    private struct Level {
        var header: Bool, ticks: Bool, xLabel: Bool, legendRight: Bool, legendBottom: Bool
        var colorBar: Bool, border: Bool, minColumns: Int, minRows: Int
    }

    private static let levels: [Level] = [
        Level(header: true, ticks: true, xLabel: true, legendRight: true, legendBottom: false, colorBar: true, border: true, minColumns: 16, minRows: 3),
        Level(header: true, ticks: true, xLabel: true, legendRight: false, legendBottom: true, colorBar: true, border: true, minColumns: 12, minRows: 3),
        Level(header: true, ticks: true, xLabel: false, legendRight: false, legendBottom: false, colorBar: false, border: true, minColumns: 8, minRows: 2),
        Level(header: false, ticks: false, xLabel: false, legendRight: false, legendBottom: false, colorBar: false, border: true, minColumns: 3, minRows: 1),
        Level(header: false, ticks: false, xLabel: false, legendRight: false, legendBottom: false, colorBar: false, border: false, minColumns: 1, minRows: 1),
    ]

    static func make(for plot: Plot, width: Int, height: Int, pixelsPerCell: Int2, options: RenderOptions) -> PlotLayout {
        var last: PlotLayout?
        for level in levels {
            let l = make(plot, level, width: width, height: height, pixelsPerCell: pixelsPerCell)
            last = l
            if l.region.columns >= level.minColumns && l.region.rows >= level.minRows { return l }
        }
        return last!
    }

    private static func make(_ plot: Plot, _ level: Level, width W: Int, height H: Int, pixelsPerCell: Int2) -> PlotLayout {
        let wantsHeader = !plot.title.isEmpty || !plot.yLabel.isEmpty || !plot.notes.isEmpty
        let header = level.header && wantsHeader && H >= 5
        let border = level.border && plot.border && W >= 3 && H >= 3
        let xTicks = level.ticks && plot.showXTicks
        let yTicks = level.ticks && plot.showYTicks
        let xLabel = level.xLabel && !plot.xLabel.isEmpty
        let legendWidth = Swift.min(plot.legend.reduce(0) { Swift.max($0, $1.width) }, Swift.max(8, W / 3))
        let colorBar = level.colorBar && plot.colorBar != nil

        let top = (header ? 1 : 0) + (border ? 1 : 0)
        var bottom = (border ? 1 : 0) + (xTicks ? 1 : 0) + (xLabel ? 1 : 0)
        let hasLegend = !plot.legend.isEmpty
        let legendRight = hasLegend && level.legendRight
            && plot.legend.count <= H - top - bottom && W - legendWidth - 1 >= 24
        let legendBelow = hasLegend && !legendRight && (level.legendRight || level.legendBottom)
        if legendBelow { bottom += 1 }
        let rows = Swift.max(0, H - top - bottom)

        // One label per row on tiny plots, about one per three rows on larger ones.
        let yMaxTicks = rows <= 4 ? Swift.max(2, rows) : Swift.min(6, (rows + 2) / 3 + 1)
        var yAxis = Axis.resolve(plot.yLimits, extent: plot.yExtent, scale: plot.yScale, maxTicks: yMaxTicks)
        var xAxis = plot.xAxis ?? Axis.resolve(plot.xLimits, extent: plot.xExtent, maxTicks: 2)

        let colorBarWidth = colorBar ? 1 + plot.colorBar!.width : 0
        let legendColumns = legendRight ? 1 + legendWidth : 0
        func columns(labelWidth: Int) -> Int {
            let left = labelWidth + (yTicks && labelWidth > 0 && !border ? 1 : 0)
            return Swift.max(0, W - left - (border ? 2 : 0) - colorBarWidth - legendColumns)
        }
        func xAxisFitting(_ cols: Int, limits: AxisLimits) -> Axis {
            if let given = plot.xAxis { return given }
            // Start generous (a label per 4 columns, at most 10) and thin out until they fit.
            var m = Swift.max(2, Swift.min(10, cols / 4))
            var axis = Axis.resolve(limits, extent: plot.xExtent, maxTicks: m)
            while m > 2 && axis.ticks.count * (axis.labelWidth + 2) > cols {
                m -= 1
                axis = Axis.resolve(limits, extent: plot.xExtent, maxTicks: m)
            }
            return axis
        }

        var labelWidth = yTicks ? yAxis.labelWidth : 0
        var cols = columns(labelWidth: labelWidth)
        xAxis = xAxisFitting(cols, limits: plot.xLimits)
        if plot.equalAspect {
            let baseX = xAxis.range, baseY = yAxis.range
            for _ in 0..<2 {
                let c = ViewBox.equalAspect(x: baseX, y: baseY, columns: cols, rows: rows)
                yAxis = Axis.resolve(.fixed(c.y.lowerBound, c.y.upperBound), extent: plot.yExtent, maxTicks: yMaxTicks)
                xAxis = xAxisFitting(cols, limits: .fixed(c.x.lowerBound, c.x.upperBound))
                let newLabelWidth = yTicks ? yAxis.labelWidth : 0
                if newLabelWidth == labelWidth { break }
                labelWidth = newLabelWidth
                cols = columns(labelWidth: labelWidth)
            }
        }
        let left = labelWidth + (yTicks && labelWidth > 0 && !border ? 1 : 0)
        let region = PlotRegion(x: left + (border ? 1 : 0), y: top, columns: cols, rows: rows,
                                xRange: xAxis.range, yRange: yAxis.range, pixelsPerCell: pixelsPerCell,
                                xMapping: plot.xMapping)
        var layout = PlotLayout(region: region, yAxis: yAxis, xAxis: xAxis)
        layout.header = header
        layout.border = border
        layout.yTicks = yTicks
        layout.xTicks = xTicks
        layout.xLabel = xLabel
        layout.legendRight = legendRight
        layout.legendBottom = legendBelow
        layout.colorBar = colorBar
        layout.labelWidth = labelWidth
        layout.legendWidth = legendWidth
        return layout
    }
}

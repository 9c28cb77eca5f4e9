import Charts
import LessonKit

/// Shared layout for this lesson's cells: two charts side by side (stacked when the area
/// is narrow) with bold readout lines under them.
enum CellLayout {
    /// `left` and `right` above the non-empty `readout` lines, in exactly `width` × `height`.
    /// Side by side when `width` ≥ `sideBySideFrom`, else stacked; `leftShare` is the left
    /// (or top) chart's share of the room.
    static func pair(_ left: some Chart, _ right: some Chart, leftShare: Double = 0.5, readout: [String],
                     width: Int, height: Int, options: RenderOptions, sideBySideFrom: Int = 50) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = readout.filter { !$0.isEmpty }.prefix(max(0, height - 3))
        let chartHeight = max(0, height - lines.count)
        if width >= sideBySideFrom {
            let leftWidth = Int((Double(width) * leftShare).rounded())
            grid.blit(left.render(width: leftWidth, height: chartHeight, options: options), x: 0, y: 0)
            grid.blit(right.render(width: width - leftWidth, height: chartHeight, options: options), x: leftWidth, y: 0)
        } else {
            let topHeight = Int((Double(chartHeight) * leftShare).rounded())
            grid.blit(left.render(width: width, height: topHeight, options: options), x: 0, y: 0)
            grid.blit(right.render(width: width, height: chartHeight - topHeight, options: options), x: 0, y: topHeight)
        }
        put(Array(lines), below: chartHeight, into: &grid, options: options)
        return grid
    }

    /// `chart` above the non-empty `readout` lines, in exactly `width` × `height`.
    static func single(_ chart: some Chart, readout: [String], width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = readout.filter { !$0.isEmpty }.prefix(max(0, height - 3))
        let chartHeight = max(0, height - lines.count)
        grid.blit(chart.render(width: width, height: chartHeight, options: options), x: 0, y: 0)
        put(Array(lines), below: chartHeight, into: &grid, options: options)
        return grid
    }


    private static func put(_ lines: [String], below top: Int, into grid: inout Grid, options: RenderOptions) {
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: top + i, style: .init(bold: true), maxWidth: max(0, grid.width - 1))
        }
    }
}

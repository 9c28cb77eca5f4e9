import Charts
import LessonKit

/// Shared layout for this lesson's cells: a chart filling the area, with readout lines
/// under it.
enum CellLayout {
    /// `chart` in all rows but the last `readout` lines, which are written below it.
    static func chart(_ chart: some Chart, readout: String..., width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = readout.filter { !$0.isEmpty }
        let chartHeight = max(0, height - lines.count)
        grid.blit(chart.render(width: width, height: chartHeight, options: options), x: 0, y: 0)
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: chartHeight + i,
                     style: .init(bold: true), maxWidth: width - 1)
        }
        return grid
    }
}

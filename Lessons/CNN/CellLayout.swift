import Charts
import LessonKit

/// Shared layout for this lesson's cells: rows of charts side by side (each a fixed width or
/// a share of what is left), bold readout lines under them, all in exactly the size given.
enum CellLayout {
    /// A chart and the columns it wants (nil: an equal share of the columns left over).
    struct Panel {
        var chart: any Chart
        var width: Int?
        init(_ chart: any Chart, width: Int? = nil) {
            self.chart = chart
            self.width = width
        }
    }

    /// `rows` of panels stacked (each row gets its `weight` share of the chart height) above
    /// the non-empty `readout` lines, in exactly `width` × `height`.
    static func grid(_ rows: [(panels: [Panel], weight: Double)], readout: [String],
                     width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let lines = readout.filter { !$0.isEmpty }.prefix(max(0, height - 3))
        let chartHeight = max(0, height - lines.count)
        let total = rows.map(\.weight).reduce(0, +)
        var y = 0
        for (index, row) in rows.enumerated() {
            let h = index == rows.count - 1
                ? chartHeight - y
                : Int((Double(chartHeight) * row.weight / max(total, 1e-9)).rounded())
            draw(row.panels, into: &grid, y: y, width: width, height: max(0, min(h, chartHeight - y)), options: options)
            y += max(0, h)
        }
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: chartHeight + i, style: .init(bold: true), maxWidth: max(0, width - 1))
        }
        return grid
    }

    /// One row of panels, left to right with one blank column between them.
    static func draw(_ panels: [Panel], into grid: inout Grid, y: Int, width: Int, height: Int, options: RenderOptions) {
        guard !panels.isEmpty, height > 0 else { return }
        let gaps = panels.count - 1
        let fixed = panels.compactMap(\.width).reduce(0, +)
        let flexible = panels.filter { $0.width == nil }.count
        let spare = max(0, width - gaps - fixed)
        var widths = panels.map { $0.width ?? (flexible > 0 ? spare / flexible : 0) }
        // Shrink from the right when the fixed widths do not fit; hand leftovers to the last.
        var over = widths.reduce(0, +) + gaps - width
        for i in widths.indices.reversed() where over > 0 {
            let cut = min(over, widths[i])
            widths[i] -= cut
            over -= cut
        }
        if over < 0, let last = widths.indices.last { widths[last] += -over }
        var x = 0
        for (panel, w) in zip(panels, widths) {
            let clipped = max(0, min(w, width - x))
            if clipped > 0 {
                let drawn = (panel.chart as? Heatmap).map { ColorKey.render($0, width: clipped, height: height, options: options) }
                grid.blit(drawn ?? panel.chart.render(width: clipped, height: height, options: options), x: x, y: y)
            }
            x += w + 1
        }
    }



    /// The columns a heatmap needs to print its values (each label plus two), or nil when
    /// `heatmap` does not print values.
    static func valuesWidth(of heatmap: Heatmap) -> Int {
        let labels = heatmap.values.map { NumberFormat.compact($0, significant: heatmap.valueDigits) }
        let label = labels.reduce(1) { max($0, $1.count) }
        return heatmap.columns * (label + 2)
    }

    /// A heatmap of a matrix, printing values when it is small, diverging when it has
    /// negative values.
    static func heatmap(_ title: String, rows: Int, columns: Int, values: [Double], highlight: MatrixRect? = nil,
                        valuesUpTo: Int = 64, digits: Int = 2, colorBar: Bool = false) -> Heatmap {
        var map = Heatmap(title: title, rows: rows, columns: columns, values: values)
        map.palette = values.contains { $0 < 0 } ? .diverging : .gray
        map.highlight = highlight
        map.showValues = rows * columns <= valuesUpTo
        map.valueDigits = digits
        map.showColorBar = colorBar
        return map
    }
}

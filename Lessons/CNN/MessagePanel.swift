import LessonKit
import Charts

/// A titled box of text lines, drawn where a chart cannot be (an invalid convolution).
struct MessagePanel: Chart {
    var title: String
    var lines: [String]

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        grid.put(options.drawable(title), x: 0, y: 0, style: Style(bold: true), maxWidth: width)
        let wrapped = lines.flatMap { ReadoutLines.wrap(options.drawable($0), width: width) }
        for (i, line) in wrapped.enumerated() where i + 1 < height {
            grid.put(line, x: 0, y: i + 1, maxWidth: width)
        }
        return grid
    }
}

import Foundation

/// Level curves of a function f(x, y) over a fixed view box, with optimizer paths drawn on
/// top (a polyline, `•` at every point, a distinct marker `● ■ ▲ …` at the end, one legend
/// entry per path) and optional arrows of steepest descent on a coarse grid.
///
/// f is sampled at every pixel centre (braille: 2×4 per cell); a pixel is on a level curve
/// where the number of levels below f changes towards its right or lower neighbour, coloured
/// by level (muted blue low … muted red high, so paths in series colours stand out). The view box keeps equal x/y units by default (it is
/// widened around its centre to the cells' shape).
///
/// ```swift
/// var plot = ContourPlot(title: "x²/20 + y²", x: -10...10, y: -5...5) { x, y in x * x / 20 + y * y }
/// plot.paths = [Series(name: "SGD", x: xs, y: ys)]
/// ```
public struct ContourPlot: Chart {
    public var title: String
    /// The surface.
    public var function: (Double, Double) -> Double
    /// The x range of the view box.
    public var xRange: ClosedRange<Double>
    /// The y range of the view box.
    public var yRange: ClosedRange<Double>
    /// The levels asked for; at most one per 8 pixel rows (braille) or 4 rows (ASCII) are
    /// drawn, picked evenly from them, so small plots stay readable.
    public var levels: ContourLevels = .quantiles(6)
    /// Trajectories drawn over the contours.
    public var paths: [Series] = []
    /// Arrows of −∇f (numerical) on a coarse grid.
    public var arrows = false
    /// Whether x and y units have equal length on screen.
    public var equalAspect = true
    /// Whether cells are shaded (dark to light background) by the band their centre is in.
    public var fill = false
    public var showLegend = true
    public var xLabel = ""
    public var yLabel = ""

    /// A contour plot of `function` over the view box `x` × `y`.
    public init(title: String = "", x: ClosedRange<Double>, y: ClosedRange<Double>,
                function: @escaping (Double, Double) -> Double) {
        self.title = title
        self.xRange = x
        self.yRange = y
        self.function = function
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = Plot(title: title, xLabel: xLabel, yLabel: yLabel)
        plot.xLimits = .fixed(xRange.lowerBound, xRange.upperBound)
        plot.yLimits = .fixed(yRange.lowerBound, yRange.upperBound)
        plot.equalAspect = equalAspect
        let sym = Symbols.for(options)
        var skipped = 0
        for p in paths { for i in 0..<p.count where !(p.xs[i].isFinite && p.ys[i].isFinite) { skipped += 1 } }
        if skipped > 0 { plot.notes.append(tr("\(skipped) non-finite skipped", "已跳过 \(skipped) 个非有限值")) }
        if showLegend && !paths.isEmpty {
            plot.legend = paths.enumerated().map { i, p in
                LegendEntry(symbol: String(sym.marker(i)), label: p.name, style: .color(p.color ?? Palette.seriesColor(i)))
            }
        }
        return plot.render(width: width, height: height, options: options) { canvas in
            drawLevels(on: &canvas)
            if arrows { drawArrows(on: &canvas, options: options) }
            for (i, p) in paths.enumerated() {
                let color = p.color ?? Palette.seriesColor(i)
                canvas.polyline(xs: p.xs, ys: p.ys, color: color)
                let dot = Glyph(sym.pathPoint, .color(color))
                for j in 0..<p.count { canvas.mark(p.xs[j], p.ys[j], dot) }
                if let j = p.ys.indices.last(where: { p.xs[$0].isFinite && p.ys[$0].isFinite }) {
                    canvas.mark(p.xs[j], p.ys[j], Glyph(sym.marker(i), Style(foreground: color, bold: true)))
                }
            }
        }
    }

    /// Samples f at every pixel centre and marks the pixels where the level band changes (on
    /// ASCII canvases, per cell; see `drawAsciiLevels`).
    func drawLevels(on canvas: inout Canvas) {
        if canvas.kind == .ascii { drawAsciiLevels(on: &canvas); return }
        let pw = canvas.pixelWidth, ph = canvas.pixelHeight
        let x0 = canvas.xRange.lowerBound, dx = (canvas.xRange.upperBound - x0) / Double(Swift.max(1, pw - 1))
        let y1 = canvas.yRange.upperBound, dy = (y1 - canvas.yRange.lowerBound) / Double(Swift.max(1, ph - 1))
        var values = [Double](repeating: .nan, count: pw * ph)
        for py in 0..<ph {
            let y = y1 - Double(py) * dy
            for px in 0..<pw { values[py * pw + px] = function(x0 + Double(px) * dx, y) }
        }
        let strideForLevels = Swift.max(1, values.count / 2048)
        let sample = Swift.stride(from: 0, to: values.count, by: strideForLevels).map { values[$0] }
        let lv = ContourPlot.thin(levels.resolve(samples: sample), to: Swift.max(3, ph / 8))
        guard !lv.isEmpty else { return }
        // Band of each pixel: how many levels lie at or below its value (255 = not finite).
        var bands = [UInt8](repeating: 255, count: pw * ph)
        for i in 0..<values.count where values[i].isFinite {
            var b = 0
            while b < lv.count && lv[b] <= values[i] { b += 1 }
            bands[i] = UInt8(Swift.min(b, 254))
        }
        let colors = (0..<lv.count).map { Palette.contour.color(at: lv.count == 1 ? 0.5 : Double($0) / Double(lv.count - 1)) }
        for py in 0..<ph {
            for px in 0..<pw {
                let i = py * pw + px
                let b = bands[i]
                guard b != 255 else { continue }
                let right = px + 1 < pw ? bands[i + 1] : 255
                let below = py + 1 < ph ? bands[i + pw] : 255
                // The highest level crossed towards a neighbour (band k-1 → k crosses level k-1).
                var crossed: UInt8 = 0
                if right != 255 && right != b { crossed = Swift.max(crossed, Swift.max(right, b)) }
                if below != 255 && below != b { crossed = Swift.max(crossed, Swift.max(below, b)) }
                if crossed > 0 { canvas.setPixel(px, py, color: colors[Int(crossed) - 1]) }
            }
        }
        if fill {
            let ppc = canvas.kind.pixelsPerCell
            for row in 0..<canvas.rows {
                for col in 0..<canvas.columns {
                    let b = bands[(row * ppc.y + ppc.y / 2) * pw + col * ppc.x]
                    guard b != 255 else { continue }
                    canvas.background(column: col, row: row, .gray(1 + Int(b) * 8 / (lv.count + 1)))
                }
            }
        }
    }

    /// At most `count` of `levels`, evenly spread over the list (its ends kept when possible).
    static func thin(_ levels: [Double], to count: Int) -> [Double] {
        guard levels.count > count, count > 0 else { return levels }
        if count == 1 { return [levels[levels.count / 2]] }
        return (0..<count).map { levels[Int((Double($0) * Double(levels.count - 1) / Double(count - 1)).rounded())] }
    }

    /// ASCII contours at cell resolution: f sampled at each cell centre; a cell where the band
    /// changes towards its right or lower neighbour shows the line's direction there (`- / | \`,
    /// perpendicular to the gradient on screen), so level curves read as outlines.
    func drawAsciiLevels(on canvas: inout Canvas) {
        let cols = canvas.columns, rows = canvas.rows
        var values = [Double](repeating: .nan, count: cols * rows)
        for r in 0..<rows {
            for c in 0..<cols {
                let p = canvas.center(column: c, row: r)
                values[r * cols + c] = function(p.x, p.y)
            }
        }
        let lv = ContourPlot.thin(levels.resolve(samples: values), to: Swift.max(2, rows / 4))
        guard !lv.isEmpty else { return }
        var bands = [Int](repeating: -1, count: cols * rows)
        for i in 0..<values.count where values[i].isFinite {
            var b = 0
            while b < lv.count && lv[b] <= values[i] { b += 1 }
            bands[i] = b
        }
        func value(_ c: Int, _ r: Int) -> Double {
            values[Swift.max(0, Swift.min(rows - 1, r)) * cols + Swift.max(0, Swift.min(cols - 1, c))]
        }
        for r in 0..<rows {
            for c in 0..<cols {
                let b = bands[r * cols + c]
                guard b >= 0 else { continue }
                var crossed = 0
                if c + 1 < cols, bands[r * cols + c + 1] >= 0, bands[r * cols + c + 1] != b {
                    crossed = Swift.max(crossed, Swift.max(b, bands[r * cols + c + 1]))
                }
                if r + 1 < rows, bands[(r + 1) * cols + c] >= 0, bands[(r + 1) * cols + c] != b {
                    crossed = Swift.max(crossed, Swift.max(b, bands[(r + 1) * cols + c]))
                }
                guard crossed > 0 else { continue }
                // Gradient per physical unit (a row is two columns tall); the line runs across it.
                let gx = (value(c + 1, r) - value(c - 1, r)) / 2
                let gy = (value(c, r - 1) - value(c, r + 1)) / 4
                var angle = atan2(gy, gx) * 180 / Double.pi + 90
                if angle < 0 { angle += 180 }
                let ch: Character
                switch Int((angle / 45).rounded()) % 4 {
                case 0: ch = "-"
                case 1: ch = "/"
                case 2: ch = "|"
                default: ch = "\\"
                }
                let t = lv.count == 1 ? 0.5 : Double(crossed - 1) / Double(lv.count - 1)
                canvas.mark(column: c, row: r, Glyph(ch, .color(Palette.contour.color(at: t))))
            }
        }
    }

    /// An arrow of steepest descent every 6 columns and 3 rows, pointing as −∇f points on
    /// screen (cells are twice as tall as wide).
    func drawArrows(on canvas: inout Canvas, options: RenderOptions) {
        let arrows: [Character] = options.unicode ? ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"]
                                                  : [">", "/", "^", "\\", "<", "/", "v", "\\"]
        let xSpan = canvas.xRange.upperBound - canvas.xRange.lowerBound
        let ySpan = canvas.yRange.upperBound - canvas.yRange.lowerBound
        let hx = xSpan * 1e-4, hy = ySpan * 1e-4
        let style = Style(foreground: Palette.muted)
        var row = 1
        while row < canvas.rows {
            var col = 3
            while col < canvas.columns {
                let c = canvas.center(column: col, row: row)
                let gx = (function(c.x + hx, c.y) - function(c.x - hx, c.y)) / (2 * hx)
                let gy = (function(c.x, c.y + hy) - function(c.x, c.y - hy)) / (2 * hy)
                let ux = -gx * Double(canvas.columns) / xSpan
                let uy = -gy * Double(canvas.rows) * 2 / ySpan
                if ux.isFinite, uy.isFinite, ux != 0 || uy != 0 {
                    let octant = Int((atan2(uy, ux) / (Double.pi / 4)).rounded())
                    canvas.mark(column: col, row: row, Glyph(arrows[(octant + 8) % 8], style))
                }
                col += 6
            }
            row += 3
        }
    }
}

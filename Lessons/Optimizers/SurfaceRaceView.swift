import Charts
import LessonKit
import NumericCore

/// Draws a surface race: the contour plot with one path per optimizer (its colour, its
/// marker at the head) on the left, the standings table under the race clock on the right.
/// The table's first column repeats each optimizer's marker in its colour, so it doubles as
/// the legend.
struct SurfaceRaceView {
    let race: SurfaceRace

    /// Width of the standings column for a cell `width` wide: narrow tables keep only the
    /// optimizer, its distance (f on the saddle) and its step within ε. A narrow Chinese
    /// table takes one column more: its last header ("到达") is one wider than "hit", and
    /// "Nesterov" and "Momentum" must not be cut.
    static func tableWidth(for width: Int) -> Int {
        width >= 90 ? 46 : width >= 80 ? 34 : min(Language.current == .zh ? 26 : 25, width / 2)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        if (width < 80 && height >= 20) || height >= 30 {
            // Tall (the cell beside the text on a wide screen): the table goes under, so the
            // contours get the full width (a wide surface drawn to scale needs it).
            let tableHeight = min(height / 2, race.runs.count + 3)
            let contourHeight = height - tableHeight
            drawContour(into: &grid, x: 0, y: 0, width: width, height: contourHeight, options: options)
            grid.blit(standings(width: width - 1, height: tableHeight, options: options), x: 1, y: contourHeight)
            return grid
        }
        let tableWidth = Self.tableWidth(for: width)
        drawContour(into: &grid, x: 0, y: 0, width: width - tableWidth, height: height, options: options)
        grid.blit(standings(width: tableWidth - 1, height: height, options: options), x: width - tableWidth + 1, y: 0)
        return grid
    }

    /// Rows of a contour chart outside its plot box: the title line, the two border lines,
    /// the x tick labels and the x label.
    static let verticalDecoration = 5

    /// The size of the contour chart that keeps the surface's true shape in an area `width` ×
    /// `height`: equal data units on both axes, a cell being twice as tall as wide (one unit
    /// of x takes as many columns as two units of y take rows), as large as fits. The view
    /// box stays the surface's; the chart is then centred in the area.
    func contourSize(width: Int, height: Int, options: RenderOptions) -> (width: Int, height: Int) {
        let s = race.surface
        let xSpan = s.xRange.upperBound - s.xRange.lowerBound, ySpan = s.yRange.upperBound - s.yRange.lowerBound
        // Columns outside the box: the y tick labels (as the chart will pick them for these
        // rows) and the two border columns.
        let down = Self.verticalDecoration, rows = height - down
        let ticks = rows <= 4 ? max(2, rows) : min(6, (rows + 2) / 3 + 1)
        let labelWidth = Axis.resolve(.fixed(s.yRange.lowerBound, s.yRange.upperBound), extent: DataExtent([]),
                                      maxTicks: ticks).labelWidth
        let across = labelWidth + 2, columns = width - across
        guard columns > 4, rows > 2, xSpan > 0, ySpan > 0 else { return (width, height) }
        let box = xSpan / ySpan
        if Double(columns) / Double(2 * rows) > box {
            return (min(width, Int((Double(2 * rows) * box).rounded()) + across), height)
        }
        return (width, min(height, max(3, Int((Double(columns) / (2 * box)).rounded())) + down))
    }

    /// The contour chart at its true-shape size, centred in the area at (`x`, `y`).
    func drawContour(into grid: inout Grid, x: Int, y: Int, width: Int, height: Int, options: RenderOptions) {
        let size = contourSize(width: width, height: height, options: options)
        let chart = contour(options: options).render(width: size.width, height: size.height, options: options)
        grid.blit(chart, x: x + (width - size.width) / 2, y: y + (height - size.height) / 2)
    }

    /// The contour plot: every racer has a path slot (empty when switched off), so each
    /// optimizer keeps its marker whichever others race.
    func contour(options: RenderOptions) -> ContourPlot {
        let surface = race.surface
        var plot = ContourPlot(title: options.drawable(race.preset.displayName), x: surface.xRange, y: surface.yRange) { x, y in
            surface.value(x, y)
        }
        switch race.preset {
        case .book: plot.levels = .values([0.25, 1, 2.5, 5, 10, 20])
        case .rosenbrock, .beale: plot.levels = .logSpaced(8)
        case .saddle: plot.levels = .linear(8)
        }
        // Sized by `contourSize`, the box needs at most a sliver of widening to keep units equal.
        plot.equalAspect = true
        plot.showLegend = false
        plot.xLabel = "x"
        plot.yLabel = "y"
        plot.paths = race.racers.map { settings in
            let path = race.runs.first { $0.settings.kind == settings.kind }?.path ?? []
            return Series(name: settings.kind.displayName, color: settings.color, x: path.map(\.x), y: path.map(\.y))
        }
        return plot
    }

    /// The standings under the clock line "step 12 / 30", best first.
    func standings(width: Int, height: Int, options: RenderOptions) -> Grid {
        let rows = race.standings
        let hasMinimum = race.surface.minimum != nil
        let epsilon = options.drawable("ε")
        var headers = ["", tr("optimizer", "优化器")]
        var cells: [[String]] = rows.map { [String(Symbols.for(options).marker($0.settings.markerIndex)), $0.settings.kind.displayName] }
        func add(_ header: String, _ column: (Standing) -> String) {
            headers.append(header)
            for i in rows.indices { cells[i].append(column(rows[i])) }
        }
        if width >= 44 { add("lr", { NumberText.format($0.settings.learningRate, digits: 3) }) }
        if width >= 30 || !hasMinimum { add("f", { $0.lossText }) }
        if hasMinimum {
            add(tr("dist", "距离"), { $0.distanceText })
            add(width >= 30 ? tr("≤\(epsilon) at", "≤\(epsilon) 步") : tr("hit", "到达"), { $0.withinText })
        }
        // The names decide the name column's width: when the table is too wide for its area,
        // a shorter header ("racer", "选手") gives way before a name would be cut ("optimiz…").
        let natural = headers.indices.map { c in
            cells.reduce(displayWidth(of: options.drawable(headers[c]))) { max($0, displayWidth(of: options.drawable($1[c]))) }
        }
        if natural.reduce(0, +) + 2 * (headers.count - 1) > width { headers[1] = tr("racer", "选手") }
        let clock = tr("step \(race.clock) / \(race.planned)", "第 \(race.clock) / \(race.planned) 步") + (hasMinimum ? " · \(epsilon) \(NumberText.format(race.epsilon, digits: 3))" : "")
        let table = Table(title: clock, headers: headers, rows: cells)
        var grid = table.render(width: width, height: height, options: options)
        // Colour each marker as its path is coloured (the rows start after title, header, rule).
        guard options.color else { return grid }
        var top = 0
        if height >= 4 { top += 1 }
        top += 1
        if height - top >= 2 { top += 1 }
        for (i, row) in rows.enumerated() where top + i < height {
            let color = row.settings.color
            grid.restyle(x: 0, y: top + i, width: 1, height: 1) { style in
                var s = style
                s.foreground = color
                s.bold = true
                return s
            }
        }
        return grid
    }
}

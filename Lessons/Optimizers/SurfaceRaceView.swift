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
    /// optimizer, its distance (f on the saddle) and its step within ε.
    static func tableWidth(for width: Int) -> Int {
        width >= 90 ? 46 : width >= 80 ? 34 : min(25, width / 2)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        if width < 80 && height >= 20 {
            // Tall and narrow (the cell beside the text on a wide screen): the table goes under.
            let tableHeight = min(height / 2, race.runs.count + 3)
            let contourHeight = height - tableHeight
            grid.blit(contour(options: options, width: width, height: contourHeight).render(width: width, height: contourHeight, options: options),
                      x: 0, y: 0)
            grid.blit(standings(width: width - 1, height: tableHeight, options: options), x: 1, y: contourHeight)
            return grid
        }
        let tableWidth = Self.tableWidth(for: width)
        grid.blit(contour(options: options, width: width - tableWidth, height: height).render(width: width - tableWidth, height: height, options: options),
                  x: 0, y: 0)
        grid.blit(standings(width: tableWidth - 1, height: height, options: options), x: width - tableWidth + 1, y: 0)
        return grid
    }

    /// Whether x and y keep equal units in a chart `width` × `height`: only when the view
    /// box's shape is within ×1.5 of the drawing area's (cells are twice as tall as wide),
    /// so the box is never squeezed into a strip.
    func keepsEqualUnits(width: Int, height: Int) -> Bool {
        let s = race.surface
        let area = Double(max(1, width - 6)) / Double(2 * max(1, height - 4))
        let box = (s.xRange.upperBound - s.xRange.lowerBound) / (s.yRange.upperBound - s.yRange.lowerBound)
        return max(area / box, box / area) <= 1.5
    }

    /// The contour plot: every racer has a path slot (empty when switched off), so each
    /// optimizer keeps its marker whichever others race.
    func contour(options: RenderOptions, width: Int, height: Int) -> ContourPlot {
        let surface = race.surface
        var plot = ContourPlot(title: options.drawable(surface.displayName), x: surface.xRange, y: surface.yRange) { x, y in
            surface.value(x, y)
        }
        switch race.preset {
        case .book: plot.levels = .values([0.25, 1, 2.5, 5, 10, 20])
        case .rosenbrock, .beale: plot.levels = .logSpaced(8)
        case .saddle: plot.levels = .linear(8)
        }
        plot.equalAspect = keepsEqualUnits(width: width, height: height)
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
        var headers = ["", "optimizer"]
        var cells: [[String]] = rows.map { [String(Symbols.for(options).marker($0.settings.markerIndex)), $0.settings.kind.displayName] }
        func add(_ header: String, _ column: (Standing) -> String) {
            headers.append(header)
            for i in rows.indices { cells[i].append(column(rows[i])) }
        }
        if width >= 44 { add("lr", { NumberText.format($0.settings.learningRate, digits: 3) }) }
        if width >= 30 || !hasMinimum { add("f", { $0.lossText }) }
        if hasMinimum {
            add("dist", { $0.distanceText })
            add(width >= 30 ? "≤\(epsilon) at" : "hit", { $0.withinText })
        }
        let clock = "step \(race.clock) / \(race.planned)" + (hasMinimum ? " · \(epsilon) \(NumberText.format(race.epsilon, digits: 3))" : "")
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

/// A decorated data area, after UnicodePlots' `Plot`: a title, a border with a few nice tick
/// labels, axis labels, a legend, notes (warnings such as skipped non-finite values) and an
/// optional colour bar around a canvas, rendered to a grid of exactly the requested size.
///
/// Layout (everything optional):
/// ```
/// loss              title           ⚠ 2 non-finite skipped    ← header: y label, title, notes
///   1 ┤⠑⠢⡀                      │ ── train                    ← y ticks, border, legend
///     │   ⠈⠑⠢⠤⣀⣀                │ ── test
///   0 ┤         ⠉⠉⠉⠉⠒⠒⠒⠒⠒⠒⠒⠒│
///     └┬──────────────────────┬┘
///      0                     100                               ← x ticks
///                step                                          ← x label
/// ```
/// When the size is too small, the legend moves below the plot, then labels, header, ticks
/// and finally the border are dropped, so the data always gets at least one cell.
public struct Plot: Sendable {
    /// Centred above the data.
    public var title: String = ""
    /// Centred below the x tick labels.
    public var xLabel: String = ""
    /// At the top left, above the y tick labels.
    public var yLabel: String = ""
    /// How the x range is chosen.
    public var xLimits: AxisLimits = .auto
    /// How the y range is chosen.
    public var yLimits: AxisLimits = .auto
    /// Linear or log10 y (the extent must then hold log10 of the data).
    public var yScale: AxisScale = .linear
    /// The finite x values of the data (plotted units).
    public var xExtent = DataExtent()
    /// The finite y values of the data (plotted units).
    public var yExtent = DataExtent()
    /// Explicit x ticks and labels (categories, bin edges) instead of computed ones.
    public var xAxis: Axis?
    /// Whether x tick labels are drawn.
    public var showXTicks = true
    /// Whether y tick labels are drawn.
    public var showYTicks = true
    /// Legend entries, right of the plot when there is room, else one row below it.
    public var legend: [LegendEntry] = []
    /// Short notes shown at the top right, e.g. "3 non-finite skipped" (a warning sign is added).
    public var notes: [String] = []
    /// A colour bar right of the plot.
    public var colorBar: ColorBar?
    /// Whether the data area is framed.
    public var border = true
    /// Whether x and y units must have the same length on screen (2-D surfaces): the ranges
    /// are widened around their centres to match the data area's shape.
    public var equalAspect = false
    /// How x values map onto columns.
    public var xMapping: AxisMapping = .points

    /// A plot with these labels and everything else at its default.
    public init(title: String = "", xLabel: String = "", yLabel: String = "") {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Renders the plot with a canvas of `kind` (braille, or ASCII without Unicode, by
    /// default) covering the data area; `draw` paints the data onto it.
    public func render(width: Int, height: Int, options: RenderOptions, canvas kind: Canvas.Kind? = nil,
                       draw: (inout Canvas) -> Void) -> Grid {
        let k = kind ?? Canvas.Kind.lines(for: options)
        let ppc = k.pixelsPerCell
        return render(width: width, height: height, options: options, pixelsPerCell: Int2(ppc.x, ppc.y)) { grid, region in
            var canvas = region.canvas(k)
            draw(&canvas)
            canvas.render(into: &grid, x: region.x, y: region.y, options: options)
        }
    }

    /// Renders the decorations and lets `body` draw the data area itself (bars, images);
    /// `pixelsPerCell` says how finely `body` resolves positions, so ticks line up with it.
    public func render(width: Int, height: Int, options: RenderOptions, pixelsPerCell: Int2 = Int2(1, 1),
                       body: (inout Grid, PlotRegion) -> Void) -> Grid {
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let plot = drawable(options)
        let layout = PlotLayout.make(for: plot, width: grid.width, height: grid.height,
                                     pixelsPerCell: pixelsPerCell, options: options)
        plot.drawDecorations(into: &grid, layout: layout, options: options)
        body(&grid, layout.region)
        return grid
    }

    /// This plot with its text — title, axis labels, notes, legend entries, explicit x tick
    /// labels — as `options` can draw it (see `RenderOptions.drawable(_:)`), so the layout
    /// measures what is drawn.
    func drawable(_ options: RenderOptions) -> Plot {
        guard !options.unicode else { return self }
        var p = self
        p.title = options.drawable(title)
        p.xLabel = options.drawable(xLabel)
        p.yLabel = options.drawable(yLabel)
        p.notes = notes.map(options.drawable)
        p.legend = legend.map { $0.drawable(options) }
        if var axis = xAxis {
            axis.labels = axis.labels.map(options.drawable)
            p.xAxis = axis
        }
        return p
    }
}

/// Anything that draws itself into a grid of exactly the requested size: every chart kind
/// (`LinePlot`, `ScatterPlot`, `ContourPlot`, `Heatmap`, `Histogram`, the bar charts,
/// `GraphDiagram`, `Table`) conforms.
///
/// Rendering never fails: a chart given too little room drops decorations (legend, labels,
/// ticks, border) until its data fits, and a 0×0 request returns an empty grid.
public protocol Chart {
    /// Renders the chart into a grid of exactly `width` × `height` cells.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid
}

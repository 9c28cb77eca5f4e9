/// Anything that draws itself into a grid of exactly the requested size: every chart kind
/// (`LinePlot`, `ScatterPlot`, `ContourPlot`, `Heatmap`, `Histogram`, `HorizontalBarChart`,
/// `VerticalBarChart`, `GraphDiagram`, `Table`) conforms.
///
/// How the module fits together (after UnicodePlots.jl):
/// - `Canvas` — pixels in data coordinates (braille 2×4 per cell, half-block 1×2, density,
///   ASCII 3×3), with lines, points, markers and text; `Canvas.render(into:x:y:options:)`.
/// - `Plot` — decorations around a canvas or any data area: title, border, nice ticks
///   (`NiceTicks`, `Axis`, `NumberFormat`), axis labels, legend, notes, colour bar; it lays
///   itself out for the size given and drops decorations when space runs out.
/// - chart kinds — small structs holding data and options; `render` builds a `Plot` and
///   draws on its canvas. Build one per frame (they are cheap values) or keep one and update
///   its data (`Series.append`) between frames.
///
/// Rendering never fails: a chart given too little room drops decorations (legend, labels,
/// ticks, border) until its data fits, and a 0×0 request returns an empty grid. Without
/// `RenderOptions.unicode` only ASCII characters are drawn: text the caller supplies (titles,
/// labels, legend names, cells, …) is spelled in ASCII by `RenderOptions.drawable(_:)` before
/// it is measured; without `RenderOptions.color` no colours are set.
public protocol Chart {
    /// Renders the chart into a grid of exactly `width` × `height` cells.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid
}

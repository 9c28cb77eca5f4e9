import Charts

/// The notebook's restrained palette: one accent colour (cyan), dim for hints and
/// secondary text, bold for what matters; without colour the accent becomes bold.
struct Palette: Sendable {
    let color: Bool

    init(options: RenderOptions) { color = options.color }

    /// Titles, the selection, focused headings.
    var accent: Style { Style(foreground: color ? .cyan : nil, bold: true) }
    /// Hints, summaries, borders.
    var dim: Style { Style(dim: true) }
    var bold: Style { Style(bold: true) }
    var plain: Style { .plain }
    /// Refused input and notices that need attention.
    var warning: Style { Style(foreground: color ? .yellow : nil, bold: true) }
}

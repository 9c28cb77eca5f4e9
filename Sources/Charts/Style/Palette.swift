/// An ordered list of colours that values in 0…1 map onto (heatmaps, contour levels, colour
/// bars), plus the fixed colours of data series.
public struct Palette: Sendable, Hashable {
    /// The colours from the low end (t = 0) to the high end (t = 1).
    public var colors: [Color]
    /// Whether the palette is centred on zero (negative … positive), so a matrix is scaled
    /// symmetrically to ±max|v|.
    public var isDiverging: Bool

    /// A palette of `colors`, low to high.
    public init(colors: [Color], isDiverging: Bool = false) {
        self.colors = colors.isEmpty ? [.white] : colors
        self.isDiverging = isDiverging
    }

    /// The colour for `t` in 0…1 (clamped; NaN gives the low end).
    public func color(at t: Double) -> Color {
        let n = colors.count
        guard t.isFinite else { return colors[0] }
        let i = Int((Swift.max(0, Swift.min(1, t)) * Double(n - 1)).rounded())
        return colors[i]
    }

    /// Black through the 24 grays to white (images: 0 = black, 1 = white).
    public static let gray = Palette(colors: [Color(index: 16)] + (0..<24).map { Color.gray($0) } + [Color(index: 231)])

    /// Negative blue through white to positive red (filters, weights, signed feature maps).
    public static let diverging = Palette(colors: [
        .cube(0, 0, 5), .cube(1, 1, 5), .cube(2, 2, 5), .cube(3, 3, 5), .cube(4, 4, 5), .cube(5, 5, 5),
        .cube(5, 4, 4), .cube(5, 3, 3), .cube(5, 2, 2), .cube(5, 1, 1), .cube(5, 0, 0),
    ], isDiverging: true)

    /// Dark blue through cyan, green and yellow to red (low to high).
    public static let heat = Palette(colors: [
        .cube(1, 1, 4), .cube(0, 2, 5), .cube(0, 3, 4), .cube(0, 4, 3), .cube(1, 4, 1),
        .cube(3, 4, 0), .cube(5, 4, 0), .cube(5, 3, 0), .cube(5, 2, 0), .cube(5, 1, 1),
    ])

    /// Muted blue through green to red: contour levels, low to high, quieter than `series`.
    public static let contour = Palette(colors: [
        .cube(1, 1, 3), .cube(1, 2, 3), .cube(1, 3, 3), .cube(1, 3, 2), .cube(2, 3, 1),
        .cube(3, 3, 1), .cube(3, 2, 1), .cube(3, 1, 1),
    ])

    /// Colours of data series in order: blue, orange, green, purple, yellow, cyan, red.
    public static let series: [Color] = [
        .cube(0, 3, 5), .cube(5, 2, 0), .cube(1, 4, 1), .cube(4, 1, 4), .cube(5, 4, 0), .cube(0, 4, 4), .cube(5, 1, 1),
    ]

    /// The colour of series number `index` (cycling).
    public static func seriesColor(_ index: Int) -> Color {
        series[((index % series.count) + series.count) % series.count]
    }

    /// Highlights: the selected bar, row, node or cell.
    public static let accent = Color.cube(5, 4, 0)
    /// Values flowing backwards (gradients), as in the book's figures.
    public static let gradient = Color.cube(5, 1, 1)
    /// Quiet text: notes, arrows, axis labels.
    public static let muted = Color.gray(12)
    /// Warnings such as skipped non-finite values.
    public static let warning = Color.cube(5, 3, 0)
}

extension Palette {
    /// Dark backgrounds for regions of class `index` (decision boundaries), matching `series`.
    public static func regionColor(_ index: Int) -> Color {
        let dark: [Color] = [.cube(0, 1, 2), .cube(2, 1, 0), .cube(0, 2, 0), .cube(2, 0, 2), .cube(2, 2, 0), .cube(0, 2, 2), .cube(2, 0, 0)]
        return dark[((index % dark.count) + dark.count) % dark.count]
    }
}

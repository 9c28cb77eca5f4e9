/// A one-line key to a palette for cells too narrow for a `ColorBar`: three swatches with
/// the values they stand for, low, middle (0 for a diverging palette) and high, e.g.
/// `█ −0.52  █ 0  █ +0.52` with the swatches in the palette's blue, white and red. Without
/// colour the swatches are the shade characters a heatmap then draws, in brackets so an
/// empty one shows: `[ ] −0.52  [▒] 0  [█] +0.52` (ASCII `[ ] -0.52  [+] 0  [@] +0.52`).
///
/// Put one under a heatmap (`Heatmap` does so itself for diverging palettes when it has no
/// colour bar and a row to spare, see `Heatmap.showColorKey`):
/// ```swift
/// let key = ColorKey(for: map)   // map.palette, map.resolvedRange
/// grid.blit(key.render(width: width, height: 1, options: options), x: 0, y: mapRows)
/// ```
public struct ColorKey: Chart, Sendable, Hashable {
    /// The colours explained.
    public var palette: Palette
    /// The values at the palette's low and high ends.
    public var range: ClosedRange<Double>

    /// A key for `palette` spanning `range`.
    public init(palette: Palette, range: ClosedRange<Double>) {
        self.palette = palette
        self.range = range
    }

    /// The key for what `heatmap` draws: its palette over its resolved range.
    public init(for heatmap: Heatmap) {
        self.init(palette: heatmap.palette, range: heatmap.resolvedRange)
    }

    /// The three entries: palette position and label. A diverging palette labels its middle
    /// 0 and its top with a `+`.
    var entries: [(t: Double, label: String)] {
        let lo = range.lowerBound, hi = range.upperBound
        let mid = palette.isDiverging && lo < 0 && hi > 0 ? 0 : (lo + hi) / 2
        let tMid = hi > lo ? (mid - lo) / (hi - lo) : 0.5
        let top = NumberFormat.compact(hi)
        return [(0, NumberFormat.compact(lo)), (tMid, NumberFormat.compact(mid)),
                (1, palette.isDiverging && hi > 0 ? "+" + top : top)]
    }

    /// The key's text and, per entry, where its swatch starts and how wide it is, as drawn
    /// with `options`: all three entries when they fit `width`, else low and high only, else
    /// nothing (half a key would explain nothing).
    func layout(width: Int, options: RenderOptions) -> (text: String, swatches: [(start: Int, t: Double)]) {
        let bracketed = !options.color
        for keep in [[0, 1, 2], [0, 2]] {
            var text = ""
            var swatches: [(Int, Double)] = []
            for i in keep {
                let (t, label) = entries[i]
                if !text.isEmpty { text += "  " }
                let start = displayWidth(of: text)
                let swatch = bracketed ? "[\(Shades.character(for: t, unicode: options.unicode))]" : (options.unicode ? "█" : "#")
                swatches.append((bracketed ? start + 1 : start, t))
                text += swatch + " " + options.drawable(label.hasPrefix("-") ? "−" + label.dropFirst() : label)
            }
            if displayWidth(of: text) <= width { return (text, swatches) }
        }
        return ("", [])
    }

    /// Draws the key on the first row, left-aligned; other rows stay blank.
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0 else { return grid }
        let (text, swatches) = layout(width: grid.width, options: options)
        grid.put(text, x: 0, y: 0)
        guard options.color else { return grid }
        for (start, t) in swatches where start < grid.width {
            grid[start, 0].style = Style(foreground: palette.color(at: t))
        }
        return grid
    }
}

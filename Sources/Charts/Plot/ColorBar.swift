/// A vertical strip showing a palette from its maximum (top) to its minimum (bottom), with
/// the two values labelled beside it (and 0 for a diverging palette when there is room).
public struct ColorBar: Sendable, Hashable {
    /// The colours shown.
    public var palette: Palette
    /// The values at the bottom and top.
    public var range: ClosedRange<Double>

    /// A bar showing `palette` from `range.lowerBound` (bottom) to `range.upperBound` (top).
    public init(palette: Palette, range: ClosedRange<Double>) {
        self.palette = palette
        self.range = range
    }

    /// The labels: max, min (and "0" for a diverging range spanning zero).
    var labels: (top: String, bottom: String) {
        (NumberFormat.compact(range.upperBound), NumberFormat.compact(range.lowerBound))
    }

    /// Columns taken: the 2-column strip, a space and the widest label.
    public var width: Int { 3 + Swift.max(displayWidth(of: labels.top), displayWidth(of: labels.bottom)) }

    /// Draws the bar with its top-left at (`x`, `y`), `rows` tall. With colour and Unicode each
    /// cell shows two palette steps as `▀`; otherwise shade characters (` ░▒▓█` or
    /// ` .:-=+*#%@`) stand for the level.
    public func draw(into grid: inout Grid, x: Int, y: Int, rows: Int, options: RenderOptions) {
        guard rows > 0 else { return }
        let pixels = Double(Swift.max(1, rows * 2 - 1))
        for r in 0..<rows {
            let tTop = 1 - Double(2 * r) / pixels
            let tBottom = 1 - Double(2 * r + 1) / pixels
            let glyph: Glyph
            if options.color && options.unicode {
                glyph = Glyph("▀", Style(foreground: palette.color(at: tTop), background: palette.color(at: tBottom)))
            } else {
                let t = (tTop + tBottom) / 2
                glyph = Glyph(Shades.character(for: t, unicode: options.unicode),
                              options.color ? Style(foreground: palette.color(at: t)) : .plain)
            }
            grid[x, y + r] = glyph
            grid[x + 1, y + r] = glyph
        }
        let l = labels
        grid.put(l.top, x: x + 3, y: y)
        if rows > 1 { grid.put(l.bottom, x: x + 3, y: y + rows - 1) }
        if palette.isDiverging, rows >= 5, range.lowerBound < 0, range.upperBound > 0 {
            let t = -range.lowerBound / (range.upperBound - range.lowerBound)
            let r = Int(((1 - t) * Double(rows - 1)).rounded())
            if r > 0 && r < rows - 1 { grid.put("0", x: x + 3, y: y + r) }
        }
    }
}

/// Shade characters standing for a level t in 0…1 where colour is not available.
enum Shades {
    static let unicode: [Character] = [" ", "░", "▒", "▓", "█"]
    static let ascii: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// The shade for `t` (clamped; non-finite gives the lightest).
    static func character(for t: Double, unicode: Bool) -> Character {
        let ramp = unicode ? Shades.unicode : Shades.ascii
        guard t.isFinite else { return ramp[0] }
        let i = Int((Swift.max(0, Swift.min(1, t)) * Double(ramp.count - 1)).rounded())
        return ramp[i]
    }
}

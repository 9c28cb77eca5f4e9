/// The characters charts draw with, in a Unicode and an ASCII set.
public struct Symbols: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// A tick on a left border (`┤`).
    public var leftTick: Character
    /// A tick on a bottom border (`┬`).
    public var bottomTick: Character
    /// Truncation mark for text that does not fit.
    public var ellipsis: Character
    /// The warning sign in notes.
    public var warning: String
    /// Markers of data series (scatter classes, path ends), in order.
    public var markers: [Character]
    /// A point along a path.
    public var pathPoint: Character
    /// A right-pointing arrow head.
    public var arrowHead: Character
    /// The row-selection marker.
    public var pointer: Character

    /// Box drawing, braille-era symbols.
    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        leftTick: "┤", bottomTick: "┬", ellipsis: "…", warning: "⚠",
        markers: ["●", "■", "▲", "◆", "✚", "✖", "★", "○"], pathPoint: "•", arrowHead: "▶", pointer: "▸")

    /// Plain ASCII.
    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        leftTick: "+", bottomTick: "+", ellipsis: "~", warning: "!",
        markers: ["o", "x", "+", "*", "#", "@", "%", "&"], pathPoint: ".", arrowHead: ">", pointer: ">")

    /// The set for `options`.
    public static func `for`(_ options: RenderOptions) -> Symbols { options.unicode ? .unicode : .ascii }

    /// Marker number `index` (cycling).
    public func marker(_ index: Int) -> Character {
        markers[((index % markers.count) + markers.count) % markers.count]
    }
}

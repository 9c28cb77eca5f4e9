/// A terminal colour as an xterm-256 palette index: 0–7 the standard colours, 8–15 their
/// bright forms, 16–231 a 6×6×6 colour cube, 232–255 a 24-step gray ramp. The terminal layer
/// maps indices down when the terminal has only 8 or 16 colours.
public struct Color: Hashable, Sendable {
    /// The xterm-256 index.
    public let index: UInt8
    public init(index: UInt8) { self.index = index }

    public static let black = Color(index: 0)
    public static let red = Color(index: 1)
    public static let green = Color(index: 2)
    public static let yellow = Color(index: 3)
    public static let blue = Color(index: 4)
    public static let magenta = Color(index: 5)
    public static let cyan = Color(index: 6)
    public static let white = Color(index: 7)
    public static let brightBlack = Color(index: 8)
    public static let brightRed = Color(index: 9)
    public static let brightGreen = Color(index: 10)
    public static let brightYellow = Color(index: 11)
    public static let brightBlue = Color(index: 12)
    public static let brightMagenta = Color(index: 13)
    public static let brightCyan = Color(index: 14)
    public static let brightWhite = Color(index: 15)

    /// A gray from the 24-step ramp: `level` 0 (near black) … 23 (near white), clamped.
    public static func gray(_ level: Int) -> Color {
        Color(index: UInt8(232 + Swift.max(0, Swift.min(23, level))))
    }

    /// A colour from the 6×6×6 cube, each component 0…5, clamped.
    public static func cube(_ r: Int, _ g: Int, _ b: Int) -> Color {
        func c(_ v: Int) -> Int { Swift.max(0, Swift.min(5, v)) }
        return Color(index: UInt8(16 + 36 * c(r) + 6 * c(g) + c(b)))
    }
}

/// How a glyph is drawn: foreground and background colour (nil = the terminal's default)
/// and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
                dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The terminal's default look.
    public static let plain = Style()
    /// A foreground colour and nothing else.
    public static func color(_ c: Color) -> Style { Style(foreground: c) }
}

/// One terminal cell: a character and its style.
public struct Glyph: Hashable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character, _ style: Style = .plain) {
        self.character = character
        self.style = style
    }

    /// A space in the default style.
    public static let blank = Glyph(" ")
    /// The right half of a wide character (never drawn by itself).
    public static let continuation = Glyph("\u{0}")
    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { character == "\u{0}" }
}

/// Columns a character takes on a terminal: 0 (control, combining, zero-width), 2 (East
/// Asian wide / fullwidth, most emoji) or 1, from a built-in table of Unicode ranges rather
/// than `wcwidth`, so headless renders and tests do not depend on the locale.
public func displayWidth(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let v = scalar.value
    if v < 0x7F { return v < 0x20 ? 0 : 1 }
    if v < 0xA0 { return 0 }
    if isZeroWidthScalar(v) { return 0 }
    return isWideScalar(v) ? 2 : 1
}

/// Columns a string takes on a terminal (the sum of `displayWidth(of:)`).
public func displayWidth(of text: String) -> Int {
    text.reduce(0) { $0 + displayWidth(of: $1) }
}

private func isZeroWidthScalar(_ v: UInt32) -> Bool {
    (v >= 0x0300 && v <= 0x036F) || (v >= 0x200B && v <= 0x200F) || (v >= 0x20D0 && v <= 0x20FF) ||
        (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0xFE20 && v <= 0xFE2F) || v == 0xFEFF
}

private func isWideScalar(_ v: UInt32) -> Bool {
    (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF) ||
        (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF) ||
        (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) ||
        (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F) ||
        (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
}

/// How charts may draw: Unicode (braille, blocks, box drawing) or plain ASCII, with or
/// without colour. ASCII is used when the locale is not UTF-8 or the learner asks `--ascii`.
public struct RenderOptions: Hashable, Sendable {
    public var unicode: Bool
    public var color: Bool
    public init(unicode: Bool = true, color: Bool = true) {
        self.unicode = unicode
        self.color = color
    }
    public static let standard = RenderOptions()
    public static let ascii = RenderOptions(unicode: false, color: true)
}

extension RenderOptions {
    /// Caller-supplied text (titles, labels, legend entries, table cells) as it can be
    /// drawn with these options: unchanged in Unicode mode, spelled in ASCII otherwise
    /// (`h′(x)` → `h'(x)`, `σ` → `sigma`, `x²` → `x^2`), so ASCII output is ASCII throughout.
    /// Every chart applies it to all the text it is given, once per render and before
    /// measuring anything, since a spelling can be wider than the original (`x²` → `x^2`).
    public func drawable(_ text: String) -> String {
        if unicode || text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return ASCIITransliteration.transliterate(text)
    }
}

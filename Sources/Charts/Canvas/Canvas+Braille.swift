/// Braille cells: 2 columns × 4 rows of dots per cell, one Unicode character per dot pattern.
extension Canvas {
    /// The bit of the dot at (`dx`, `dy`) inside a braille cell (dx 0…1, dy 0…3), following
    /// the Unicode braille numbering (dots 1–3 and 7 on the left, 4–6 and 8 on the right).
    @inline(__always)
    static func brailleBit(_ dx: Int, _ dy: Int) -> UInt16 {
        if dy == 3 { return dx == 0 ? 0x40 : 0x80 }
        return UInt16(1) << UInt16(dx &* 3 &+ dy)
    }

    /// The 256 braille characters U+2800…U+28FF, indexed by dot bits.
    static let brailleCharacters: [Character] = (0..<256).map {
        Character(Unicode.Scalar(UInt32(0x2800 + $0))!)
    }
}

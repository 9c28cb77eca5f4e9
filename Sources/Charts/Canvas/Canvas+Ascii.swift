/// ASCII cells: 3 × 3 pixels per cell, each pattern drawn as the ASCII character that looks
/// most like it, so lines stay readable without Unicode.
///
/// The rules, in order: no pixel → space; pixels only in the top row → `'`, only in the middle
/// row → `-`, only in the bottom row → `.` (one pixel) or `_`; two or more pixels in one
/// column → `|`; anything else → the nearest (fewest differing pixels) of the templates for
/// `- | / \ + x ' _ . : #`, earlier ones winning ties.
extension Canvas {
    /// The character for each of the 512 patterns (bit `row * 3 + column`, row 0 at the top).
    static let asciiCharacters: [Character] = (0..<512).map { asciiCharacter(forPattern: UInt16($0)) }

    static func asciiCharacter(forPattern m: UInt16) -> Character {
        if m == 0 { return " " }
        let top: UInt16 = 0b000_000_111, middle: UInt16 = 0b000_111_000, bottom: UInt16 = 0b111_000_000
        if m & ~top == 0 { return "'" }
        if m & ~middle == 0 { return "-" }
        if m & ~bottom == 0 { return m.nonzeroBitCount == 1 ? "." : "_" }
        for column in 0..<3 {
            let mask: UInt16 = (0b001_001_001 as UInt16) << UInt16(column)
            if m & ~mask == 0 { return "|" }
        }
        var best: Character = "#"
        var bestDistance = Int.max
        for (ch, pattern) in asciiTemplates {
            let d = (m ^ pattern).nonzeroBitCount
            if d < bestDistance { bestDistance = d; best = ch }
        }
        return best
    }

    /// Template patterns, written top row first as "abc/def/ghi" with 1 = pixel set.
    static let asciiTemplates: [(Character, UInt16)] = [
        ("-", "000/111/000"), ("|", "010/010/010"), ("|", "100/100/100"), ("|", "001/001/001"),
        ("/", "001/010/100"), ("/", "001/010/000"), ("/", "000/010/100"), ("/", "001/000/100"),
        ("/", "000/001/010"), ("/", "010/100/000"),
        ("\\", "100/010/001"), ("\\", "100/010/000"), ("\\", "000/010/001"), ("\\", "100/000/001"),
        ("\\", "000/100/010"), ("\\", "010/001/000"),
        ("+", "010/111/010"), ("x", "101/010/101"), ("'", "111/000/000"), ("_", "000/000/111"),
        (".", "000/000/010"), (":", "010/000/010"), ("#", "111/111/111"),
    ].map { ($0.0, pattern($0.1)) }

    static func pattern(_ text: String) -> UInt16 {
        var m: UInt16 = 0
        for (row, part) in text.split(separator: "/").enumerated() {
            for (col, ch) in part.enumerated() where ch == "1" { m |= 1 << UInt16(row * 3 + col) }
        }
        return m
    }

    /// A braille dot pattern squeezed onto the 3 × 3 ASCII grid (left/right dots to the outer
    /// columns; dot rows 0, 1–2, 3 to the top, middle and bottom rows).
    static func asciiBits(ofBraille b: UInt16) -> UInt16 {
        var m: UInt16 = 0
        for dx in 0..<2 {
            for dy in 0..<4 where b & brailleBit(dx, dy) != 0 {
                let row = dy == 0 ? 0 : (dy == 3 ? 2 : 1)
                m |= 1 << UInt16(row * 3 + dx * 2)
            }
        }
        return m
    }
}

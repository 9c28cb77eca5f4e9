/// Density cells: one pixel per cell, shaded by how many times it was hit.
extension Canvas {
    /// The shades of a density canvas, lightest first (index 0 = no hits).
    static let densityShades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// The ASCII shades of a density canvas, lightest first.
    static let asciiDensityShades: [Character] = [" ", ".", ":", "+", "#"]

    /// Hit counts at which a density cell moves to the next shade: 1 → `░`, 2–3 → `▒`,
    /// 4–7 → `▓`, 8 or more → `█` (doubling, so a few points stay visible next to thousands);
    /// ASCII uses `. : + #` the same way.
    static func densityCharacter(count: UInt16, unicode: Bool) -> Character {
        let level: Int
        switch count {
        case 0: level = 0
        case 1: level = 1
        case 2...3: level = 2
        case 4...7: level = 3
        default: level = 4
        }
        return unicode ? densityShades[level] : asciiDensityShades[level]
    }
}

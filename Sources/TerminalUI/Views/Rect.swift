import Charts

/// A rectangle of screen cells.
struct Rect: Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}

extension Grid {
    /// Blanks the wide characters (Chinese) that the left and right edges of `rect` would cut
    /// in half, before something is drawn over `rect` (the help overlay): half a character
    /// left behind would make its row a column too wide or too narrow.
    mutating func clearWideCharacters(cutBy rect: Rect) {
        for y in rect.y..<(rect.y + rect.height) {
            if self[rect.x, y].isContinuation { self[rect.x - 1, y] = .blank }
            if self[rect.x + rect.width, y].isContinuation { self[rect.x + rect.width, y] = .blank }
        }
    }
}

import Charts

/// A cell position on a screen.
public struct CellPosition: Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Which cells of a screen must be drawn to turn one frame into the next.
public enum GridDiff {
    /// The cells of `new` that differ from `old`, row by row, left to right; every cell
    /// when there is no `old` or its size differs. A change in either half of a wide
    /// character reports its left half (where the character is drawn); continuation cells
    /// are never reported.
    public static func changedCells(from old: Grid?, to new: Grid) -> [CellPosition] {
        var changed: [CellPosition] = []
        let sameSize = old.map { $0.width == new.width && $0.height == new.height } ?? false
        for y in 0..<new.height {
            var lastReported = -1
            for x in 0..<new.width {
                if sameSize, let old, old[x, y] == new[x, y] { continue }
                var origin = x
                if new[x, y].isContinuation {
                    guard x > 0 else { continue }
                    origin = x - 1
                }
                if origin > lastReported {
                    changed.append(CellPosition(x: origin, y: y))
                    lastReported = origin
                }
            }
        }
        return changed
    }
}

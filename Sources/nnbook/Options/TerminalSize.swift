import Charts
import TerminalUI

/// A terminal size written `COLSxROWS` (`--size 80x24`).
struct TerminalSize: Equatable, CustomStringConvertible {
    var columns: Int
    var rows: Int

    /// The smallest size `render` draws: the notebook's smallest screen (80x24). Below it
    /// the notebook shows only "terminal too small", which a headless render has no use for.
    static let minimum = TerminalSize(columns: ScreenSize.minimum.width, rows: ScreenSize.minimum.height)
    /// The largest size `render` draws.
    static let maximum = TerminalSize(columns: 1000, rows: 1000)

    var description: String { "\(columns)x\(rows)" }

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Parses `80x24` (or `80X24`); throws a one-line failure naming the expected form and
    /// the limits.
    init(parsing text: String) throws {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false).flatMap { $0.split(separator: "X", omittingEmptySubsequences: false) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let columns = Int(parts[0]), let rows = Int(parts[1]) else {
            throw CommandFailure(tr("invalid size '\(text)': expected COLSxROWS, e.g. 80x24",
                                    "无效的尺寸 '\(text)'：应为 COLSxROWS（列数x行数），例如 80x24"))
        }
        let (low, high) = (TerminalSize.minimum, TerminalSize.maximum)
        guard columns >= low.columns, rows >= low.rows, columns <= high.columns, rows <= high.rows else {
            throw CommandFailure(tr("invalid size '\(text)': expected COLSxROWS from \(low) (the notebook's smallest screen) to \(high), e.g. 120x40",
                                    "无效的尺寸 '\(text)'：应为 \(low)（笔记本的最小屏幕）到 \(high) 之间的 COLSxROWS，例如 120x40"))
        }
        self.init(columns: columns, rows: rows)
    }
}

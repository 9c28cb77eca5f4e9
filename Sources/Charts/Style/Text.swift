/// Text helpers shared by the charts: fitting strings to a number of columns.
enum TextFit {
    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: Character) -> String {
        truncate(text, to: width, ellipsis: String(ellipsis))
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut. A word holding a
    /// digit (a number, `y₀=2.35`, `1e-7`) is never cut in the middle: it is dropped whole, so
    /// `loss = 2.35` in 9 columns is `loss = …`, not `loss = 2.…` (a wrong value).
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if displayWidth(of: text) <= width { return text }
        let characters = Array(text)
        let room = width - displayWidth(of: ellipsis)
        var n = 0, used = 0
        while n < characters.count {
            let w = displayWidth(of: characters[n])
            if used + w > Swift.max(0, room) { break }
            used += w
            n += 1
        }
        if n > 0, n < characters.count, characters[n] != " ", characters[n - 1] != " " {
            var start = n
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            var end = n
            while end < characters.count && characters[end] != " " { end += 1 }
            if characters[start..<end].contains(where: { $0.isASCII && $0.isWholeNumber }) { n = start }
        }
        guard room >= 0 else { return String(characters[..<n]) }
        return String(characters[..<n]) + ellipsis
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns, aligned as asked.
    static func pad(_ text: String, to width: Int, alignment: TextAlignment, ellipsis: Character) -> String {
        let t = truncate(text, to: width, ellipsis: ellipsis)
        let gap = Swift.max(0, width - displayWidth(of: t))
        switch alignment {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center:
            let l = gap / 2
            return String(repeating: " ", count: l) + t + String(repeating: " ", count: gap - l)
        }
    }
}

/// Horizontal alignment of text in a column.
public enum TextAlignment: Sendable, Hashable {
    case left, right, center
}

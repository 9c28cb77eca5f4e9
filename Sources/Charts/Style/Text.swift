/// Text helpers shared by the charts: fitting strings to a number of columns.
enum TextFit {
    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: Character) -> String {
        guard width > 0 else { return "" }
        if displayWidth(of: text) <= width { return text }
        var out = ""
        var used = 0
        let room = width - displayWidth(of: ellipsis)
        for ch in text {
            let w = displayWidth(of: ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        if room >= 0 { out.append(ellipsis) }
        return out
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

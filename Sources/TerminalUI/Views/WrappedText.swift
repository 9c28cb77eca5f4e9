import Charts

/// Text wrapped into a few lines of a given width at word boundaries, for the status and
/// notice rows: a word longer than a line is broken, and text that needs more than the
/// allowed lines ends in an ellipsis — never cut mid-word without one.
enum WrappedText {
    /// `text` in at most `maximumLines` lines of at most `width` columns.
    static func lines(_ text: String, width: Int, maximumLines: Int, ellipsis: String) -> [String] {
        guard width > 0, maximumLines > 0 else { return [] }
        if displayWidth(of: text) <= width { return [text] }      // fits: keep its own spacing
        var lines: [String] = []
        var line = ""
        // Words keep the run of spaces before them (statuses align parts with several spaces);
        // a run that ends a line is dropped. Chinese text breaks between characters (`LineBreak`).
        for (spaces, word) in LineBreak.pieces(of: text) {
            let candidate = line.isEmpty ? word : line + spaces + word
            if displayWidth(of: candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = word
            while displayWidth(of: line) > width {                 // a word longer than a line
                let (head, tail) = split(line, at: width)
                lines.append(head)
                line = tail
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        guard lines.count > maximumLines else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        kept[maximumLines - 1] = withEllipsis(kept[maximumLines - 1], width: width, ellipsis: ellipsis)
        return kept
    }

    /// `line` followed by an ellipsis, cut at a word boundary (or mid-word if it has none) to
    /// fit; after a Chinese character the ellipsis follows without a space.
    private static func withEllipsis(_ line: String, width: Int, ellipsis: String) -> String {
        let room = width - displayWidth(of: ellipsis)
        if let last = line.last, displayWidth(of: last) == 2, displayWidth(of: line) <= room { return line + ellipsis }
        if displayWidth(of: line) + 1 <= room { return line + " " + ellipsis }
        var cut = split(line, at: room).head
        if let space = cut.lastIndex(of: " "), space > cut.startIndex { cut = String(cut[..<space]) + " " }
        return cut + ellipsis
    }

    /// The first `width` columns of `text`, and the rest.
    private static func split(_ text: String, at width: Int) -> (head: String, tail: String) {
        var head = ""
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = displayWidth(of: text[index])
            if used + w > width { break }
            head.append(text[index])
            used += w
            index = text.index(after: index)
        }
        if head.isEmpty && index < text.endIndex {                // a character wider than the line
            head = String(text[index])
            index = text.index(after: index)
        }
        return (head, String(text[index...]))
    }
}

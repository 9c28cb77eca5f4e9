import Charts

/// Lays out lesson text written in nnbook's Markdown subset into styled lines.
///
/// STUB: wraps plain words only; the LessonKit work replaces it with the full subset
/// (headings, paragraphs, emphasis, inline code, lists, code blocks, wide characters).
public enum MarkdownText {
    /// The text laid out to exactly `width` columns; as many rows as it needs.
    public static func layout(_ source: String, width: Int, options: RenderOptions = .standard) -> Grid {
        var lines: [String] = []
        for paragraph in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        var grid = Grid(width: width, height: lines.count)
        for (y, l) in lines.enumerated() { grid.put(l, x: 0, y: y) }
        return grid
    }
}

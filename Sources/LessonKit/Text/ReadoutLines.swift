import Charts

/// Packs a cell's short readouts ("x = 1.5", "f = 2.25", …) into as few lines as fit under
/// its chart: parts spelled as `options` draws them, joined with three spaces, a part too
/// long for one line broken at spaces (onto lines of its own).
public enum ReadoutLines {
    /// `parts` (empty ones dropped) packed into lines of at most `width` − 1 columns (the
    /// cells draw readouts from column 1).
    public static func pack(_ parts: [String], width: Int, options: RenderOptions) -> [String] {
        var lines: [String] = []
        var current = ""
        for text in parts.map(options.drawable) where !text.isEmpty {
            let pieces = wrap(text, width: width - 1)
            if pieces.count > 1 {
                // A part broken over lines keeps them to itself: another part appended to
                // its last piece would read as part of it.
                if !current.isEmpty { lines.append(current) }
                lines.append(contentsOf: pieces)
                current = ""
                continue
            }
            let part = pieces[0]
            if current.isEmpty {
                current = part
            } else if displayWidth(of: current) + 3 + displayWidth(of: part) <= width - 1 {
                current += "   " + part
            } else {
                lines.append(current)
                current = part
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` broken at spaces (and between Chinese characters, see `LineBreak`) into lines
    /// of at most `width` columns. Words are never split, so a number always moves whole to
    /// the next line; a word longer than a line gets a line of its own, which
    /// `Grid.put(_:x:y:style:maxWidth:)` cuts with an ellipsis when drawn.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard displayWidth(of: text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for (gap, word) in LineBreak.pieces(of: text) {
            let space = gap.isEmpty ? "" : " "
            if current.isEmpty {
                current = word
            } else if displayWidth(of: current) + space.count + displayWidth(of: word) <= width {
                current += space + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

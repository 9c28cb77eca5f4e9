import Charts

/// Wraps styled text into lines of at most `width` display columns.
///
/// Lines break where `LineBreak` allows (at spaces, whose runs collapse to one, and between
/// Chinese characters, never before closing or after opening punctuation); a word longer
/// than a line is hard-broken; a wide character is never split. "\n" forces a break.
enum TextWrapper {
    /// A piece that is never broken unless it is longer than a whole line.
    private struct Word {
        var characters: [StyledCharacter] = []
        var width = 0
        /// The space in front of it (nil: glued to the previous word, as between CJK characters).
        var spaceBefore: StyledCharacter?
        var isLineBreak = false
    }

    /// The lines of `text`, each at most `width` columns (at least one line, maybe empty).
    static func wrap(_ text: [StyledCharacter], width: Int) -> [[StyledCharacter]] {
        let width = Swift.max(1, width)
        var lines: [[StyledCharacter]] = []
        var line: [StyledCharacter] = []
        var lineWidth = 0
        func endLine() { lines.append(line); line = []; lineWidth = 0 }

        for word in words(of: text) {
            if word.isLineBreak { endLine(); continue }
            let gap = (line.isEmpty || word.spaceBefore == nil) ? 0 : 1
            if lineWidth + gap + word.width <= width {
                if gap == 1, let space = word.spaceBefore { line.append(space) }
                line += word.characters
                lineWidth += gap + word.width
                continue
            }
            if !line.isEmpty { endLine() }
            for c in word.characters {
                let w = displayWidth(of: c.character)
                if lineWidth + w > width && !line.isEmpty { endLine() }
                line.append(c)
                lineWidth += w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func words(of text: [StyledCharacter]) -> [Word] {
        var words: [Word] = []
        var word = Word()
        var pendingSpace: StyledCharacter?
        func flush() {
            if !word.characters.isEmpty { words.append(word) }
            word = Word()
        }
        for c in text {
            if c.character == "\n" {
                flush()
                words.append(Word(isLineBreak: true))
                pendingSpace = nil
            } else if c.character == " " {
                flush()
                if pendingSpace == nil { pendingSpace = c }
            } else {
                let w = displayWidth(of: c.character)
                // Chinese text breaks between characters, except around punctuation that
                // may not start or end a line (see `LineBreak`).
                if let last = word.characters.last, LineBreak.canBreak(between: last.character, and: c.character) { flush() }
                if word.characters.isEmpty {
                    word.spaceBefore = pendingSpace
                    pendingSpace = nil
                }
                word.characters.append(c)
                word.width += w
            }
        }
        flush()
        return words
    }
}

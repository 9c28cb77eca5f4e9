/// Where a line of English, Chinese or mixed text may break: every wrapper in nnbook (lesson
/// text, status rows, readouts, panels) asks here, so all of them follow one set of rules.
///
/// - At a run of spaces (the run is dropped at the break).
/// - Between two characters with no space between them when either is wide (CJK): Chinese
///   text wraps between any two characters, and a Latin word or number glued to Chinese text
///   (`用ReLU`, `为0.25`) may move to the next line whole.
/// - Never before closing punctuation (`，。、；：？！」）` and the like, nor `,.;:!?)` next to
///   CJK) and never after opening punctuation (`「（《【“` …): a line never starts with a
///   comma or ends with an opening bracket (the rule Chinese typesetting calls 避头尾).
public enum LineBreak {
    /// Punctuation that never starts a line.
    public static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "」", "』", "）", "》", "〉", "】", "〕", "〗", "］", "｝",
        "”", "’", "…", "‥", "・", "～", "％", "·",
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
    ]
    /// Punctuation that never ends a line.
    public static let opening: Set<Character> = [
        "「", "『", "（", "《", "〈", "【", "〔", "〖", "［", "｛", "“", "‘", "(", "[", "{",
    ]

    /// Whether a line may break between `before` and `after`, two characters written next to
    /// each other with no space between them.
    public static func canBreak(between before: Character, and after: Character) -> Bool {
        if before == " " || after == " " { return true }
        if closing.contains(after) || opening.contains(before) { return false }
        return displayWidth(of: before) == 2 || displayWidth(of: after) == 2
    }

    /// The unbreakable pieces of `text`, each with the run of spaces written before it ("" for
    /// a piece glued to the one before, as between two Chinese characters). Joining every
    /// `gap + word` gives back `text` without its trailing spaces.
    public static func pieces(of text: String) -> [(gap: String, word: String)] {
        var result: [(gap: String, word: String)] = []
        var gap = ""
        var word = ""
        for character in text {
            if character == " " {
                if !word.isEmpty { result.append((gap, word)); word = ""; gap = "" }
                gap.append(" ")
            } else {
                if let last = word.last, canBreak(between: last, and: character) {
                    result.append((gap, word))
                    word = ""
                    gap = ""
                }
                word.append(character)
            }
        }
        if !word.isEmpty { result.append((gap, word)) }
        return result
    }

    /// `text` broken into lines of at most `width` columns at the break opportunities above;
    /// the spaces at a break are dropped and runs of spaces elsewhere collapse to one when
    /// `collapsingSpaces`. A piece wider than a line is cut between characters (a wide
    /// character is never split).
    public static func lines(_ text: String, width: Int, collapsingSpaces: Bool = true) -> [String] {
        let width = Swift.max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for (gap, word) in pieces(of: text) {
            let space = gap.isEmpty ? "" : (collapsingSpaces ? " " : gap)
            let wordWidth = displayWidth(of: word)
            if !line.isEmpty, lineWidth + space.count + wordWidth <= width {
                line += space + word
                lineWidth += space.count + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
            for character in word {
                let w = displayWidth(of: character)
                if lineWidth + w > width && !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                line.append(character)
                lineWidth += w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

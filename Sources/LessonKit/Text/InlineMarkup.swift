import Charts

/// The inline part of the Markdown subset: `**bold**`, `*emphasis*`, `` `code` `` and
/// backslash escapes, turned into styled characters. A `*` that does not open a span (one
/// followed by a space, or with no closing partner) stays a literal star, so `a * b` is safe.
enum InlineMarkup {
    /// The characters of `text` with the markup removed and styles applied over `base`.
    static func parse(_ text: String, base: Style, styles: TextStyles) -> [StyledCharacter] {
        var out: [StyledCharacter] = []
        parse(Array(text), base: base, styles: styles, into: &out)
        return out
    }

    private static let escapable: Set<Character> = ["\\", "`", "*", "_", "#", "-", "[", "]", "(", ")", "!", "."]

    private static func parse(_ chars: [Character], base: Style, styles: TextStyles, into out: inout [StyledCharacter]) {
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, escapable.contains(chars[i + 1]) {
                out.append(StyledCharacter(character: chars[i + 1], style: base))
                i += 2
            } else if c == "`", let close = chars[(i + 1)...].firstIndex(of: "`") {
                let code = styles.inlineCode(in: base)
                out += chars[(i + 1)..<close].map { StyledCharacter(character: $0, style: code) }
                i = close + 1
            } else if c == "*", i + 1 < chars.count, chars[i + 1] == "*",
                      let close = closingDelimiter(in: chars, from: i + 2, double: true) {
                parse(Array(chars[(i + 2)..<close]), base: styles.strong(in: base), styles: styles, into: &out)
                i = close + 2
            } else if c == "*", let close = closingDelimiter(in: chars, from: i + 1, double: false) {
                parse(Array(chars[(i + 1)..<close]), base: styles.emphasis(in: base), styles: styles, into: &out)
                i = close + 1
            } else {
                out.append(StyledCharacter(character: c, style: base))
                i += 1
            }
        }
    }

    /// Where the span opened just before `start` closes: the next `**` (double) or lone `*`
    /// such that the span is not empty and neither starts nor ends with a space. Nil if none.
    private static func closingDelimiter(in chars: [Character], from start: Int, double: Bool) -> Int? {
        guard start < chars.count, chars[start] != " ", chars[start] != "*" else { return nil }
        var j = start + 1
        while j < chars.count {
            if chars[j] == "`", let close = chars[(j + 1)...].firstIndex(of: "`") { j = close + 1; continue }
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "*" {
                let isDouble = j + 1 < chars.count && chars[j + 1] == "*"
                if double && isDouble && chars[j - 1] != " " { return j }
                if !double && !isDouble && chars[j - 1] != " " { return j }
                if isDouble { j += 2; continue }  // a bold span inside emphasis, or a lone ** run
            }
            j += 1
        }
        return nil
    }
}

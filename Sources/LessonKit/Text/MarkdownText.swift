import Charts

/// Lays out lesson text written in nnbook's Markdown subset into styled lines.
///
/// The subset: `#`/`##`/`###` headings; paragraphs (lines joined and re-wrapped at word
/// boundaries; two trailing spaces or a trailing `\` force a break); `*emphasis*`,
/// `**bold**`, `` `inline code` ``; bullet lists (`-` or `*`) and numbered lists (`1.`), nested
/// by two spaces, with a hanging indent; fenced code blocks (```), clipped rather than
/// wrapped; displayed formulas (a block of lines indented by four or more spaces), kept line
/// by line with their alignment and drawn indented by four (a line too long for the width is
/// wrapped at spaces, its continuation indented two more). Blocks are separated by one blank
/// line. Formulas are plain Unicode text (x², √, Σ, ∂, ·, −); with `options.unicode == false`
/// they are spelled in ASCII (see `ASCIITransliteration`: in displayed formulas and code
/// every `·` is a product, `*`; in prose a `·` between spaces is a separator, `|`). Widths are display columns: a wide (CJK) character takes
/// two and is never split.
public enum MarkdownText {
    /// The text laid out to exactly `width` columns; as many rows as it needs (none for
    /// empty text).
    public static func layout(_ source: String, width: Int, options: RenderOptions = .standard) -> Grid {
        let renderer = MarkdownRenderer(width: Swift.max(0, width), options: options)
        var lines: [[StyledCharacter]] = []
        for (index, block) in MarkdownBlock.parse(source).enumerated() {
            if index > 0 { lines.append([]) }
            lines += renderer.lines(of: block)
        }
        var grid = Grid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() {
            var x = 0
            for c in line { x += grid.put(String(c.character), x: x, y: y, style: c.style) }
        }
        return grid
    }
}

/// Turns each kind of block into styled lines of at most `width` columns.
struct MarkdownRenderer {
    let width: Int
    let options: RenderOptions
    var styles: TextStyles { TextStyles(options: options) }

    func lines(of block: MarkdownBlock) -> [[StyledCharacter]] {
        switch block {
        case let .heading(level, text):
            return TextWrapper.wrap(inline(text, base: styles.heading(level: level)), width: width)
        case let .paragraph(text):
            return TextWrapper.wrap(inline(text, base: styles.body), width: width)
        case let .list(items):
            return listLines(items)
        case let .code(lines):
            return lines.map { line in
                let text = options.unicode ? line : ASCIITransliteration.transliterate(line, maths: true)
                return ("  " + text).map { StyledCharacter(character: $0, style: styles.codeBlock) }
            }
        case let .display(lines):
            return lines.flatMap(displayLines)
        }
    }

    /// Columns a displayed formula is indented by.
    static let displayIndent = 4

    /// One line of a displayed formula: as written (alignment kept) when it fits, else wrapped
    /// at spaces with its continuation lines indented two more columns.
    private func displayLines(_ line: String) -> [[StyledCharacter]] {
        let text = options.unicode ? line : ASCIITransliteration.transliterate(line, maths: true)
        let characters = text.map { StyledCharacter(character: $0, style: styles.body) }
        let indent = MarkdownRenderer.displayIndent
        if displayWidth(of: text) + indent <= width { return [spaces(indent) + characters] }
        let wrapped = TextWrapper.wrap(characters, width: width - indent - 2)
        return wrapped.enumerated().map { n, part in spaces(n == 0 ? indent : indent + 2) + part }
    }

    /// Items with their markers; wrapped lines hang under the item's text. Numbers are
    /// right-aligned to the widest number of their level.
    private func listLines(_ items: [MarkdownListItem]) -> [[StyledCharacter]] {
        func key(_ item: MarkdownListItem) -> Int { 2 * item.level + (item.isBullet ? 0 : 1) }
        var markerWidths: [Int: Int] = [:]
        for item in items { markerWidths[key(item)] = Swift.max(markerWidths[key(item)] ?? 0, marker(of: item).count) }
        var out: [[StyledCharacter]] = []
        for item in items {
            let indent = 2 * item.level
            let markerWidth = markerWidths[key(item)] ?? 1
            let mark = String(repeating: " ", count: markerWidth - marker(of: item).count) + marker(of: item)
            let hanging = indent + markerWidth + 1
            let wrapped = TextWrapper.wrap(inline(item.text, base: styles.body), width: width - hanging)
            for (n, line) in wrapped.enumerated() {
                var row = spaces(indent)
                row += n == 0 ? mark.map { StyledCharacter(character: $0, style: styles.listMarker) } : spaces(markerWidth)
                out.append(row + spaces(1) + line)
            }
        }
        return out
    }

    private func marker(of item: MarkdownListItem) -> String {
        item.isBullet ? (options.unicode ? "•" : "-") : item.marker
    }

    private func spaces(_ n: Int) -> [StyledCharacter] {
        Array(repeating: StyledCharacter(character: " ", style: .plain), count: Swift.max(0, n))
    }

    /// Inline markup applied, then (in ASCII mode) each character spelled in ASCII in its
    /// context with the style it had, so that `a·b` cannot turn into emphasis markers.
    private func inline(_ text: String, base: Style) -> [StyledCharacter] {
        let parsed = InlineMarkup.parse(text, base: base, styles: styles)
        guard !options.unicode else { return parsed }
        let spelled = ASCIITransliteration.spellings(of: parsed.map(\.character))
        return parsed.indices.flatMap { i in
            spelled[i].map { StyledCharacter(character: $0, style: parsed[i].style) }
        }
    }
}

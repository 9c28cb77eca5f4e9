import Foundation
import Charts

/// A block of lesson text in nnbook's Markdown subset, as `MarkdownBlock.parse` finds it.
enum MarkdownBlock: Equatable {
    /// `#`, `##`, `###` … followed by a space and the heading text.
    case heading(level: Int, text: String)
    /// Consecutive text lines; `text` joins them with spaces, and with "\n" where a line
    /// ended in a hard break (two spaces or a backslash).
    case paragraph(text: String)
    /// Consecutive items starting with `- `, `* `, `1. ` or `1) `.
    case list([MarkdownListItem])
    /// The lines between ``` fences, as written.
    case code(lines: [String])
    /// Displayed formulas: lines indented by four or more spaces that start a block (after a
    /// blank line, a heading or at the start), kept line by line with the indentation they
    /// share removed (their alignment kept).
    case display(lines: [String])
}

/// One item of a bullet or numbered list.
struct MarkdownListItem: Equatable {
    /// "-" / "*" for a bullet, or the number with its delimiter ("1.", "2)").
    var marker: String
    /// Nesting depth: two leading spaces per level.
    var level: Int
    /// The item's text, continuation lines joined with spaces.
    var text: String

    var isBullet: Bool { marker == "-" || marker == "*" }
}

extension MarkdownBlock {
    /// Splits `source` into blocks. Blank lines separate blocks; a fence, a heading or a list
    /// item also ends a paragraph. A block whose first line is indented by four or more
    /// spaces (and is not a list item) is a display block; indented lines inside a paragraph
    /// or a list continue it.
    static func parse(_ source: String) -> [MarkdownBlock] {
        let lines = source.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var blocks: [MarkdownBlock] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isBlank { i += 1; continue }
            if line.isFence {
                var code: [String] = []
                i += 1
                while i < lines.count && !lines[i].isFence { code.append(lines[i]); i += 1 }
                i += 1  // the closing fence (or the end)
                blocks.append(.code(lines: code))
            } else if line.leadingSpaces >= 4, line.listItem == nil {
                var display: [String] = []
                while i < lines.count, !lines[i].isBlank, lines[i].leadingSpaces >= 4 {
                    display.append(lines[i].trailingSpacesRemoved)
                    i += 1
                }
                let shared = display.map(\.leadingSpaces).min() ?? 0
                blocks.append(.display(lines: display.map { String($0.dropFirst(shared)) }))
            } else if let heading = line.heading {
                blocks.append(.heading(level: heading.level, text: heading.text))
                i += 1
            } else if line.listItem != nil {
                var items: [MarkdownListItem] = []
                while i < lines.count, !lines[i].isBlank, !lines[i].isFence, lines[i].heading == nil {
                    if let item = lines[i].listItem {
                        items.append(item)
                    } else {
                        items[items.count - 1].text.appendSourceLine(lines[i].trimmed)
                    }
                    i += 1
                }
                blocks.append(.list(items))
            } else {
                var text = ""
                while i < lines.count, !lines[i].isBlank, !lines[i].isFence, lines[i].heading == nil,
                      text.isEmpty || lines[i].listItem == nil {
                    let (content, hardBreak) = lines[i].withoutHardBreak
                    text.appendSourceLine(content.trimmed)
                    if hardBreak { text += "\n" }
                    i += 1
                }
                while text.hasSuffix(" ") || text.hasSuffix("\n") { text.removeLast() }
                blocks.append(.paragraph(text: text))
            }
        }
        return blocks
    }
}

private extension String {
    /// Appends the next source line of a paragraph or list item: after a space, except where
    /// the line break falls between Chinese text and anything else (Chinese puts no space
    /// between words; the wrapper breaks such lines again where it needs to). Markup
    /// characters (`*`, `` ` ``) at the join are looked through.
    mutating func appendSourceLine(_ line: String) {
        guard !line.isEmpty else { return }
        let markup: Set<Character> = ["*", "`"]
        let before = last(where: { !markup.contains($0) })
        let after = line.first(where: { !markup.contains($0) })
        let glued = isEmpty || last == "\n" || before.map { displayWidth(of: $0) == 2 } == true
            || after.map { displayWidth(of: $0) == 2 } == true
        self += (glued ? "" : " ") + line
    }

    func replacingTabs() -> String { replacingOccurrences(of: "\t", with: "    ") }

    var trimmed: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    var isBlank: Bool { allSatisfy { $0 == " " } }

    var trailingSpacesRemoved: String { String(reversed().drop(while: { $0 == " " }).reversed()) }

    var leadingSpaces: Int { prefix(while: { $0 == " " }).count }

    var isFence: Bool { trimmed.hasPrefix("```") }

    /// `## Title` → (2, "Title"); trailing #s are dropped. Up to three leading spaces.
    var heading: (level: Int, text: String)? {
        guard leadingSpaces < 4 else { return nil }
        let t = trimmed
        let level = t.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = t.dropFirst(level)
        guard rest.isEmpty || rest.hasPrefix(" ") else { return nil }
        var text = String(rest).trimmed
        while text.hasSuffix("#") { text.removeLast() }
        return (level, text.trimmed)
    }

    /// `  - item` → ("-", 1, "item"); `3. item` → ("3.", 0, "item").
    var listItem: MarkdownListItem? {
        let indent = leadingSpaces
        let t = trimmed
        let level = Swift.min(indent / 2, 4)
        if (t.hasPrefix("- ") || t.hasPrefix("* ")) && t.count > 2 {
            return MarkdownListItem(marker: String(t.prefix(1)), level: level, text: String(t.dropFirst(2)).trimmed)
        }
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return nil }
        let after = t.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")",
              after.dropFirst().hasPrefix(" "), after.count > 2 else { return nil }
        return MarkdownListItem(marker: digits + String(delimiter), level: level, text: String(after.dropFirst(2)).trimmed)
    }

    /// The line without its hard-break mark (two trailing spaces or a trailing backslash).
    var withoutHardBreak: (String, Bool) {
        if hasSuffix("  ") && !isBlank { return (self, true) }
        if hasSuffix("\\") { return (String(dropLast()), true) }
        return (self, false)
    }
}

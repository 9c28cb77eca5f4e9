/// The characters of a text as a vocabulary: each distinct character gets an index (in
/// sorted order), the text becomes a list of indices, and indices turn back into text.
struct CharVocabulary {
    /// The distinct characters, sorted: index i is `symbols[i]`.
    let symbols: [Character]
    private let index: [Character: Int]

    init(_ text: String) {
        symbols = Array(Set(text)).sorted()
        index = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($0.element, $0.offset) })
    }

    /// V, the number of distinct characters.
    var size: Int { symbols.count }

    /// `text` as indices (characters outside the vocabulary are skipped).
    func encode(_ text: String) -> [Int] { text.compactMap { index[$0] } }

    /// Indices back to text.
    func decode(_ indices: [Int]) -> String { String(indices.map { symbols[$0] }) }
}

/// Sampled text made safe to draw: a newline becomes a visible mark (↵, `|` in ASCII) so the
/// sample stays one flowing paragraph, a tab a space, and any other non-printing character
/// a middle dot (`.` in ASCII); then it is broken into lines of at most `width` display columns,
/// at the last space that fits where there is one. Every character of the bundled corpus
/// is printable ASCII, one column wide, so columns and characters agree after the mapping.
enum SampleText {
    static func visible(_ text: String, unicode: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += unicode ? "↵" : "|"
            case "\t": out += " "
            case _ where scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format:
                out += unicode ? "·" : "."
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` (already visible) in lines of at most `width` characters.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var rest = Substring(text)
        while rest.count > width {
            let head = rest.prefix(width + 1)
            if let space = head.lastIndex(of: " "), space > rest.startIndex {
                lines.append(String(rest[..<space]))
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            }
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines
    }
}

import Charts

/// The looks of lesson text: headings, inline code, code blocks, list markers, and how
/// emphasis and bold change a style. Colours are dropped when `options.color` is false
/// (inline code and code blocks are then dim instead).
struct TextStyles {
    let options: RenderOptions

    /// `#` headings: bold in the accent colour; `##` bold in a quieter accent; deeper ones bold.
    func heading(level: Int) -> Style {
        switch level {
        case 1: return Style(foreground: colour(.brightCyan), bold: true)
        case 2: return Style(foreground: colour(.cyan), bold: true)
        default: return Style(bold: true)
        }
    }

    /// Body text.
    var body: Style { .plain }

    /// A bullet or number in front of a list item.
    var listMarker: Style { Style(foreground: colour(.cyan)) }

    /// `inline code`, keeping the surrounding boldness.
    func inlineCode(in base: Style) -> Style {
        var s = base
        if options.color { s.foreground = .yellow } else { s.dim = true }
        return s
    }

    /// Lines of a fenced code block.
    var codeBlock: Style { options.color ? Style(foreground: .green) : Style(dim: true) }

    /// *emphasis*: underlined (terminals have no reliable italics).
    func emphasis(in base: Style) -> Style {
        var s = base
        s.underline = true
        return s
    }

    /// **bold**.
    func strong(in base: Style) -> Style {
        var s = base
        s.bold = true
        return s
    }

    private func colour(_ c: Color) -> Color? { options.color ? c : nil }
}

/// One character of laid-out text with its style.
struct StyledCharacter: Equatable {
    var character: Character
    var style: Style
}

import LessonKit
import Charts

/// The drawing characters of the notebook, in Unicode or plain ASCII.
struct Symbols: Sendable {
    let unicode: Bool

    var selected: String { unicode ? "▸" : ">" }
    var finished: String { unicode ? "✓" : "*" }
    var visited: String { unicode ? "•" : "-" }
    var horizontal: String { unicode ? "─" : "-" }
    var vertical: String { unicode ? "│" : "|" }
    var teeDown: String { unicode ? "┬" : "+" }
    var teeRight: String { unicode ? "├" : "+" }
    var topLeft: String { unicode ? "┌" : "+" }
    var topRight: String { unicode ? "┐" : "+" }
    var bottomLeft: String { unicode ? "└" : "+" }
    var bottomRight: String { unicode ? "┘" : "+" }
    var barFilled: String { unicode ? "━" : "=" }
    var barEmpty: String { unicode ? "─" : "-" }
    var scrollThumb: String { unicode ? "┃" : "#" }
    var choiceLeft: String { unicode ? "◂" : "<" }
    var choiceRight: String { unicode ? "▸" : ">" }
    var playing: String { unicode ? "▶" : ">" }
    var paused: String { unicode ? "‖" : "=" }
    var finishedRun: String { unicode ? "■" : "#" }
    /// A run that went wrong ("✗ stopped").
    var failedRun: String { unicode ? "✗" : "!" }
    var separator: String { unicode ? "·" : "|" }   // "|" as the ASCII status parts use (Charts: " · " → " | ")
    var ellipsis: String { unicode ? "…" : "~" }
    var times: String { unicode ? "×" : "x" }
    var cursor: String { unicode ? "▏" : "_" }

    /// Lesson-supplied text (titles, labels, values, status) as it can be drawn: unchanged
    /// in Unicode mode, transliterated to ASCII otherwise (σ → sigma, — → -, ² → ^2, …),
    /// so a non-UTF-8 terminal never shows "?" for it.
    func text(_ text: String) -> String {
        unicode ? text : ASCIITransliteration.transliterate(text)
    }

    /// `text` (made drawable by `text(_:)`) cut to `width` columns, ending in an ellipsis
    /// when cut.
    func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let text = self.text(text)
        if displayWidth(of: text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = displayWidth(of: ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }
}

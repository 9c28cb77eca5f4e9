import Foundation

/// Plain-ASCII spellings of the symbols lesson text uses, for terminals that cannot show
/// Unicode (`--ascii`, or a locale that is not UTF-8), chosen so that the ASCII text means
/// what the Unicode text meant:
///
/// - `·` between two spaces is a separator (`step 0 / 30 · ε 0.5`) and becomes ` | `; a
///   tight `·` is a product (`w1·x1`) and becomes `*`. In maths (`maths: true`, used for
///   displayed formula blocks) every `·` is a product: `apple · apple_num` → `apple * apple_num`.
///   So lesson text writes products tight (`100·2`) outside displayed formulas.
/// - `×` is `*`, except between two digits (`28×28` stays a size, `28x28`); a factor with a
///   sign is bracketed: `×−1` → `*(-1)`, never `x-1`.
/// - Superscripts become `^` and plain characters, one `^` per run: `x²` → `x^2`,
///   `10⁻⁷` → `10^-7`. Subscript digits become plain digits (`log₁₀ h` → `log10 h`,
///   `x₀` → `x0`); subscript letters keep an underscore (`aₖ` → `a_k`).
/// - `✓` → `ok`, `✗` → `NO` (words, so `✗4` cannot read as "times 4"; capitals make a
///   failure stand out in a column of `ok`), with a space to a neighbouring letter or digit.
/// - `−` → `-`, `√x` → `sqrt x`, `Σ` → `sum`, `∂` → `d`, `→` → `->`, `≤` → `<=`, `≈` → `~=`,
///   Greek letters by name. Accented letters lose their accents; anything else outside ASCII
///   becomes `?`, so nothing prints as garbage.
/// - Chinese text (CJK characters and their full-width punctuation) is kept: it is words, not
///   drawing, and a terminal that shows `--ascii` output in Chinese is a UTF-8 one (on any
///   other the command line switches to English, see `nnbook`'s `LanguageOptions`).
public enum ASCIITransliteration {
    /// `text` in ASCII only (prose rules: a spaced `·` is a separator).
    public static func transliterate(_ text: String) -> String {
        transliterate(text, maths: false)
    }

    /// `text` in ASCII only; with `maths`, every `·` is a product.
    public static func transliterate(_ text: String, maths: Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return spellings(of: Array(text), maths: maths).joined()
    }

    /// The ASCII spelling of each character of `characters` in its context (one string per
    /// character, possibly empty or longer than one), so callers can keep each character's
    /// style: `["×", "−", "1"]` → `["*(", "-", "1)"]`.
    public static func spellings(of characters: [Character], maths: Bool = false) -> [String] {
        var out: [String] = []
        out.reserveCapacity(characters.count)
        var closeAt = -1
        for i in characters.indices {
            let c = characters[i]
            let previous = i > 0 ? characters[i - 1] : nil
            let next = i + 1 < characters.count ? characters[i + 1] : nil
            var s: String
            if c.isASCII {
                s = String(c)
            } else if c == "·" || c == "⋅" {
                s = !maths && previous == " " && next == " " ? "|" : "*"
            } else if c == "×" {
                if let previous, let next, previous.isWholeNumberDigit, next.isWholeNumberDigit {
                    s = "x"
                } else if let next, next == "−" || next == "-", let end = numberEnd(in: characters, from: i + 2) {
                    s = "*("
                    closeAt = end
                } else {
                    s = "*"
                }
            } else if let base = superscripts[c] {
                s = (previous.map { superscripts[$0] != nil } ?? false) ? base : "^" + base
            } else if let base = subscripts[c] {
                let isDigit = base.first!.isWholeNumberDigit
                s = isDigit || (previous.map { subscripts[$0] != nil } ?? false) ? base : "_" + base
            } else if c == "✓" || c == "✗" || c == "✔" || c == "✘" {
                s = (c == "✓" || c == "✔") ? "ok" : "NO"
                if let previous, previous.isLetter || previous.isNumber { s = " " + s }
                if let next, next.isLetter || next.isNumber { s += " " }
            } else {
                s = transliterate(c, before: next)
            }
            if i == closeAt { s += ")" }
            out.append(s)
        }
        return out
    }

    /// The index of the last character of the number (digits, one `.`) starting at `start`,
    /// or nil when no digit starts there.
    private static func numberEnd(in characters: [Character], from start: Int) -> Int? {
        var i = start
        while i < characters.count, characters[i].isWholeNumberDigit || (characters[i] == "." && i > start) { i += 1 }
        guard i > start else { return nil }
        return characters[i - 1] == "." ? i - 2 : i - 1
    }

    /// The ASCII spelling of one character on its own (itself if it is ASCII already); `next`
    /// is the character after it, so that `√x` becomes `sqrt x` but `√(x)` becomes `sqrt(x)`.
    /// Context rules (separators, runs of superscripts, `×−1`) need `spellings(of:maths:)`.
    public static func transliterate(_ c: Character, before next: Character?) -> String {
        if c.isASCII { return String(c) }
        if c == "√" || c == "∛", let next, next.isLetter || next.isNumber { return (c == "√" ? "sqrt" : "cbrt") + " " }
        if let s = superscripts[c] { return "^" + s }
        if let s = subscripts[c] { return s.first!.isWholeNumberDigit ? s : "_" + s }
        if let s = table[c] { return s }
        if c.isChineseText { return String(c) }
        let folded = String(c).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.allSatisfy(\.isASCII) && !folded.isEmpty { return folded }
        return "?"
    }

    private static let superscripts: [Character: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁺": "+", "⁻": "-", "⁼": "=", "⁽": "(", "⁾": ")", "ⁿ": "n", "ⁱ": "i", "ᵗ": "t", "ᵀ": "T", "ᵏ": "k",
    ]

    private static let subscripts: [Character: String] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l", "ₙ": "n", "ₜ": "t", "ₘ": "m", "ₓ": "x",
    ]

    private static let table: [Character: String] = [
        // Operators and relations (the context rules above come first for · and ×).
        "·": "*", "⋅": "*", "×": "*", "÷": "/", "−": "-", "±": "+/-", "∓": "-/+",
        "√": "sqrt", "∛": "cbrt", "Σ": "sum", "∑": "sum", "∏": "prod", "∫": "integral",
        "∂": "d", "∇": "grad", "∞": "inf", "∝": "~", "∈": " in ", "∉": " not in ",
        "≤": "<=", "≥": ">=", "≠": "!=", "≈": "~=", "≃": "~=", "≅": "~=", "≡": "==", "∼": "~",
        "⊙": "(.)", "⊗": "(x)", "∘": "o", "⌊": "floor(", "⌋": ")", "⌈": "ceil(", "⌉": ")",
        "‖": "||", "∣": "|", "′": "'", "″": "''", "°": " deg", "½": "1/2", "¼": "1/4", "¾": "3/4",
        // Arrows.
        "→": "->", "←": "<-", "↔": "<->", "⇒": "=>", "⇐": "<=", "⇔": "<=>", "↦": "|->",
        "↑": "^", "↓": "v", "⟶": "->",
        // Punctuation.
        "–": "-", "—": "--", "‐": "-", "‑": "-", "…": "...", "•": "-", "◦": "o", "▪": "-",
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "«": "<<", "»": ">>",
        // Shapes that legends and notes use.
        "─": "-", "━": "-", "│": "|", "●": "o", "○": "o", "■": "#", "▶": ">", "▸": ">", "◀": "<",
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "✓": "ok", "✗": "NO", "★": "*",
        // Greek letters, as the formulas use them.
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "ϵ": "eps",
        "ζ": "zeta", "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda",
        "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma",
        "τ": "tau", "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
        "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi",
        "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
    ]
}

private extension Character {
    /// `0`…`9` (not other scripts' digits, not superscripts).
    var isWholeNumberDigit: Bool { isASCII && isWholeNumber }

    /// Whether this is Chinese text: a wide (two-column) character outside the emoji planes.
    var isChineseText: Bool {
        guard let v = unicodeScalars.first?.value, v < 0x1F000 else { return false }
        return displayWidth(of: self) == 2
    }
}

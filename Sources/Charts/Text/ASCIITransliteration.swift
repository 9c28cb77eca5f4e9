import Foundation

/// Plain-ASCII spellings of the symbols lesson text uses, for terminals that cannot show
/// Unicode (`--ascii`, or a locale that is not UTF-8): `x²` → `x^2`, `a·b` → `a*b`, `−` → `-`,
/// `√` → `sqrt`, `Σ` → `sum`, `∂` → `d`, `→` → `->`, `≤` → `<=`, `≈` → `~=`, Greek letters by
/// name. Accented letters lose their accents; anything else outside ASCII becomes `?`, so
/// nothing prints as garbage.
public enum ASCIITransliteration {
    /// `text` in ASCII only.
    public static func transliterate(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (i, c) in characters.enumerated() {
            out += transliterate(c, before: i + 1 < characters.count ? characters[i + 1] : nil)
        }
        return out
    }

    /// The ASCII spelling of one character (itself if it is ASCII already); `next` is the
    /// character after it, so that `√x` becomes `sqrt x` but `√(x)` becomes `sqrt(x)`.
    public static func transliterate(_ c: Character, before next: Character?) -> String {
        if c.isASCII { return String(c) }
        if c == "√" || c == "∛", let next, next.isLetter || next.isNumber { return (c == "√" ? "sqrt" : "cbrt") + " " }
        if let s = table[c] { return s }
        let folded = String(c).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.allSatisfy(\.isASCII) && !folded.isEmpty { return folded }
        return "?"
    }

    private static let table: [Character: String] = [
        // Superscripts and subscripts.
        "⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁴": "^4", "⁵": "^5", "⁶": "^6", "⁷": "^7",
        "⁸": "^8", "⁹": "^9", "⁺": "^+", "⁻": "^-", "ⁿ": "^n", "ⁱ": "^i", "ᵗ": "^t", "ᵀ": "^T",
        "₀": "_0", "₁": "_1", "₂": "_2", "₃": "_3", "₄": "_4", "₅": "_5", "₆": "_6", "₇": "_7",
        "₈": "_8", "₉": "_9", "ᵢ": "_i", "ⱼ": "_j", "ₖ": "_k", "ₙ": "_n", "ₜ": "_t",
        // Operators and relations.
        "·": "*", "⋅": "*", "×": "x", "÷": "/", "−": "-", "±": "+/-", "∓": "-/+",
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
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "✓": "v", "✗": "x", "★": "*",
        // Greek letters, as the formulas use them.
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "ϵ": "eps",
        "ζ": "zeta", "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda",
        "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma",
        "τ": "tau", "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
        "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi",
        "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
    ]
}

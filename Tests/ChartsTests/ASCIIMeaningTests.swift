import Testing
@testable import Charts

/// Review D8: `--ascii` spellings keep the meaning of the Unicode text, and text fitted to a
/// width never shows a shortened number.
@Suite struct ASCIIMeaningTests {
    func ascii(_ s: String, maths: Bool = false) -> String { ASCIITransliteration.transliterate(s, maths: maths) }

    @Test func aSpacedDotSeparatesATightDotMultiplies() {
        #expect(ascii("step 0 / 30 · ε 0.5") == "step 0 / 30 | eps 0.5")
        #expect(ascii("(y = 0.1) · loss −ln y₀ = 2.35") == "(y = 0.1) | loss -ln y0 = 2.35")
        #expect(ascii("σ node: y(1 − y) = 0.196612 · pieces: 0.196612") == "sigma node: y(1 - y) = 0.196612 | pieces: 0.196612")
        #expect(ascii("a = w1·x1 + w2·x2 + b") == "a = w1*x1 + w2*x2 + b")
        // In displayed formulas every · is a product.
        #expect(ascii("apple_price = apple · apple_num = 100 · 2", maths: true) == "apple_price = apple * apple_num = 100 * 2")
    }

    @Test func timesIsNeverTheLetterXBeforeASign() {
        #expect(ascii("×−1") == "*(-1)")
        #expect(ascii("a ×−2.5 b") == "a *(-2.5) b")
        #expect(ascii("shrinks by ×0.25") == "shrinks by *0.25")
        #expect(ascii("28×28 image") == "28x28 image")
        #expect(ascii("σ′ × x²") == "sigma' * x^2")
    }

    @Test func subscriptsAndSuperscriptsArePlain() {
        #expect(ascii("log₁₀ h") == "log10 h")
        #expect(ascii("x₀ + W₁₂") == "x0 + W12")
        #expect(ascii("x² + 10⁻⁷ + wᵏ") == "x^2 + 10^-7 + w^k")
        #expect(ascii("yₖ = exp(aₖ) / Σᵢ exp(aᵢ)") == "y_k = exp(a_k) / sum_i exp(a_i)")
        #expect(ascii("β₁ᵗ") == "beta1^t")
    }

    @Test func checkMarksAreWords() {
        #expect(ascii("✗4 (0) 10%") == "NO 4 (0) 10%")
        #expect(ascii("0 0 0 ✓") == "0 0 0 ok")
        #expect(ascii("1 0 1 ✗ wrong") == "1 0 1 NO wrong")
    }

    @Test func spellingsKeepOneEntryPerCharacter() {
        #expect(ASCIITransliteration.spellings(of: Array("×−1·y₀")) == ["*(", "-", "1)", "*", "y", "0"])
    }

    @Test func truncationNeverCutsANumber() {
        #expect(TextFit.truncate("loss = 2.35", to: 10, ellipsis: "…") == "loss = …")
        #expect(TextFit.truncate("loss -ln y_0 = 2.35", to: 18, ellipsis: "~") == "loss -ln y_0 = ~")
        #expect(TextFit.truncate("y₀=0.25 and more", to: 6, ellipsis: "…") == "…")
        #expect(TextFit.truncate("lr 100 (stopped early)", to: 14, ellipsis: "…") == "lr 100 (stopp…")
        #expect(TextFit.truncate("fits", to: 4, ellipsis: "…") == "fits")
    }

    @Test func putWithAMaximumWidthShowsTheCut() {
        var grid = Grid(width: 24, height: 3)
        // The MLP 1/4 readout: 2.35 used to be shown as 2.3.
        grid.put("label 0 -> loss -ln y0 = 2.35", x: 1, y: 0, maxWidth: 23)
        grid.put("x₀ = 1 · loss −ln y₀ = 2.35", x: 0, y: 1, maxWidth: 24)
        grid.put("fits exactly here", x: 0, y: 2, maxWidth: 17)
        #expect(grid.lines == [
            " label 0 -> loss -ln ...",
            "x₀ = 1 · loss −ln y₀ = …",
            "fits exactly here       ",
        ])
    }
}

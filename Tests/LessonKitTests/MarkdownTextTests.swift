import Charts
import Testing
@testable import LessonKit

/// Every construct of the subset, laid out at 30 columns.
private let sample = """
# Gradient descent

Each step moves *against* the **gradient**: `x -= lr * grad`, so f(x) = x² shrinks.

- a bullet that is long enough to wrap
- short
  - nested

9. ninth
10. tenth

```python
def f(x):
    return x ** 2  # a comment too long to fit
```

## Notes
"""

@Suite struct MarkdownLayoutTests {
    @Test func everyConstructAtWidth30() {
        let grid = MarkdownText.layout(sample, width: 30)
        #expect(grid.width == 30)
        #expect(grid.lines == [
            "Gradient descent              ",
            "                              ",
            "Each step moves against the   ",
            "gradient: x -= lr * grad, so  ",
            "f(x) = x² shrinks.            ",
            "                              ",
            "• a bullet that is long enough",
            "  to wrap                     ",
            "• short                       ",
            "  • nested                    ",
            "                              ",
            " 9. ninth                     ",
            "10. tenth                     ",
            "                              ",
            "  def f(x):                   ",
            "      return x ** 2  # a comme",
            "                              ",
            "Notes                         ",
        ])
    }

    @Test func stylesOfEachConstruct() {
        let grid = MarkdownText.layout(sample, width: 30)
        #expect(grid[0, 0].style == Style(foreground: .brightCyan, bold: true))   // # heading
        #expect(grid[0, 17].style == Style(foreground: .cyan, bold: true))        // ## heading
        #expect(grid[0, 2].style == .plain)                                       // body text
        #expect(grid[16, 2].style == Style(underline: true))                      // *against*
        #expect(grid[0, 3].style == Style(bold: true))                            // **gradient**
        #expect(grid[8, 3].style == .plain)                                       // the colon after it
        #expect(grid[10, 3].style == Style(foreground: .yellow))                  // `x -= lr * grad`
        #expect(grid[0, 6].style == Style(foreground: .cyan))                     // bullet
        #expect(grid[2, 14].style == Style(foreground: .green))                   // code block
    }

    @Test func withoutColourCodeIsDimAndHeadingsOnlyBold() {
        let grid = MarkdownText.layout(sample, width: 30, options: RenderOptions(unicode: true, color: false))
        #expect(grid[0, 0].style == Style(bold: true))
        #expect(grid[10, 3].style == Style(dim: true))
        #expect(grid[2, 14].style == Style(dim: true))
    }

    @Test func starsThatOpenNothingStayLiteral() {
        let grid = MarkdownText.layout("a * b * c and 2**k, *not closed", width: 40)
        #expect(grid.lines == ["a * b * c and 2**k, *not closed         "])
        #expect(grid.glyphs.allSatisfy { $0.style == .plain })
    }

    @Test func emphasisInsideBoldAndEscapes() {
        let grid = MarkdownText.layout("**bold *both* bold** \\*x\\*", width: 20)
        #expect(grid.lines == ["bold both bold *x*  "])
        #expect(grid[0, 0].style == Style(bold: true))
        #expect(grid[5, 0].style == Style(bold: true, underline: true))
        #expect(grid[15, 0].style == .plain)
    }

    @Test func longWordsAreHardBrokenOnTheirOwnLines() {
        let grid = MarkdownText.layout("hi abcdefghijklmnopqrstuvwxyz", width: 10)
        #expect(grid.lines == ["hi        ", "abcdefghij", "klmnopqrst", "uvwxyz    "])
    }

    @Test func hardBreaksAndJoinedLines() {
        let grid = MarkdownText.layout("one\ntwo  \nthree\\\nfour", width: 20)
        #expect(grid.lines == ["one two             ", "three               ", "four                "])
    }

    @Test func listItemsContinueOnFollowingLines() {
        let grid = MarkdownText.layout("* first\n  goes on\n1) one", width: 20)
        #expect(grid.lines == ["• first goes on     ", "1) one              "])
    }

    @Test func emptyTextHasNoRows() {
        #expect(MarkdownText.layout("", width: 10).height == 0)
        #expect(MarkdownText.layout("\n\n  \n", width: 10).height == 0)
    }
}

@Suite struct MarkdownWideCharacterTests {
    @Test func wideCharactersTakeTwoColumnsAndBreakBetweenEachOther() {
        let grid = MarkdownText.layout("漢字のテキストを折り返す", width: 10)
        #expect(grid.lines == ["漢字のテキ", "ストを折り", "返す      "])
    }

    @Test func aWideCharacterIsNeverSplitAtAnOddWidth() {
        let grid = MarkdownText.layout("漢字漢字", width: 5)
        #expect(grid.lines == ["漢字 ", "漢字 "])
        #expect(grid[4, 0] == .blank)
        #expect(grid[1, 0] == .continuation)
    }

    @Test func wideCharactersAfterAWord() {
        let grid = MarkdownText.layout("ab 漢字漢", width: 5)
        #expect(grid.lines == ["ab 漢", "字漢 "])
    }
}

@Suite struct MarkdownASCIITests {
    @Test func mathSymbolsAreSpelledInASCII() {
        let text = "# Σ and ∂\n\nσ(x)·w − b ≤ x² → Σ ∂L/∂w ≈ 0, a·b·c × 2\n\n- item\n\n```\ny = √x ⋅ 2 − √(x)\n```"
        let grid = MarkdownText.layout(text, width: 44, options: .ascii)
        #expect(grid.lines == [
            "sum and d                                   ",
            "                                            ",
            "sigma(x)*w - b <= x^2 -> sum dL/dw ~= 0,    ",
            "a*b*c * 2                                   ",
            "                                            ",
            "- item                                      ",
            "                                            ",
            "  y = sqrt x * 2 - sqrt(x)                  ",
        ])
        #expect(grid.glyphs.allSatisfy { $0.character.isASCII })
    }

    @Test func transliteration() {
        // Chinese text is kept (words, not drawing); other symbols outside ASCII become "?".
        #expect(ASCIITransliteration.transliterate("η·∇L, β₁ = 0.9, ½ café “quoted” … 漢，字 ♫") ==
                "eta*gradL, beta1 = 0.9, 1/2 cafe \"quoted\" ... 漢，字 ?")
    }
}

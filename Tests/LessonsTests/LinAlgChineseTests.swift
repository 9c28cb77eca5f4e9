import Charts
import LessonKit
import Testing
@testable import LinAlgLesson

/// The linalg lesson's ellipse cell as exact text at 80×24 in Chinese and in English (after
/// 18 of its 72 steps: x a quarter of the way round).
@Suite struct LinAlgChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = EllipseCell()
        for _ in 0..<18 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func ellipseCellInChinese() {
        let expected = """
          ┌──────────────────────────────────────────────────────────────────┐
          │                                                                  │ ── 圆
          │                                                                  │ ── 椭圆
          │                                                                  │ ── σ₁u₁
          │                                                                  │ ── σ₂u₂
         1┤                            ⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⡠⠤⠤⠔⠒⠒⠒⠒⠒⠉⠉⠑⠒⠒⠒⠢⢄⡀       │ ── x → Ax
          │                      ⣀⠤⠔⠒⠉⠉   ⢀⣀⡧⠤⠒⠒⠉⠉⠉⠒⠢⠤⣀         ⣀⠤⠔⠒⠉⢹⡄      │
          │                   ⡠⠔⠉   ⢀⣀⡤⠔⠒⠉⠁ ⡇          ⠉⠢⢄⣀⡠⠤⠒⠊⠉     ⡜       │
          │                 ⢠⠊ ⢀⣀⠤⠒⠉⠁ ⠈⠢⣀   ⡇       ⢀⣀⠤⠔⠊⠉⠑⡄       ⡠⠊        │
          │                ⢠⡣⠔⠊⠁         ⠑⢄ ⡇  ⣀⠤⠔⠒⠉⠁      ⠘⡄   ⣀⠔⠉          │
         0┤             ⣀⠔⠊⢹               ⠑⠗⠊⠉             ⣇⡠⠔⠉             │
          │          ⣀⠔⠉   ⠘⡄                           ⢀⡠⠔⢪⠃                │
          │        ⡠⠊       ⠘⢄                     ⢀⣀⠤⠒⠉⠁ ⡠⠃                 │
          │       ⡜           ⠑⠢⣀            ⢀⣀⠤⠔⠒⠉⠁   ⣀⠔⠊                   │
          │      ⠘⡇              ⠉⠒⠢⠤⣀⣀⣀⠤⠤⠒⠒⠉⠁   ⣀⣀⠤⠔⠒⠉                      │
        -1┤       ⠈⠑⠢⠤⠤⠤⢄⣀⣀⠤⠤⠤⠤⠤⠔⠒⠒⠊⠉⠉ ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉                            │
          │                                                                  │
          │                                                                  │
          │                                                                  │
          │                                                                  │
          └────────┬───────┬───────┬────────┬───────┬───────┬───────┬────────┘
                  -1.5     -1     -0.5      0      0.5      1      1.5
         σ₁ = 1.81, σ₂ = 0.691
         v₁ (0.85, 0.53) → u₁ (0.85, 0.53) · |det A| = 1.25
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func ellipseCellInEnglish() {
        let expected = """
          ┌─────────────────────────────────────────────────────────────────┐
          │                                                                 │ ── circle
          │                                                                 │ ── ellipse
          │                                                                 │ ── σ₁u₁
          │                                                                 │ ── σ₂u₂
         1┤                           ⢀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⠤⠤⠤⠒⠒⠒⠒⠒⠉⠉⠉⠒⠒⠒⠢⢄⡀       │ ── x → Ax
          │                     ⢀⡠⠤⠒⠊⠉⠁   ⣀⣸⠤⠔⠒⠊⠉⠉⠑⠒⠤⢄⡀        ⣀⡠⠤⠒⠉⠙⡄      │
          │                   ⡠⠒⠁   ⣀⣠⠤⠒⠊⠉ ⢸          ⠈⠒⢄⢀⣀⠤⠒⠊⠉     ⡰⠁      │
          │                 ⡠⠋ ⢀⡠⠔⠒⠉  ⠑⠤⡀  ⢸        ⣀⠤⠔⠒⠉⠙⢄       ⡠⠊        │
          │                ⣰⠥⠒⠉⠁        ⠈⠢⡀⢸  ⢀⡠⠤⠒⠊⠉      ⠈⢆   ⣀⠔⠊          │
         0┤             ⡠⠔⠊⡇              ⠈⠺⠒⠉⠁            ⢸⡠⠔⠊             │
          │          ⡠⠔⠉   ⠱⡀                          ⢀⣀⠤⢒⠏                │
          │        ⡠⠊       ⠑⣄                     ⣀⠤⠔⠊⠁ ⣠⠊                 │
          │      ⢀⠎           ⠑⠤⡀            ⣀⡠⠤⠒⠊⠉   ⢀⠤⠊                   │
          │      ⠘⡄             ⠈⠑⠒⠤⢄⣀⣀⡠⠤⠔⠒⠊⠉   ⢀⣀⡠⠤⠒⠊⠁                     │
        -1┤       ⠈⠑⠢⠤⠤⠤⣀⣀⣀⠤⠤⠤⠤⠤⠒⠒⠒⠉⠉⠁⠈⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁                           │
          │                                                                 │
          │                                                                 │
          │                                                                 │
          │                                                                 │
          └────────┬───────┬───────┬───────┬───────┬───────┬───────┬────────┘
                  -1.5     -1     -0.5     0      0.5      1      1.5
         σ₁ = 1.81, σ₂ = 0.691
         v₁ (0.85, 0.53) → u₁ (0.85, 0.53) · |det A| = 1.25
        """
        #expect(rendered(.en) == expected)
    }
}

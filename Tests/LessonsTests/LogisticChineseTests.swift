import Charts
import LessonKit
import Testing
@testable import LogisticLesson

/// The logistic lesson's graph cell as exact text at 80×24 in Chinese and in English, after
/// the whole walk at the default inputs (deterministic: no data, no timing).
@Suite struct LogisticChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = GraphCell()
        for _ in 0..<6 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func graphCellInChinese() {
        let expected = """
         ┌────┐ 1
         │ x₁ ├──────────┐
         └────┘          │
                         │
         ┌────┐ 0.5      │
         │ w₁ ├─────────┐│
         └────┘ -0.475  ││  ╔═════════╗ 0.1       ┌───┐ 0.525
                        │└─▶║ z=w·x+b ╟──────────▶│ σ ├─────────┐
         ┌────┐ 2       └──▶║         ║ -0.475    └───┘ -1.905  │  ┌────────┐ 0.6444
         │ x₂ ├────────────▶║         ║                         └─▶│ L(a,y) ├─────────▶
         └────┘          ┌─▶║         ║           ┌───┐ 1       ┌─▶│        │ 1
                        ┌┼─▶║         ║           │ y ├─────────┘  └────────┘
         ┌────┐ -0.25   ││  ╚═════════╝           └───┘
         │ w₂ ├─────────┼┘
         └────┘ -0.95   │
                        │
         ┌───┐ 0.1      │
         │ b ├──────────┘
         └───┘ -0.475
         dw₁ = x₁·dz = -0.475   dw₂ = x₂·dz = -0.95   db = dz = -0.475
         数值微分（中心差分）：dw₁ ≈ -0.475，最大差 1.7e-10

         m 个样本一起算（X 的每一列是一个样本）：
         Z = wᵀX + b   A = σ(Z)   dZ = A − Y   dw = X·dZᵀ/m   db = mean(dZ)
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func graphCellInEnglish() {
        let expected = """
         ┌────┐ 1
         │ x₁ ├──────────┐
         └────┘          │
                         │
         ┌────┐ 0.5      │
         │ w₁ ├─────────┐│
         └────┘ -0.475  ││  ╔═════════╗ 0.1       ┌───┐ 0.525
                        │└─▶║ z=w·x+b ╟──────────▶│ σ ├─────────┐
         ┌────┐ 2       └──▶║         ║ -0.475    └───┘ -1.905  │  ┌────────┐ 0.6444
         │ x₂ ├────────────▶║         ║                         └─▶│ L(a,y) ├─────────▶
         └────┘          ┌─▶║         ║           ┌───┐ 1       ┌─▶│        │ 1
                        ┌┼─▶║         ║           │ y ├─────────┘  └────────┘
         ┌────┐ -0.25   ││  ╚═════════╝           └───┘
         │ w₂ ├─────────┼┘
         └────┘ -0.95   │
                        │
         ┌───┐ 0.1      │
         │ b ├──────────┘
         └───┘ -0.475
         dw₁ = x₁·dz = -0.475   dw₂ = x₂·dz = -0.95   db = dz = -0.475
         numerical gradient (central difference): dw₁ ≈ -0.475, largest gap 1.7e-10

         all m examples at once (columns of X):
         Z = wᵀX + b   A = σ(Z)   dZ = A − Y   dw = X·dZᵀ/m   db = mean(dZ)
        """
        #expect(rendered(.en) == expected)
    }
}

import Charts
import LessonKit
import Testing
@testable import RNNLesson

/// The rnn lesson's unrolled cell as exact text at 80×24 in Chinese and in English (halfway
/// back through time), and switching language keeps the cells' state.
@Suite struct RNNChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = UnrollCell()
        for _ in 0..<6 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func unrolledCellInChinese() {
        let expected = """
          t    x_t  h_t                y_t   目标  ∂L/∂h_t
          ─  ─────  ───────────────  ─────  ─────  ───────────────
          1  0.000  (0.100, -0.100)  0.199  0.707  ·
          2  0.707  (0.678, -0.504)  1.217  1.000  ·
        ▸ 3  1.000  (0.912, -0.663)  1.625  0.707  (0.258, -0.344)
          4  0.707  (0.897, -0.571)  1.533  0.000  (0.460, -0.307)

                                        已求出的 ‖∂L/∂h_t‖
           ┌───────────────────────────────────────────────────────────────────────────┐
        0.6┤                                                                0.55       │
           │                                                         █████████████████ │
           │                                             0.43        █████████████████ │
        0.4┤                                      ▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
        0.2┤                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
          0┤                                      █████████████████  █████████████████ │
           └─────────┬──────────────────┬─────────────────▲──────────────────┬─────────┘
                    t=1                t=2               t=3                t=4
         ∂L/∂h_3 = W_hyᵀ ∂L/∂y_3 + W_hhᵀ(∂L/∂h_4 ⊙ (1 − h_4²))
         = (0.258, -0.344)
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func unrolledCellInEnglish() {
        let expected = """
          t    x_t  h_t                y_t  target  ∂L/∂h_t
          ─  ─────  ───────────────  ─────  ──────  ───────────────
          1  0.000  (0.100, -0.100)  0.199   0.707  ·
          2  0.707  (0.678, -0.504)  1.217   1.000  ·
        ▸ 3  1.000  (0.912, -0.663)  1.625   0.707  (0.258, -0.344)
          4  0.707  (0.897, -0.571)  1.533   0.000  (0.460, -0.307)

                                      ‖∂L/∂h_t‖ found so far
           ┌───────────────────────────────────────────────────────────────────────────┐
        0.6┤                                                                0.55       │
           │                                                         █████████████████ │
           │                                             0.43        █████████████████ │
        0.4┤                                      ▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆▆  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
        0.2┤                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
           │                                      █████████████████  █████████████████ │
          0┤                                      █████████████████  █████████████████ │
           └─────────┬──────────────────┬─────────────────▲──────────────────┬─────────┘
                    t=1                t=2               t=3                t=4
         ∂L/∂h_3 = W_hyᵀ ∂L/∂y_3 + W_hhᵀ(∂L/∂h_4 ⊙ (1 − h_4²))
         = (0.258, -0.344)
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsTheCellsState() throws {
        let pages = RNNLesson().makePages(context: LessonContext())
        let cell = try #require(pages[1].cell)
        cell.setKnob("hidden", to: 8)
        cell.step()
        let en = Language.$override.withValue(.en) { (pages[1].title, cell.knobs.map(\.label), cell.status) }
        let zh = Language.$override.withValue(.zh) { (pages[1].title, cell.knobs.map(\.label), cell.status) }
        #expect(en.0 == "Learning a sequence" && zh.0 == "学习一个序列")
        #expect(en.1 == ["task", "learning rate", "hidden size", "sequence length T", "iterations"])
        #expect(zh.1 == ["任务", "学习率", "隐藏单元数", "序列长度 T", "迭代次数"])
        #expect(en.2 == "iteration 1 / 1500" && zh.2 == "第 1 / 1500 次迭代")
        #expect(cell.knobs[2].value == 8)
    }
}

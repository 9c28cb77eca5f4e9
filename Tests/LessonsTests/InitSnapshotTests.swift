import Charts
import LessonKit
import Testing
@testable import InitLesson

/// The gradient cell drawn in English and in Chinese, exact text (ReLU, He, 5 layers, seed 1).
@Suite struct InitSnapshotTests {
    func rendered(_ language: Language) -> String {
        let cell = GradientCell(context: LessonContext())
        cell.setKnob("activation", to: StackActivation.relu.index)
        cell.setKnob("init", to: InitChoice.he.index)
        cell.stepHeadless(20)
        let text = Language.$override.withValue(language) { cell.render(width: 56, height: 14, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func english() {
        let expected = """
           ‖∂L/∂W‖ and activation std per layer (log)
           ┌───────────────────────────────────────┐
        10k┤                                       │ ── ‖∂L/∂W‖
           │⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│ ── std of a
        100┤                                       │
           │                                       │
           │                                       │
          1┤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤│
           │                                       │
           └┬────────┬─────────┬─────────┬────────┬┘
            1        2         3         4        5
                             layer
         ReLU, He σ = 0.141:  layer 1 2188  layer 5 2008
         max/min ×1.1
        """
        #expect(rendered(.en) == expected)
    }

    @Test func chinese() {
        let expected = """
             各层 ‖∂L/∂W‖ 与激活值标准差（对数）
           ┌─────────────────────────────────────┐
        10k┤                                     │ ── ‖∂L/∂W‖
           │⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│ ── a 的标准差
        100┤                                     │
           │                                     │
           │                                     │
          1┤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤│
           │                                     │
           └┬────────┬────────┬────────┬────────┬┘
            1        2        3        4        5
                             层
         ReLU, He σ = 0.141:  第 1 层 2188  第 5 层 2008
         最大/最小 ×1.1
        """
        #expect(rendered(.zh) == expected)
    }
}

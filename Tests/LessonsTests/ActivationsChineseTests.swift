import Charts
import LessonKit
import Testing
@testable import ActivationsLesson

/// The activations lesson in Chinese (issue #11): the derivatives cell drawn in Chinese, with
/// its two readout lines aligned in display columns (the Chinese lead "x = 4 处：" is 12
/// columns wide, not 9 characters), and switching language keeps the cell's state.
@Suite struct ActivationsChineseTests {
    @Test func derivativesCellInChinese() {
        let cell = DerivativeCell()
        let text = Language.$override.withValue(.zh) { cell.render(width: 54, height: 16, options: .standard).text }
        let expected = """
                        导数 h′(x)
           ┌──────────────────────────────────┐
          1┤                ⢀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣅⣀⣀⡀│ ── sigmoid′
           │               ⢠⠃⡟⡄           ⠅x  │ ── tanh′
           │               ⡎ ⡇⢱           ⠅   │ ── ReLU′
           │              ⡸  ⡇ ⢇          ⠅   │ ── leaky ReLU′
        0.5┤             ⢠⠃  ⡇ ⠘⡄         ⠅   │
           │             ⡎   ⡇  ⢱         ⠅   │
           │           ⢀⢜⡠⠤⠒⠒⡗⠒⠤⢄⡣⡀       ⠅   │
           │⠒⠒⠒⠒⣒⣒⣒⡲⣶⣖⠖⠛⠓⠒⠒⠒⠒⡇   ⠈⠙⠲⣢⣤⢄⣀⣀⣀⠅   │
          0┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁        ⠉⠉⠉⠉⠍⠉⠉⠁│
           └───┬──────┬──────┬─────┬──────┬───┘
               -4     -2     0     2      4
                            x
         x = 4 处：  sigmoid′ 0.0177   tanh′ 0.00134
                     ReLU′ 1   leaky ReLU′ 1
        """
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") == expected)
    }

    @Test func switchingLanguageKeepsTheCellsState() {
        let page = ActivationsLesson().makePages(context: LessonContext())[3]
        let cell = try! #require(page.cell)
        cell.setKnob("a1", to: 5)
        let en = Language.$override.withValue(.en) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value)) }
        let zh = Language.$override.withValue(.zh) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value)) }
        #expect(en.0 == "Softmax" && zh.0 == "softmax")
        #expect(en.1 == ["score a1", "score a2", "score a3", "temperature T"])
        #expect(zh.1 == ["分数 a1", "分数 a2", "分数 a3", "温度 T"])
        #expect(en.2 == zh.2 && zh.2[0] == 5)
    }
}

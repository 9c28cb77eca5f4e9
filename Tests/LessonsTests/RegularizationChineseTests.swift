import Charts
import LessonKit
import Testing
@testable import RegularizationLesson

/// The regularization lesson's dropout-forms cell as exact text in Chinese and in English
/// (after 300 masks at p = 0.5, deterministic from the seed: same masks, same curves), and
/// switching language keeps the cells' state.
@Suite struct RegularizationChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = DropoutFormsCell(seed: 1)
        for _ in 0..<300 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 60, height: 16, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func dropoutFormsCellInChinese() {
        let expected = """
                  书中的形式                   反向 dropout
         ┌──────────────────────────┐  ┌───────────────────────────┐
        3┤                          │ 3┤                           │
         │                          │  │                           │
        2┤                          │ 2┤                           │
         │                          │  │                           │
         │                          │  │       ⣀             ⡸⠓⠶⣒⣤⣀│
        1┤                          │ 1┤    ⢀⠤⠊⠉⠣⡀⢀⣀⣄       ⢠⠃    ⠈│
         │    ⣀⡠⠴⠲⢄⣀⣀⣀⡀      ⢀⠜⠉⠙⠛⠓⠒│  │  ⣀⠔⠁    ⠘⠋ ⠈⠣⡀⢀⣀⣀ ⢀⠇      │
        0┤⠤⠒⠒⠋     ⠈  ⠈⠑⠖⠒⠒⠒⠤⠊      │ 0┤⠉⠉⠉           ⠈⠉  ⠉⠚       │
         └──┬────┬───┬────┬────┬───┬┘  └──┬────┬────┬────┬───┬────┬┘
            2    4   6    8    10  12     2    4    6    8   10   12
                    神经元                        神经元
          ── 训练均值  ── 测试          ── 训练均值  ── 测试
         书中 m·x → (1−p)·x · 反向 m·x/(1−p) → x
         300 个掩码 · 最大偏差：书中 0.089，反向 0.18
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func dropoutFormsCellInEnglish() {
        let expected = """
                     book                        inverted
         ┌──────────────────────────┐  ┌───────────────────────────┐
        3┤                          │ 3┤                           │
         │                          │  │                           │
        2┤                          │ 2┤                           │
         │                          │  │                           │
         │                          │  │       ⣀             ⡸⠓⠶⣒⣤⣀│
        1┤                          │ 1┤    ⢀⠤⠊⠉⠣⡀⢀⣀⣄       ⢠⠃    ⠈│
         │    ⣀⡠⠴⠲⢄⣀⣀⣀⡀      ⢀⠜⠉⠙⠛⠓⠒│  │  ⣀⠔⠁    ⠘⠋ ⠈⠣⡀⢀⣀⣀ ⢀⠇      │
        0┤⠤⠒⠒⠋     ⠈  ⠈⠑⠖⠒⠒⠒⠤⠊      │ 0┤⠉⠉⠉           ⠈⠉  ⠉⠚       │
         └──┬────┬───┬────┬────┬───┬┘  └──┬────┬────┬────┬───┬────┬┘
            2    4   6    8    10  12     2    4    6    8   10   12
                     unit                          unit
          ── train mean  ── test        ── train mean  ── test
         book m·x → (1−p)·x · inverted m·x/(1−p) → x
         300 masks · worst: book 0.089, inverted 0.18
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsTheCellsState() throws {
        let pages = RegularizationLesson().makePages(context: LessonContext())
        let cell = try #require(pages[0].cell)
        cell.setKnob("lambda", to: 0.1)
        cell.step()
        let en = Language.$override.withValue(.en) { (pages[0].title, cell.knobs.map(\.label), cell.status) }
        let zh = Language.$override.withValue(.zh) { (pages[0].title, cell.knobs.map(\.label), cell.status) }
        #expect(en.0 == "Overfitting, and two cures" && zh.0 == "过拟合及两种对策")
        #expect(en.1 == ["weight decay λ", "dropout ratio", "training images", "epochs"])
        #expect(zh.1 == ["权重衰减 λ", "dropout 比例", "训练图像数", "轮数"])
        #expect(en.2 == "epoch 1 / 200" && zh.2 == "第 1 / 200 轮")
        #expect(cell.knobs[0].value == 0.1)
    }
}

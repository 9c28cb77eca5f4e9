import Charts
import LessonKit
import Testing
@testable import BackpropLesson

/// The backprop lesson in Chinese (issue #11): the apple graph and the affine/softmax node
/// table drawn in Chinese at the cell's size in an 80×24 terminal (54×13), the statuses and
/// verdicts of later steps, and switching language keeping the cells' state. The node names
/// (apple, apple_num, tax, price, x2w21, …) are the book's identifiers in both languages.
@Suite struct BackpropChineseTests {
    /// The cell's size at 80×24.
    static let width = 54, height = 13

    /// `cell` drawn in Chinese, trailing blanks dropped from every line.
    private func chinese(_ cell: some LiveCell) -> String {
        Language.$override.withValue(.zh) {
            cell.render(width: Self.width, height: Self.height, options: .standard).text
        }
        .split(separator: "\n", omittingEmptySubsequences: false)
        .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func theAppleGraphsFirstBackwardStepInChinese() {
        let cell = AppleGraphCell()
        for _ in 0..<3 { cell.step() }
        let expected = """
        ┌───────┐ 100
        │ apple ├───────────┐
        └───────┘           │  ┌───┐ 200
                            └─▶│ × ├─────────┐
        ┌───────────┐ 2     ┌─▶│   │ 1.1     │  ╔═══╗ 220
        │ apple_num ├───────┘  └───┘         └─▶║ × ╟───────▶
        └───────────┘                        ┌─▶║   ║ 1
                               ┌─────┐ 1.1   │  ╚═══╝
                               │ tax ├───────┘
                               └─────┘ 200
        ∂price/∂price = 1（反向传播从输出开始）
        ∂price/∂apple_price = tax = 1.1 → 梯度 1.1 = 1·1.1
        ∂price/∂tax = apple_price = 200 → 梯度 200 = 1·200
        """
        #expect(chinese(cell) == expected)
        #expect(Language.$override.withValue(.zh) { cell.status } == "反向 1/2 · price 把梯度 1 传回")
        cell.step()
        #expect(Language.$override.withValue(.zh) { cell.status } == "反向 2/2 · 完成 · 按 r 重放")
        #expect(Language.$override.withValue(.en) { cell.status } == "backward 2/2 · done · r replays")
    }

    @Test func theNodeTableWindowInChinese() {
        let cell = AffineSoftmaxCell()
        for _ in 0..<5 { cell.step() }
        let lines = chinese(cell).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "  节点   运算           值       梯度  层计算")
        #expect(lines[5] == "▸ xW1    +             0.6")
        // The cue counts the rows hidden above and below, as the English one does.
        #expect(lines[8] == "  … 另有 17 行（上方 9 行，下方 8 行）")
        #expect(lines[10] == "L = 0.371101（层计算 0.371101），最大差 4.5e-08")
        #expect(Language.$override.withValue(.zh) { cell.status } == "正向 5/15 · xW1 = 0.6")
    }

    @Test func theGradientChecksVerdictsInChinese() {
        let cell = GradientCheckCell()
        let book = Language.$override.withValue(.zh) { cell.verdict }
        #expect(book.count == 2 && book[0] == "最大相对差 3.8e-06：来自 log(y + 1e-7) 中的 1e-7，")
        #expect(book.allSatisfy { displayWidth(of: $0) <= Self.width }, "\(book)")
        cell.setKnob("delta", to: 1)
        #expect(Language.$override.withValue(.zh) { cell.verdict } == ["最大相对差 1.4e-08 < 1e-7：反向传播是对的"])
        #expect(Language.$override.withValue(.zh) { cell.status }
                == "sigmoid · 损失 1.14487 · δ 0 · 最大相对误差 6.2e-10")
        let challenge = BackpropChallenges.exactAgreement
        #expect(Language.$override.withValue(.zh) { challenge.evaluate(cell).progress } == "最大相对差 1.4e-08 < 1e-7")
    }

    @Test func switchingLanguageKeepsTheCellsState() {
        let page = BackpropLesson().makePages(context: LessonContext())[0]
        let cell = try! #require(page.cell as? AppleGraphCell)
        cell.setKnob("example", to: 1)
        cell.setKnob("orange_num", to: 0)
        for _ in 0..<4 { cell.step() }
        let en = Language.$override.withValue(.en) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.status) }
        let zh = Language.$override.withValue(.zh) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.status) }
        #expect(en.0 == "Computation graphs" && zh.0 == "计算图")
        #expect(en.1 == ["graph", "apple price", "apples bought", "orange price", "oranges bought", "tax"])
        #expect(zh.1 == ["计算图", "苹果单价", "苹果个数", "橘子单价", "橘子个数", "消费税"])
        #expect(en.2 == zh.2 && zh.2 == [1, 100, 2, 150, 0, 1.1])
        #expect(en.3 == "forward 4/4 · price = 220" && zh.3 == "正向 4/4 · price = 220")
        #expect(cell.walk.stage == 4)
    }
}

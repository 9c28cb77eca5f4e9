import Charts
import LessonKit
import Testing
@testable import LossesLesson

/// The losses lesson as a Chinese learner reads it (issue #11): the derivative page's text and
/// the loss cell at the sizes the notebook gives them at 80×24, exact; every status, verdict
/// and challenge progress in Chinese with the same numbers as in English; and a language
/// switch that keeps the cell's state.
@Suite("Losses lesson in Chinese")
struct LossesChineseTests {
    private func zh<T>(_ body: () -> T) -> T { Language.$override.withValue(.zh, operation: body) }
    private func en<T>(_ body: () -> T) -> T { Language.$override.withValue(.en, operation: body) }
    private func trimmed(_ grid: Grid) -> [String] {
        grid.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// Page 2's text at the 77 columns of the 80×24 text pane: Chinese wraps between any two
    /// characters, source lines join without spaces, and no line starts with closing
    /// punctuation.
    @Test func derivativeTextAt80Columns() {
        let grid = zh { MarkdownText.layout(LossesText.derivative.text, width: 77) }
        #expect(trimmed(grid) == [
            "数值微分",
            "",
            "导数是 f 在 x 处的斜率：当 h → 0 时 (f(x + h) − f(x)) / h 的极限。计算机无法",
            "求极限，只能用一个较小的 h。书中（4.3.1）指出了这样做的两个陷阱，并分别给出了",
            "对策：",
            "",
            "• h 太小。浮点数大约只有 16 位有效数字。f(x + h) 与 f(x) 几乎每一位都相同，相",
            "  减之后只剩下不同的那几位：这就是舍入误差，大约为 1e-16·|f| / h。书中使用 h",
            "  = 1e-4。",
            "• 前向差分偏向一侧。它测的是 x 与 x + h 之间的斜率，而不是 x 处的斜率：误差与",
            "  h 同阶。中心差分 (f(x + h) − f(x − h)) / 2h 的误差与 h² 同阶，书中的",
            "  numerical_diff 用的就是它。",
            "",
            "这里 f(x) = 0.01x² + 0.1x，它真正的斜率是 f′(x) = 0.02x + 0.1。书中在 h =",
            "1e-4 时得到的数值：x = 5 处的斜率为 0.1999999999990898（真值 0.2），x = 10 处",
            "为 0.2999999999986347（真值 0.3）。左图画出 f，以及以中心差分斜率过点 (x,",
            "f(x)) 的切线；右图画出 |误差| 随 h 的变化，两个坐标轴都是对数刻度，分别对应中",
            "心差分（蓝色）和前向差分。",
            "",
            "试一试：把 h 从 1e-4 一路调小到 1e-15（← 每次把 h 除以 1.78，H 每次除以",
            "10）。h 每缩小为十分之一，误差就增大为 10 倍——这纯粹是舍入误差——到 1e-15 时切",
            "线明显歪了。再看 h 接近 1 的情况：前向差分的误差是 0.01·h，而中心差分的误差依",
            "然极小。对于抛物线，中心差分除了舍入以外是精确的（h² 的项正好抵消）；在前向差",
            "分曲线的转折处（h = 1e-7 附近，即 0.01·h 与 1e-16·|f| / h 相等的地方），截断",
            "误差与舍入误差相互平衡。",
        ])
        #expect(grid.lines.allSatisfy { displayWidth(of: $0) == 77 })
    }

    /// The loss cell on `book-wrong` in the 53×13 the notebook gives it at 80×24.
    @Test func lossCellAt80x24() {
        let cell = LossCell()
        cell.setKnob("example", to: LossExample.bookWrong.index)
        #expect(zh { trimmed(cell.render(width: 53, height: 13, options: .standard)) } == [
            "       y（标出 t = 2）          损失随 y_t 的变化",
            "   ┌──────────────────────┐ ┌───────────────────────┐",
            "  1┤                      │4┤⢸ ⠨当前                │",
            "   │                      │ │ ⠣⡨                    │",
            "   │                ▂     │2┤  ⠹⠦⣀                  │",
            "0.5┤                █     │ │⡀ ⠨ ⠈⠉⠒⠦⠤⣀⣀            │",
            "   │                █     │0┤⠉⠉⠩⠙⠒⠒⠒⠒⠤⠤⠤⠭⠭⠽⣖⣒⣢⣤⣤⣤⣤⣀⣀│",
            "   │                █     │ └┬──────────┬──────────┬┘",
            "  0┤ ▆ ▃ ▆   ▃  ▆   █     │  0         0.5         1",
            "   └─┬─┬─▲─┬─┬──┬─┬─┬─┬─┬─┘            y_t",
            "     0 1 2 3 4  5 6 7 8 9    ── MSE  ── CE",
            " MSE ½Σ(y−t)² = 0.5975   CE −log(y₂+1e-7) = 2.303",
            " y₂ = 0.1   最大的错误项：y₇ = 0.6   [book-wrong]",
        ])
        #expect(zh { cell.status } == "Σy = 1；y₂ 是正确类别：9 个错误类别分摊 1 − y₂")
        cell.setKnob("entry", to: 7)
        #expect(zh { cell.status } == "Σy = 1；y₂ 不变，其余错误类别分摊 1 − y₂ − y₇")
        #expect(zh { cell.knobs.map(\.label) } == ["示例", "正确类别 t", "编辑类别 k", "y_k（其余按比例缩放）"])
    }

    /// Every verdict of the descent page in Chinese, each with the number the English shows.
    @Test func descentStatusesInChinese() {
        func run(_ settings: [(String, Double)], steps: Int) -> DescentCell {
            let cell = DescentCell()
            for (name, value) in settings { cell.setKnob(name, to: value) }
            for _ in 0..<steps { cell.step() }
            return cell
        }
        #expect(zh { run([], steps: 0).status } == "第 0 / 100 步——空格键播放，s 单步")
        #expect(zh { run([("lr", 10)], steps: 1).status } == "第 1 / 100 步   发散：每步 ×19——调低 η")
        #expect(zh { run([("lr", 10)], steps: 30).status } == "第 11 / 100 步   卡在 |x| = 2.6e+13：梯度为 0，调低 η")
        #expect(zh { run([("lr", 1e-10)], steps: 100).status } == "第 100 / 100 步   停滞：只移动了 1e-07——调高 η")
        #expect(zh { run([("lr", 1)], steps: 30).status } == "第 30 / 100 步   在最小值两侧来回弹跳——调低 η")
        #expect(zh { run([("lr", 0.001)], steps: 100).status } == "第 100 / 100 步   太慢：只能走完 18 % 的路——调高 η")
        #expect(zh { run([("lr", 10), ("gradient", 1), ("steps", 300)], steps: 300).status }
                == "第 241 / 300 步   x 溢出为 inf/NaN——调低 η")
        #expect(zh { run([], steps: 100).status } == "第 100 / 100 步   正在收敛：f = 1.04e-18")
        let stuck = run([("lr", 10)], steps: 30)
        #expect(zh { stuck.readoutParts(withGradient: true).last } == "∇f = (0, 0) numerical：此处 x ± h 舍入后等于 x，所以 x 不再移动")
    }

    /// Challenge progress is written when it is read, in the language of that moment.
    @Test func challengeProgressInChinese() throws {
        let pages = LossesLesson().makePages(context: LessonContext())
        let loss = try #require(pages[0].cell)
        #expect(zh { LossesChallenges.lowCrossEntropy.evaluate(loss).progress } == "y₂ = 0.6 时 CE = 0.5108，需要 < 0.1")
        #expect(en { LossesChallenges.lowCrossEntropy.evaluate(loss).progress } == "CE = 0.5108 at y₂ = 0.6, need < 0.1")
        let descent = try #require(pages[2].cell)
        #expect(zh { LossesChallenges.largestRate.evaluate(descent).progress } == "lr 0.1：第 0 / 100 步，按空格键运行")
        descent.setKnob("lr", to: 0.97)
        while !descent.isFinished { descent.step() }
        #expect(zh { LossesChallenges.largestRate.evaluate(descent).progress } == "lr 0.97：收敛，离极限不到 5 %")
        #expect(zh { pages[2].prediction?.choices } == ["变大", "变小"])
    }

    /// Switching language shows the same state: the edited prediction and the descent's step.
    @Test func switchingLanguageKeepsTheState() {
        let cell = DescentCell()
        cell.setKnob("lr", to: 0.5)
        cell.step()
        let chinese = zh { cell.status }
        #expect(chinese == "第 1 / 100 步   正在收敛：f = 3.77e-24")
        #expect(en { cell.status } == "step 1 / 100   converging: f = 3.77e-24")
        #expect(zh { cell.status } == chinese)
        #expect(cell.descent.steps == 1)
    }

    /// The Chinese derivative text tells the forward difference's turn where the English does.
    @Test func forwardTurnInChinese() {
        #expect(LossesText.derivative.zh.contains("h = 1e-7 附近"))
        #expect(!LossesText.derivative.zh.contains("1e-8"))
    }
}

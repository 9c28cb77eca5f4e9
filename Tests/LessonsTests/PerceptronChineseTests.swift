import Charts
import LessonKit
import Testing
@testable import PerceptronLesson

/// The perceptron lesson in Chinese (issue #11): its cells exactly as an 80×24 notebook
/// draws them (54×13, as `nnbook render` does); statuses, gate names and challenge progress;
/// a page text laid out at the text pane's width; and a cell that keeps its state when the
/// language changes under it.
@Suite("Perceptron lesson in Chinese")
struct PerceptronChineseTests {
    /// What `nnbook render` draws (no colour: the y = 1 side is dotted).
    static let plain = RenderOptions(unicode: true, color: false)

    private func zh<T>(_ body: () throws -> T) rethrows -> T { try Language.$override.withValue(.zh, operation: body) }
    private func en<T>(_ body: () throws -> T) rethrows -> T { try Language.$override.withValue(.en, operation: body) }

    @Test func gateCellAt80x24() {
        let cell = GateCell()
        let lines = zh { cell.render(width: 54, height: 13, options: Self.plain).lines }
        #expect(lines == [
            "    x2  阴影处 y = 1        x1  x2     a  y           ",
            "     ┌────────────────┐     ──  ──  ────  ─           ",
            "     │   ⠑⢄···········│      0   0  -0.7  0           ",
            "     │     ⠑⢄·········│      1   0  -0.2  0           ",
            "    1┤    ○  ⠑⢄··●····│      0   1  -0.2  0           ",
            "     │         ⠑⢄·····│      1   1   0.3  1           ",
            "     │           ⠑⢄···│                               ",
            "    0┤    ○      ○ ⠑⢄·│     ✓ 这是 AND（书中的权重）  ",
            "     │               ⠑│     a = 0.5·x1 + 0.5·x2 − 0.7 ",
            "     │                │     直线：a = 0               ",
            "     └────┬──────┬────┘                               ",
            "          0      1                                    ",
            "             x1                                       ",
        ])
        #expect(lines.allSatisfy { displayWidth(of: $0) == 54 })
        #expect(zh { cell.title } == "感知机：y = step(w1·x1 + w2·x2 + b)")
        #expect(zh { cell.status } == "w = (0.5, 0.5), b = -0.7：AND")
        #expect(zh { cell.knobs.map(\.label) } == ["权重 w1", "权重 w2", "偏置 b"])
        // A Chinese gate name follows Chinese words without a space; no line without weights.
        cell.setKnob("w1", to: 0)
        cell.setKnob("w2", to: 0)
        #expect(zh { cell.gateLine } == "✓ 这是常数 0")
        #expect(zh { cell.lineNote } == "w1 = w2 = 0：没有直线")
        #expect(zh { cell.status } == "w = (0, 0), b = -0.7：常数 0")
    }

    @Test func xorCellAt80x24() {
        let cell = XORTryCell()
        cell.setKnob("xor_w1", to: -0.5)
        cell.setKnob("xor_w2", to: 0.5)
        let lines = zh { cell.render(width: 54, height: 13, options: Self.plain).lines }
        #expect(lines == [
            "    x2 XOR: ● 1  ○ 0        x1  x2  y  XOR            ",
            "     ┌────────────────┐     ──  ──  ─  ───  ────      ",
            "     │···········⡠⠊   │      0   0  0    0  ✓         ",
            "     │·········⡠⠊     │      1   0  0    1  ✗ 错      ",
            "    1┤····●··⡠⠊  ○    │      0   1  1    1  ✓         ",
            "     │·····⡠⠊         │      1   1  0    0  ✓         ",
            "     │···⡠⠊           │                               ",
            "    0┤·⡠⠊ ○      ●    │     4 行中对了 3 行           ",
            "     │⠊               │     这条直线算出的是          ",
            "     │                │     非 x1 且 x2               ",
            "     └────┬──────┬────┘                               ",
            "          0      1                                    ",
            "             x1                                       ",
        ])
        #expect(zh { cell.status } == "4 行中对了 3 行：XOR 不是线性可分的，没有哪条直线能让 4 行全对")
        // ASCII keeps the Chinese words; only the marks fall back.
        let ascii = zh { cell.render(width: 54, height: 13, options: .ascii).lines }
        #expect(ascii[3].hasSuffix("|      1   0  0    1  错        "))
        #expect(ascii[2].hasSuffix("|      0   0  0    0  对        "))
    }

    @Test func learningCellAt80x24() {
        let cell = LearningCell(seed: 1)
        #expect(zh { cell.status } == "起点 #1：按空格键播放，按 s 单步输入一个样本")
        #expect(zh { cell.panelLines } == ["目标：AND，η = 0.1", "起点 #1（随机）：", "w1 = 0.203", "w2 = 0.0204",
                                          "b  = 0.0741", "", "s：展示 x = (0, 0)"])
        cell.step()
        let lines = zh { cell.render(width: 54, height: 13, options: Self.plain).lines }
        #expect(lines == [
            "    x2 AND: ● 1  ○ 0        目标：AND，η = 0.1        ",
            "     ┌────────────────┐     第 1 轮，输入 1/4         ",
            "     │   ⠘⡄···········│     x = (0, 0)  t = 0  y = 1  ",
            "     │    ⡇···········│     t − y = −1：移动直线      ",
            "    1┤    ○······●····│     w1 0.203 → 0.203          ",
            "     │    ⢸···········│     w2 0.0204 → 0.0204        ",
            "     │    ⢸···········│     b  0.0741 → -0.0259       ",
            "    0┤    ○⡆·····○····│                               ",
            "     │     ⡇··········│     每轮的错误数：            ",
            "     │     ⢇··········│     1…                        ",
            "     └────┬──────┬────┘                               ",
            "          0      1                                    ",
            "             x1                                       ",
        ])
        #expect(zh { cell.status } == "第 1 轮（最多 100 轮），本轮到目前为止错了 1 次")
        #expect(zh { cell.knobs.map(\.label) } == ["目标门", "学习率 η", "随机起点 #", "每秒更新次数"])
        while !cell.isFinished { cell.step() }
        #expect(zh { cell.status } == "3 轮后收敛：四个输入全部正确（共更新 4 次）")
        #expect(zh { cell.panelLines[3] } == "正确：不变")
    }

    /// The language changes while the cell keeps its state: the same run reads in both.
    @Test func switchingLanguageKeepsTheRun() {
        let cell = LearningCell(seed: 1)
        cell.setKnob("target", to: LogicGate.xor.index)
        for _ in 0..<cell.defaultRunSteps { cell.step() }
        #expect(zh { cell.status } == "100 轮内没有学会：XOR 不是线性可分的")
        #expect(en { cell.status } == "not learned in 100 epochs: XOR is not linearly separable")
        #expect(zh { cell.panelLines[1] } == "第 100 轮，输入 4/4")
        #expect(en { cell.panelLines[1] } == "epoch 100, input 4 of 4")
        #expect(zh { cell.title } == "学习规则：w += η·(t − y)·x")
        #expect(en { cell.title } == "learning rule: w += η·(t − y)·x")
    }

    @Test func gateNamesInChinese() {
        #expect(zh { LogicGate.notX1AndX2.label } == "非 x1 且 x2")
        #expect(zh { LogicGate.x1AndNotX2.label } == "x1 且非 x2")
        // Never "x1 或非 x2": 或非 is NOR.
        #expect(zh { LogicGate.x1OrNotX2.label } == "非 x2 或 x1")
        #expect(zh { LogicGate.notX1OrX2.label } == "非 x1 或 x2")
        #expect(zh { LogicGate.alwaysOne.label } == "常数 1")
        #expect(zh { LogicGate.nand.label } == "NAND")
        #expect(zh { LogicGate.alwaysZero.label(after: "这是") } == "这是常数 0")
        #expect(zh { LogicGate.or.label(after: "这是") } == "这是 OR")
        #expect(en { LogicGate.x1OrNotX2.label } == "x1 or not x2")
    }

    @Test func challengeProgressInChinese() {
        let gate = GateCell()
        #expect(zh { PerceptronChallenges.nand.evaluate(gate).progress } == "NAND：4 行中对了 0 行")
        gate.setKnob("w1", to: 0.3)
        #expect(zh { PerceptronChallenges.orBias.evaluate(gate).progress } == "先设 w1 = w2 = 0.5（现在是 0.3、0.5）")
        let learning = LearningCell(seed: 1)
        #expect(zh { PerceptronChallenges.fastNAND.evaluate(learning).progress } == "目标是 AND：请选 NAND")
        learning.setKnob("target", to: LogicGate.nand.index)
        #expect(zh { PerceptronChallenges.fastNAND.evaluate(learning).progress } == "NAND：已完成 0 轮，按空格键运行")
        while !learning.isFinished { learning.step() }
        #expect(zh { PerceptronChallenges.fastNAND.evaluate(learning).progress } == "8 轮后收敛：需要 ≤ 5 轮，换一个 η 或起点试试")
        learning.setKnob("start", to: 5)
        while !learning.isFinished { learning.step() }
        let check = zh { PerceptronChallenges.fastNAND.evaluate(learning) }
        #expect(check.passed && check.progress == "5 轮后收敛")
        #expect(zh { PerceptronChallenges.xorConverges.choices } == ["会", "不会"])
    }

    /// Page 2's text in the 77-column text pane of an 80×24 notebook: nothing wider, and the
    /// coordinate pairs stay whole.
    @Test func xorPageTextAt80Columns() {
        let page = PerceptronLesson().makePages(context: LessonContext())[1]
        let lines = zh { MarkdownText.layout(page.text, width: 77).lines }.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(zh { page.title } == "XOR：一条直线不够")
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 77 })
        let first = lines.firstIndex { $0.hasPrefix("XOR（异或）") }
        #expect(first.map { lines[$0] } == "XOR（异或）在恰好有一个输入为 1 时输出 1：输入依次为 (0, 0)、(1, 0)、(0, 1)、")
        #expect(first.map { lines[$0 + 1] } == "(1, 1) 时，y = 0、1、1、0。")
        #expect(lines.contains("为什么做不到。两个 ● 位于正方形的一条对角线上，两个 ○ 位于另一条上；任何一条"))
    }
}

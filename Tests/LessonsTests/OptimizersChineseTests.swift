import Charts
import LessonKit
import NumericCore
import Testing
@testable import OptimizersLesson

/// The optimizers lesson in Chinese, exactly as a learner reads it on an 80×24 screen: the
/// first page's text (77 columns beside the cell), the bowl race after its 30 steps in the
/// page's 54×14 cell, a narrow standings table in ASCII with whole names, and the statuses
/// and challenge progress in Chinese; switching language keeps the race (issue #11).
@Suite("Optimizers lesson in Chinese")
struct OptimizersChineseTests {
    private func trimmed(_ line: String) -> String { String(line.reversed().drop { $0 == " " }.reversed()) }
    private func zh<T>(_ body: () throws -> T) rethrows -> T { try Language.$override.withValue(.zh, operation: body) }
    private var pages: [Page] { OptimizersLesson(digitsConfig: OptimizersLessonDigitsTests.small).makePages(context: LessonContext()) }

    @Test func theFirstPageReadsInChineseAt80Columns() {
        let lines = zh { MarkdownText.layout(pages[0].text, width: 77).lines.map(trimmed) }
        #expect(Array(lines.prefix(11)) == [
            #"六种下山的方法"#,
            #""#,
            #"训练就是让参数 W 沿着损失 L 往下坡走。最朴素的 SGD（随机梯度下降）直接朝梯度"#,
            #"的反方向迈步："#,
            #""#,
            #"W ← W − η·∂L/∂W （η 是学习率，lr）"#,
            #""#,
            #"书中特意用一个不好对付的碗形曲面来检验它：f(x, y) = x²/20 + y²，梯度为 (x/10,"#,
            #"2y)：横穿山谷的方向（y）比顺着山谷的方向（x）陡二十倍。每个优化器都从 (−7, 2)"#,
            #"出发，走 30 步（书中的设置：SGD lr 0.95，Momentum 0.1，AdaGrad 1.5，Adam"#,
            #"0.3；nnbook 另加 Nesterov 0.1 和 RMSprop 0.1）。"#,
        ])
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 77 })
        #expect(zh { pages.map(\.title) } == ["书中碗形曲面上的比赛", "自适应步长：AdaGrad、RMSprop、Adam", "更难的曲面", "手写数字上的比赛"])
    }

    @Test func theBowlRaceAfterThirtyStepsInThe80x24Cell() {
        let cell = SurfaceRaceCell(preset: .book)
        for _ in 0..<30 { cell.step() }
        let lines = zh { cell.render(width: 54, height: 14, options: .standard).lines.map(trimmed) }
        #expect(lines == [
            #"                             第 30 / 30 步 · ε 0.5"#,
            #"y    x²/20 + y²（书中的）       优化器     距离  到达"#,
            #"  ┌────────────────────────┐ ─  ────────  ─────  ────"#,
            #" 5┤⠤⠤⠤⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠲⠤⠤⠤│ ◆  AdaGrad    0.12  19"#,
            #"  │   •⣀⣀⡠⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⣄⣀⣀⡀   │ ✖  Adam      0.346  26"#,
            #"  │⡠⠊⠉•••••••••✖■⡄     ⠉⠉⠳⡄│ ●  SGD       0.361  27"#,
            #" 0┤⠙⠦⠤⣄•••••••⠋⠉⠉⠁  ⢀⣀⣀⡠⠤⠔⠁│ ▲  Nesterov  0.526  22"#,
            #"  │    • ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁      │ ✚  RMSprop   0.697  —"#,
            #"-5┤⠉⠉⠙⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠉⠉⠉│ ■  Momentum  0.901  23"#,
            #"  └┬───────────┬──────────┬┘"#,
            #"  -10          0          10"#,
            #"              x"#,
            #""#,
            #""#,
        ])
        #expect(zh { cell.status } == "第 30 / 30 步")
        #expect(zh { cell.knobs.prefix(5).map(\.label) } == ["曲面", "起点 x", "起点 y", "步数", "ε（排名）"])
        #expect(zh { cell.knobs.first { $0.name == "rmsprop_decay" }?.label } == "RMSprop 衰减率")
    }

    /// The narrow table (the cell at 80×24) keeps "Nesterov" and "Momentum" whole in Chinese
    /// too: its last header "到达" is a column wider than "hit", so the table takes one more.
    @Test func aNarrowChineseTableKeepsWholeNamesInASCII() {
        let cell = SurfaceRaceCell(preset: .beale)
        cell.setKnob("sgd_lr", to: 1)
        while !cell.isFinished { cell.step() }
        let lines = zh { cell.render(width: 54, height: 14, options: .ascii).lines.map(trimmed) }
        #expect(lines == [
            #"   y       Beale             第 100 / 100 步 | eps 0.5"#,
            #"    +------------------+        优化器    距离    到达"#,
            #"    |////         \\\\\|     -  --------  ------  ----"#,
            #"    |                  |     +  Nesterov  0.0963  33"#,
            #"    |                  |     x  Momentum  0.298   35"#,
            #"    |         .. --.+  |     #  RMSprop   0.442   89"#,
            #"   0+         ....@#.  |     @  Adam      0.516   --"#,
            #"    |        ....      |     *  AdaGrad   0.535   --"#,
            #"    |        ...       |     o  SGD       NO 2    --"#,
            #"    |-----  /      ----|"#,
            #"    |    \ /'     /    |"#,
            #"    +---------+--------+"#,
            #"              0"#,
            #"             x"#,
        ])
        #expect(zh { cell.status } == "SGD 在第 2 步发散——请调低它的 lr · 第 100 / 100 步")
        #expect(SurfaceRaceView.tableWidth(for: 54) == 25 && zh { SurfaceRaceView.tableWidth(for: 54) } == 26)
    }

    @Test func challengesAndStatusesSpeakChinese() throws {
        let pages = self.pages
        let bowl = try #require(pages[0].cell as? SurfaceRaceCell)
        #expect(zh { bowl.status } == "第 0 / 30 步——空格键播放，s 走一步")
        for _ in 0..<30 { bowl.step() }
        let sgd = try #require(pages[0].challenges.first)
        let adam = try #require(pages[1].challenges.first)
        #expect(zh { sgd.evaluate(bowl).progress } == "SGD ≤ε：第 27 步，Adam：第 26 步 · 第 30 / 30 步")
        #expect(zh { adam.evaluate(bowl).progress } == "Adam：第 26 步，其他中最先：AdaGrad 第 19 步 · 第 30 / 30 步")
        bowl.setKnob("adam_lr", to: 0.5)
        #expect(zh { sgd.evaluate(bowl).progress } == "只改 SGD lr 和起点（把曲面重新选为 book 可恢复其余设置）")
        #expect(zh { pages[0].prediction?.question } == "在书中的碗形曲面上，哪个优化器最先进入 ε 范围（距最小值 0.5 以内）？")
        let digits = try #require(pages[3].cell)
        #expect(zh { digits.status } == "第 0 / 2000 次迭代——空格键开始比赛，s 走一步")
        #expect(zh { digits.knobs.prefix(2).map(\.label) } == ["迭代次数", "损失曲线"])
        let bad = DigitsSource.load(mnistDirectory: "/nonexistent-mnist", synthetic: (10, 10), seed: 1)
        #expect(zh { DigitsRaceCell.sourceName(bad) } == "合成数字" && DigitsRaceCell.sourceName(bad) == "synthetic digits")
        #expect(zh { DataNotice.mnistNotLoaded(reason: bad.problem ?? "") }
                    == "未能加载 MNIST（missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]），改用合成数字")
        #expect(DataNotice.mnistNotLoaded(reason: bad.problem ?? "") == bad.warning)
        let lesson = OptimizersLesson()
        #expect(zh { lesson.title } == "优化器比赛")
        #expect(lesson.title == "Optimizer races")
    }

    /// Text is chosen when shown: the race stepped in one language reads the same in the
    /// other, and English is unchanged after a Chinese frame.
    @Test func switchingLanguageKeepsTheRace() {
        let cell = SurfaceRaceCell(preset: .book)
        for _ in 0..<12 { cell.step() }
        let english = Language.$override.withValue(.en) { cell.render(width: 54, height: 14, options: .standard).lines }
        let chinese = zh { cell.render(width: 54, height: 14, options: .standard).lines }
        #expect(chinese[0].contains("第 12 / 30 步 · ε 0.5"))
        #expect(english[0].contains("step 12 / 30 · ε 0.5"))
        #expect(Language.$override.withValue(.en) { cell.render(width: 54, height: 14, options: .standard).lines } == english)
        #expect(Language.$override.withValue(.en) { cell.status } == "step 12 / 30")
        #expect(zh { cell.status } == "第 12 / 30 步")
    }
}

import Charts
import LessonKit
import NumericCore
import Testing
@testable import MLPLesson

/// The mlp lesson in Chinese (issue #11): the three-rates cell drawn in Chinese at the size it
/// has at 80×24, the words of a stopped run, the MNIST warning, the challenges' progress, and
/// switching language keeping every run's state.
@Suite struct MLPChineseTests {
    private func zh<T>(_ body: () -> T) -> T { Language.$override.withValue(.zh, operation: body) }
    private func en<T>(_ body: () -> T) -> T { Language.$override.withValue(.en, operation: body) }

    private func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    private func race(rates: [Double]) -> RaceCell {
        let cell = RaceCell(data: DigitsSource.load(mnistDirectory: nil, synthetic: (200, 100), seed: 1), seed: 1)
        for (name, lr) in zip(RaceCell.names, rates) { cell.setKnob(name, to: lr) }
        return cell
    }

    /// The race with lr B = 1000 after 70 steps, as the 80×24 notebook draws its cell (54×14):
    /// Chinese title, axis label and legend, "停于 21" (stopped at 21) for the two stopped runs;
    /// in a narrower cell the readout is packed onto two lines rather than cut.
    @Test func raceCellInChinese() {
        let cell = race(rates: [0.01, 1000, 100])
        for _ in 0..<70 { cell.step() }
        let text = zh { cell.render(width: 54, height: 14, options: .standard).text }
        let expected = """
            损失（20 次均值），sigmoid 网络
            ┌─────────────────────────────┐
         100┤                             │ ── lr 0.01
            │   ⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⡀       │ ── lr 1000 停于 21
            │⢠⠋⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁                 │ ── lr 100 停于 21
            │⠓⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒│
           1┤                             │
            │                             │
            │                             │
        0.01┤                             │
            └────┬────┬─────┬────┬────┬───┘
                 5    10    15   20   25
                       迭代次数
         lr 0.01: 2.3   lr 1000: 停于 21   lr 100: 停于 21
        """
        #expect(trimmed(text) == expected, "\(trimmed(text))")
        // Narrower, the readout wraps between runs instead of cutting the last one.
        let narrow = zh { cell.render(width: 40, height: 14, options: .standard).lines.suffix(2).map { trimmed($0) } }
        #expect(narrow == [" lr 0.01: 2.3   lr 1000: 停于 21", " lr 100: 停于 21"], "\(narrow)")
        #expect(zh { cell.status } == "lr B = 1000 过大（第 21 次迭代 ✗）——调小它 · 迭代 28 / 1000")
        // The advice stays whole on the 80×24 status line (64 columns left, see MLPReviewFixTests).
        let advice = zh { cell.status ?? "" }.prefix { $0 != "·" }
        #expect(displayWidth(of: String(advice)) <= MLPReviewFixTests.statusRoom)
        #expect(zh { cell.readout } == "lr 0.01: 2.3   lr 1000: 停于 21   lr 100: 停于 21")
        #expect(en { cell.readout } == "lr 0.01: 2.3   lr 1000: stopped at 21   lr 100: stopped at 21")
    }

    /// A run that blew up says so in either language from the same state: the cause is kept,
    /// the words are chosen when shown (status line, export).
    @Test func aStoppedRunInBothLanguages() {
        var config = MLPLessonTests.smallConfig
        config.learningRate = 1000
        let cell = TrainingCell(run: MLPLessonTests.smallRun(config))
        while !cell.isFinished { cell.step() }
        #expect(zh { cell.status } == "lr 过大——调小后按 r · 第 21 次迭代时停止：损失连续 20 次 > 4.6")
        #expect(en { cell.status } == "lr too high — lower it, press r · stopped at it. 21: loss > 4.6 for 20 it.")
        #expect(displayWidth(of: "lr 过大——调小后按 r") <= MLPReviewFixTests.statusRoom)
        #expect(zh { cell.run.stopReason } == "损失连续 20 次迭代高于 4.6")
        let stopped = zh { cell.export().json }
        guard case let .object(fields) = stopped else { Issue.record("not an object"); return }
        #expect(fields.first { $0.0 == "stopped" }?.1 == .string("损失连续 20 次迭代高于 4.6"))
        #expect(fields.first { $0.0 == "sampling" }?.1 == .string("with replacement"), "a setting, not a sentence")
    }

    /// Before training, the progress names the synthetic digits in Chinese; a failed MNIST load
    /// is a Chinese sentence around the data layer's own detail (file and problem).
    @Test func theDataSourceAndItsWarningInChinese() {
        let data = DigitsSource.load(mnistDirectory: "/nonexistent-mnist", synthetic: MLPLessonTests.sizes, seed: 1)
        let run = TrainingRun(data: data, config: MLPLessonTests.smallConfig, seed: 1)
        #expect(zh { run.status } == "⚠ 未能加载 MNIST（missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]），改用合成数字"
                    + " · 合成数字：训练 500 / 测试 200，按空格键开始训练")
        #expect(en { run.status } == "⚠ MNIST not loaded (missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]): using synthetic digits"
                    + " · synthetic digits: 500 train / 200 test, press space to train")
        for _ in 0..<25 { run.step() }
        #expect(zh { run.progress } == "迭代 25 · 第 1 轮 · 测试 " + zh { TrainingRun.percent(run.lastEpoch!.testAccuracy) })
        #expect(zh { TrainingRun.percent(0.862) } == "86.2%" && en { TrainingRun.percent(0.862) } == "86.2 %")
        #expect(zh { run.accuracyReadout }.hasPrefix("第 1 轮：训练 "))
        #expect(zh { run.lossReadout }.hasPrefix("迭代 25  损失 "))
    }

    /// The forward pass's readout parts and the challenges' progress in Chinese.
    @Test func readoutsAndChallengesInChinese() throws {
        let pages = MLPLesson(sizes: MLPLessonTests.sizes, config: MLPLessonTests.smallConfig).makePages(context: LessonContext())
        let forward = try #require(pages[0].cell as? ForwardCell)
        let p = forward.pass
        let y = NumberText.format(p.probabilities[p.predicted], digits: 2)
        #expect(zh { forward.readoutParts(p) } == [
            "标签 \(p.label) → 预测 \(p.predicted)（y = \(y)）",
            "损失 −ln y\(ForwardCell.subscripted(p.label)) = \(NumberText.format(p.loss, digits: 4))",
            "已训练 0 次迭代",
        ])
        let training = try #require(pages[1].cell)
        let ninety = MLPChallenges.ninetyPercent
        #expect(zh { ninety.evaluate(training).progress } == "还没有测试精度：按空格键开始训练（每轮结束时测量一次）")
        let rates = race(rates: [0.01, 0.1, 100])
        for _ in 0..<900 where !rates.isFinished { rates.step() }
        #expect(zh { MLPChallenges.allThreeLearn.evaluate(rates).progress } == "A 第 300 次 2.3，B 第 300 次 2.03，C 已停止 ✗")
        #expect(en { MLPChallenges.allThreeLearn.evaluate(rates).progress } == "A 2.3 at 300, B 2.03 at 300, C stopped ✗")
    }

    /// Switching language on a page that has trained keeps its iterations, knobs and curves.
    @Test func switchingLanguageKeepsTheRun() throws {
        let page = MLPLesson(sizes: MLPLessonTests.sizes, config: MLPLessonTests.smallConfig).makePages(context: LessonContext())[1]
        let cell = try #require(page.cell as? TrainingCell)
        cell.setKnob("lr", to: 0.5)
        for _ in 0..<30 { cell.step() }
        let english = en { (page.title, cell.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.run.history) }
        let chinese = zh { (page.title, cell.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.run.history) }
        #expect(english.0 == "Training live" && chinese.0 == "实时训练")
        #expect(english.1 == "training the two-layer net" && chinese.1 == "训练两层神经网络")
        #expect(english.2 == ["learning rate", "batch size", "hidden units", "hidden activation"])
        #expect(chinese.2 == ["学习率", "批大小", "隐藏层神经元数", "隐藏层激活函数"])
        #expect(english.3 == chinese.3 && chinese.3[0] == 0.5)
        #expect(english.4 == chinese.4 && cell.run.iteration == 30)
        #expect(zh { MLPLesson().title } == "训练两层神经网络" && en { MLPLesson().title } == "Training a two-layer net")
    }
}

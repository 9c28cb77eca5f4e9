import Charts
import LessonKit
import Testing
@testable import DeepNetsLesson

/// The DeepConvNet page's cell as exact text at 80×24 in English and Chinese (piped output:
/// Unicode without colour, so the tiles are shade pairs), after 20 iterations of the tiny
/// DeepConvNet on a clock that says 0.25 s per iteration; switching language keeps the run.
@Suite struct DeepConvSnapshotTests {
    let plain = RenderOptions(unicode: true, color: false)

    func rendered(_ language: Language, _ cell: DeepConvCell) -> String {
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: plain).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    func trained() -> DeepConvCell {
        let cell = DeepConvCell(run: DeepConvTests.run())
        cell.stepHeadless(20)
        return cell
    }

    @Test func trainingInEnglish() {
        let expected = """
                       training loss                        accuracy
            ┌─────────────────────────────────┐    ┌─────────────────────────┐
        2.32┤   ⡶⡀                            │   1┤                         │ ─●─ train
            │  ⡜ ⢱                            │    │                         │ ─■─ test
            │⠐⣴⠁  ⡇ ⣀                         │    │                         │
        2.31┤ ⠙   ⠘⠒⠁⠣⡄                       │ 0.5┤                         │
            │         ⠈⠒⢄⡀                    │    │         ●⡀              │
            │            ⠈⠂                   │   0┤⠐⠒⠒●⠛⠛■⠉⠉                │
            └┬─────┬──────┬─────┬──────┬─────┬┘    └┬────┬────┬───┬────┬────┬┘
             0     10     20    30     40    50     0    10   20  30   40   50
                         iteration                          iteration
         83 of 100 wrong at iteration 20 (true→predicted)

              ▓▓░░          ░░▒▒▒▒          ▒▒▒▒            ▒▒░░              ▓▓
              ▒▒░░              ░░░░        ░░▓▓            ▒▒▒▒            ░░▒▒
              ▒▒░░            ░░░░            ▒▒░░          ▓▓▒▒░░          ▒▒▓▓▒▒
              ▓▓          ░░▒▒▒▒░░          ▒▒▒▒▒▒          ░░░░▒▒          ▒▒▓▓▓▓
            ░░▓▓░░          ░░░░            ░░░░                ▒▒            ░░




        1→9             2→5             3→9             4→9             6→9
         iteration 20 / 50   loss 2.3   train 16%   test 17%   4 it/s
        """
        #expect(rendered(.en, trained()) == expected)
    }

    @Test func trainingInChinese() {
        let expected = """
                         训练损失                              精度
            ┌─────────────────────────────────┐    ┌──────────────────────────┐
        2.32┤   ⡶⡀                            │   1┤                          │ ─●─ 训练
            │  ⡜ ⢱                            │    │                          │ ─■─ 测试
            │⠐⣴⠁  ⡇ ⣀                         │    │                          │
        2.31┤ ⠙   ⠘⠒⠁⠣⡄                       │ 0.5┤                          │
            │         ⠈⠒⢄⡀                    │    │         ●⡀               │
            │            ⠈⠂                   │   0┤⠐⠒⠒●⠚⠛■⠉⠉⠁                │
            └┬─────┬──────┬─────┬──────┬─────┬┘    └┬────┬────┬────┬────┬────┬┘
             0     10     20    30     40    50     0    10   20   30   40   50
                           迭代                                迭代
         第 20 次迭代：100 个中分错 83 个（真实→预测）

              ▓▓░░          ░░▒▒▒▒          ▒▒▒▒            ▒▒░░              ▓▓
              ▒▒░░              ░░░░        ░░▓▓            ▒▒▒▒            ░░▒▒
              ▒▒░░            ░░░░            ▒▒░░          ▓▓▒▒░░          ▒▒▓▓▒▒
              ▓▓          ░░▒▒▒▒░░          ▒▒▒▒▒▒          ░░░░▒▒          ▒▒▓▓▓▓
            ░░▓▓░░          ░░░░            ░░░░                ▒▒            ░░




        1→9             2→5             3→9             4→9             6→9
         迭代 20 / 50   损失 2.3   训练精度 16%   测试精度 17%   每秒 4 次迭代
        """
        let cell = trained()
        #expect(rendered(.zh, cell) == expected)
        #expect(Language.$override.withValue(.zh) { cell.status } == "第 20 / 50 次迭代 · 每帧一次迭代（每次 0.25 秒）")
        #expect(Language.$override.withValue(.zh) { cell.knobs.map(\.label) } == ["迭代次数", "批大小", "学习率", "网络"])
        #expect(cell.run.iteration == 20 && cell.run.evaluations.map(\.iteration) == [1, 10, 20])
    }
}

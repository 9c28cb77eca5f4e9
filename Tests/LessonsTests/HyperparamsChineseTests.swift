import Charts
import LessonKit
import Testing
@testable import HyperparamsLesson

/// The hyperparams lesson in Chinese (issue #11): the validation-vs-test cell drawn at the
/// size it has at 80×24 (54×14), in Chinese and English, from the same search.
@Suite struct HyperparamsChineseTests {
    private func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    private func cell() -> ValidationCell {
        let search = Search(data: HoldOut.load(directory: nil, seed: 1), seed: 1, settings: SearchSettings(trials: 3, epochs: 10, best: 3))
        let cell = ValidationCell(search: search)
        cell.stepHeadless(cell.defaultRunSteps)
        return cell
    }

    /// Three trials of 10 epochs: the table ranks them by validation accuracy with both
    /// accuracies; the verdict fits one line in Chinese and breaks after its colon in English.
    @Test func validationCellInChineseAndEnglish() {
        let c = cell()
        let zh = Language.$override.withValue(.zh) { trimmed(c.render(width: 54, height: 14, options: .standard).text) }
        let en = Language.$override.withValue(.en) { trimmed(c.render(width: 54, height: 14, options: .standard).text) }
        #expect(zh == """
        按验证集排名
          名次  试验       lr       wd  验证  测试
          ────  ────  ───────  ───────  ────  ────
        ▸    1  #1     0.0078  1.2e-05   26%   22%
             2  #3    0.00056  1.9e-06   13%   12%
             3  #2      2e-05  4.5e-08    7%   11%







         用验证集挑选：#1，验证 26% → 测试 22%，是诚实的估计
        """, "\(zh)")
        #expect(en == """
        ranked by validation
          rank  trial       lr       wd   val  test
          ────  ─────  ───────  ───────  ────  ────
        ▸    1  #1      0.0078  1.2e-05  26 %  22 %
             2  #3     0.00056  1.9e-06  13 %  12 %
             3  #2       2e-05  4.5e-08   7 %  11 %






         chosen on validation:
         #1, val 26 % → test 22 %, an honest estimate
        """, "\(en)")
    }
}

/// The search's advice in Chinese, first on the status line and whole within the 64 columns
/// an 80×24 status line leaves it.
@Suite struct HyperparamsChineseStatusTests {
    @Test func divergenceAdviceInChinese() {
        let search = Search(data: HoldOut.load(directory: nil, seed: 1), seed: 1, settings: SearchSettings(trials: 20, epochs: 5))
        let cell = SearchCell(search: search)
        cell.setKnob("lr_high", to: 10)
        cell.setKnob("lr_low", to: 1)
        cell.stepHeadless(cell.defaultRunSteps)
        let status = Language.$override.withValue(.zh) { cell.status ?? "" }
        #expect(status == "所有试验都发散了：lr 最高 10 太大——把「lr 上限」调到 0.1 以下")
        #expect(displayWidth(of: status) <= 64)
        // A range with some diverging trials: the advice comes before the progress.
        let mixed = SearchCell(search: Search(data: HoldOut.load(directory: nil, seed: 1), seed: 1, settings: SearchSettings(trials: 3, epochs: 2)))
        mixed.setKnob("lr_high", to: 10)
        mixed.setKnob("lr_low", to: 0.01)
        mixed.stepHeadless(mixed.defaultRunSteps)
        let diverged = mixed.search.trials.filter(\.isDiverged).count
        let zh = Language.$override.withValue(.zh) { mixed.status ?? "" }
        #expect(diverged > 0 && zh.hasPrefix("\(diverged) 次发散（lr ≥ "), "\(zh)")
    }
}

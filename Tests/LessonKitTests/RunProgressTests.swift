import Charts
import LessonKit
import Testing

/// `RunProgress`: the status wording every training cell shares, in both languages.
@Suite struct RunProgressTests {
    @Test func iterationsAndTheRestartHint() {
        Language.$override.withValue(.en) {
            #expect(RunProgress.iterations(120, of: 500, finished: false) == "iteration 120 / 500")
            #expect(RunProgress.iterations(500, of: 500, finished: true) == "iteration 500 / 500 · done: r restarts")
            #expect(RunProgress.restartNote == "done: r restarts")
        }
        Language.$override.withValue(.zh) {
            #expect(RunProgress.iterations(500, of: 500, finished: true) == "第 500 / 500 次迭代 · 完成：按 r 重新开始")
        }
    }
}

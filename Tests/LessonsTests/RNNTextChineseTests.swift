import Charts
import LessonKit
import Testing
@testable import RNNLesson

/// The rnn lesson's text cell as exact text at 80×24 in Chinese and in English, after 400
/// training windows of the default model (seed 1).
@Suite struct RNNTextChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = CharCell(run: CharRun(config: CharRun.Config()))
        for _ in 0..<400 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func textCellInChinese() {
        let expected = """
                               每字符困惑度（对数；灰线：均匀猜测）
           ┌───────────────────────────────────────────────────────────────────────────┐
        100┤ ⢸⡄                                                                        │
           │⢠⠇⢱                                                                        │
           │⢸  ⠱⡀                                                                      │
           │⠙⠉⠉⠉⠉⠻⡍⢉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│
           │      ⠘⠃⠓⢤                                                                 │
           │          ⢣⡀                                                               │
           │           ⠱⢤⡀                                                             │
           │             ⠉⠣⣀⣀       ⣀                                                  │
           │                ⠈⠛⠒⠒⠊⠉⠉⠉ ⠙⠤⣄⣀⡀  ⣀⡤⠤⠤⠤⢤⣀                                    │
           │                             ⠉⠉⠲⠃     ⠈⠙⠒⢢                                 │
           │                                          ⠉⠒⠒⠒⠒⠚⠋⠉⠱⢤⣀⣀   ⣀                 │
           │                                                     ⠈⠉⠉⠒⠉⠉⠉⠉⠉⠙⠓⠤⡤⣄⣀⣀⣠⠤⠤⠴⠖⠑│
         10┤                                                                           │
           └┬────────┬────────┬─────────┬────────┬────────┬─────────┬────────┬────────┬┘
            0        50      100       150      200      250       300      350      400
                                               窗口
         困惑度 13.2（均匀猜测 59）   每字符损失 2.58   已读 10000 个字符
         温度 τ = 1 时的样本（训练了 10000 个字符后）：
         ANLixle `ewlebshanend Lae  or.it  oTt O- unyisk woung bonyyin thaywind to aan
         so tey-korerbokcel, tene at wichnon' ttheiitwdebilgrbomat Mori s OLlr tpe
         yisoutit ons pout,. sorinl de haveuks toot ungl u thehe Lure dav:f wout wonld
         bid  od roa
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func textCellInEnglish() {
        let expected = """
                        perplexity per character (log; gray: uniform guess)
           ┌───────────────────────────────────────────────────────────────────────────┐
        100┤ ⡸⡄                                                                        │
           │⢠⠃⠱⡀                                                                       │
           │⣸⣀⣀⣙⣄⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀│
           │⠈    ⠙⢆⡠⡀                                                                  │
           │      ⠈⠁⠈⠳⡄                                                                │
           │          ⠙⣆                                                               │
           │           ⠈⠙⠦⣄                                                            │
           │              ⠈⠛⠙⠤⠤⢤⠤⠴⠔⠴⠒⢲⣀        ⣀⣀                                      │
           │                          ⠈⠉⠉⠓⠶⢄⠎⠉⠉ ⠈⠉⠙⠲⠤⢄                                 │
           │                                         ⠈⠓⠦⠴⠶⠶⠶⠖⠒⢢⣀⡀                      │
           │                                                    ⠈⠉⠓⠒⠒⠙⠒⠚⠉⠓⠒⠲⢤⣠⣀⣀⣀⣀⣠⡤⠤⠔⠒│
         10┤                                                                           │
           └┬────────┬────────┬─────────┬────────┬────────┬─────────┬────────┬────────┬┘
            0        50      100       150      200      250       300      350      400
                                              window
         perplexity 13.2 (uniform guess 59)   loss 2.58 per character
         10000 characters read
         sample at τ = 1, after 10000 characters of training:
         ANLixle `ewlebshanend Lae  or.it  oTt O- unyisk woung bonyyin thaywind to aan
         so tey-korerbokcel, tene at wichnon' ttheiitwdebilgrbomat Mori s OLlr tpe
         yisoutit ons pout,. sorinl de haveuks toot ungl u thehe Lure dav:f wout wonld
         bid  od roa
        """
        #expect(rendered(.en) == expected)
    }
}

import Charts
import LessonKit
import Testing
@testable import RNNLesson

/// The gated-cell page's race as exact text at 80×24 in Chinese and in English after 60
/// iterations (the LSTM has learned, the vanilla RNN has not).
@Suite struct RNNGatedChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = GatedCell(run: GatedRun(config: GatedRun.Config(), seed: 1))
        cell.stepHeadless(60)
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func raceInChinese() {
        let expected = """
                精度 %（训练）                         ‖∂L/∂h_t‖（对数）
           ┌──────────────────────┐             ┌──────────────────────────────┐
        100┤                 ⢀⠤⠒⠉⠉│ ── RNN      │                              │ ── RNN
           │                ⡰⠁    │ ── LSTM     │                              │ ── LSTM
           │              ⢀⡜      │            1┤                             ⢀│ ── c
         80┤              ⡜       │             │                            ⢀⡞│
           │             ⡸        │             │                           ⡠⡞⢀│
           │            ⡰⠁        │             │                         ⡠⢊⡼⠒⠁│
         60┤⢀         ⢀⠜          │             │                      ⢀⡴⢮⠶⠋   │
           │⢸⢱  ⣠⣠⣄⡤⠖⡵⢇       ⢀⡜⠋⠓│             │                 ⢀⣀⠤⢒⡽⠕⠚⠁     │
           │⢸⠘⣔⠟⠉⠈⠉⠈⠋  ⠉⠢⠴⢤⣀⢀⠔⠉   │         0.01┤            ⢀⣀⠤⠒⣊⡡⡴⠞⠁         │
           │⢸⣴⡏             ⠁     │             │⠶⡤⣀⣀⣀⣀⣀⣠⠤⠔⠒⢉⡡⠤⠒⢉⠔⠊            │
         40┤⠈⠁                    │             │ ⠈⠉⠒⠒⠒⠒⠒⠒⠊⠉⠁ ⢀⠔⠁              │
           │                      │             │           ⡠⠒⠁                │
           │                      │             │        ⢀⠔⠉                   │
         20┤                      │             │      ⢀⠔⠁                     │
           │                      │         1e-4┤    ⡠⠊⠁                       │
           │                      │             │ ⢀⠤⠊                          │
          0┤                      │             │⠔⠁                            │
           └┬──────┬──────┬──────┬┘             └──────┬──────┬──────┬───────┬─┘
            0      20     40     60                    5      10     15      20
                     迭代                                      t
         精度：RNN 66% · LSTM 100%（随机猜 50%）
         ‖∂L/∂h_1‖/‖∂L/∂h_21‖: RNN 1.95e-05 · LSTM 0.00388
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func raceInEnglish() {
        let expected = """
            accuracy % (training)                       ‖∂L/∂h_t‖ (log)
           ┌──────────────────────┐             ┌──────────────────────────────┐
        100┤                 ⢀⠤⠒⠉⠉│ ── RNN      │                              │ ── RNN
           │                ⡰⠁    │ ── LSTM     │                              │ ── LSTM
           │              ⢀⡜      │            1┤                             ⢀│ ── c
         80┤              ⡜       │             │                            ⢀⡞│
           │             ⡸        │             │                           ⡠⡞⢀│
           │            ⡰⠁        │             │                         ⡠⢊⡼⠒⠁│
         60┤⢀         ⢀⠜          │             │                      ⢀⡴⢮⠶⠋   │
           │⢸⢱  ⣠⣠⣄⡤⠖⡵⢇       ⢀⡜⠋⠓│             │                 ⢀⣀⠤⢒⡽⠕⠚⠁     │
           │⢸⠘⣔⠟⠉⠈⠉⠈⠋  ⠉⠢⠴⢤⣀⢀⠔⠉   │         0.01┤            ⢀⣀⠤⠒⣊⡡⡴⠞⠁         │
           │⢸⣴⡏             ⠁     │             │⠶⡤⣀⣀⣀⣀⣀⣠⠤⠔⠒⢉⡡⠤⠒⢉⠔⠊            │
         40┤⠈⠁                    │             │ ⠈⠉⠒⠒⠒⠒⠒⠒⠊⠉⠁ ⢀⠔⠁              │
           │                      │             │           ⡠⠒⠁                │
           │                      │             │        ⢀⠔⠉                   │
         20┤                      │             │      ⢀⠔⠁                     │
           │                      │         1e-4┤    ⡠⠊⠁                       │
           │                      │             │ ⢀⠤⠊                          │
          0┤                      │             │⠔⠁                            │
           └┬──────┬──────┬──────┬┘             └──────┬──────┬──────┬───────┬─┘
            0      20     40     60                    5      10     15      20
                  iteration                                    t
         accuracy: RNN 66% · LSTM 100% (chance 50%)
         ‖∂L/∂h_1‖/‖∂L/∂h_21‖: RNN 1.95e-05 · LSTM 0.00388
        """
        #expect(rendered(.en) == expected)
    }
}

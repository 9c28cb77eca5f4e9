import Charts
import LessonKit
import Testing
@testable import BiasVarianceLesson

/// The normalization cell (no randomness: a fixed data set) as exact text at 80×24 in Chinese
/// and in English after 80 gradient-descent steps at lr 0.01, and switching language keeps
/// the cells' state.
@Suite struct BiasVarianceChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = NormalizationCell()
        for _ in 0..<40 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func normalizationCellInChinese() {
        let expected = """
        w2               原始特征               w2                 归一化
           ┌──────────────────────────────────┐     ┌──────────────────────────────────┐
           │  ⠈⠉⠉⠙⠒⠒⠦⠤⣄⣀⣀      ⠈⠉⠙⠒⠲⠤⢤⣀⣀      │     │  ⡔⠁   ⡠⠊⠁          ⠙⢦⡀   ⠹⡄   ⢹⡀ │
           │⠒⠲⠤⠤⢤⣀⣀⡀    ⠈⠉⠙⠒⠒⠦⠤⣄⣀⡀     ⠈⠉⠓⠒⠦⠤⣄│    2┤⢀⠎   ⢀⠎    ⣀⠤⠒⠒⠒⠦⣄⡀   ⠙⣆   ⠹⡄   ⢧ │
           │       ⠉⠉⠙⠒⠒⠦⠤⣄⣀⣀    ⠉⠉⠓⠲⠤⢤⣀⣀     │     │⡜   ⢠⠃   ⡠⠊  ⣀⢤⣀⡀ ⠙⣆   ⠘⡆   ⢳   ⢸⡀│
          1┤⠉⠉⠓⠒⠒⠲⠤⠤⢤⣀⣀⡀    ⠈⠉⠙⠒⠲⠤⢤⣀⡀   ⠈⠉⠓⠒⠦⠤│     │⠃   ⡎   ⢰⠁ ⡠⠊ ⣀⡀⠙⣆ ⠘⡆   ⢳   ⢸    ⡇│
           │           ⠉⠉⠙⠒⠲⠤⠤⣄⣀⡀   ⠉⠉⠓⠲⠤⢤⣀⡀  │  1.5┤    ⡇   ⣇  ⡇ ⢮⣀⠇ ⡸  ⡇   ⢸   ⢸    ⡇│
           │⠊⠉⠉⠉⠉⠓⠒⠒⠒⠲⠤⠤⢤⣀⣀⡀    ⠉⠙⠒⠲⠤⣄⣀⡀   ⠉⠙⠒│     │⡀   ⡇   ⠸⡄ ⠹⢤⣀⣀⣀⠴⠁ ⡰⠁   ⡇   ⡸   ⢰⠁│
           │      ⢀⡠⠤⠤⠤⠤⣄⣀⣀⡉⠉⠓⠒⠦⠤⣄⣀    ⠉⠙⠒⠦⢤⣀⡀│     │⣇   ⠹⡄   ⠙⢦⡀     ⣀⠔⠁   ⡸   ⢀⠇   ⡜ │
           │⢤⣀  •●⠳⣄      ⣀⣉⣉⠓⠒⠦⢤⣀⡈⠉⠓⠲⠤⣄⡀    ⠉│    1┤⠘⡆   ⠹⣄    ⠉⠙⠒⠒⠊⠉    ⢀⠜   ⢀⠎   ⢰⠁ │
        0.5┤ ⠈⠙⠲•⣄⡀⠈⠙⠒⠦⣄⣀⠈⠓⠦⢬⣉⣙⣲⡄ ⠉⠙⠲⢤⣀ ⠉⠙⠲⢤⣀ │     │ ⠙⣆   ⠈⠳⢤⣀•●      ⢀⡠⠔⠁   ⢠⠊   ⢠⠃  │
           │⣄⣀  • ⠉⠙⠒⠦⢤⣀⡈⠉⠓⠒⠦⠤⣄⣀⣀⡀    ⠈⢳    ⠈⠉│     │  ⠈⠳⣄    ••⠒⠒⠒⠒⠒⠒⠊⠁    ⢀⠔⠁   ⡰⠁   │
           │ ⠈⠉⠓⡷⠤⣄⣀⡀   ⠉⠉⠓⠒⠦⠤⣄⣀⣀⠉⠉⠉⠉⠉⠉⠁      │  0.5┤⣄   ⠈⠓⢦⣀ •          ⣀⠤⠊⠁   ⢀⠎    ⢀│
           │⠲⠤⣄⣀•   ⠉⠙⠒⠲⠤⣄⣀⡀    ⠈⠉⠉⠙⠒⠒⠒⠲⠤⠤⠤⠤⠤⠤│     │⠈⠳⣄    ⠈••⠒⠦⠤⠤⠤⠤⠔⠒⠊⠉     ⡠⠒⠁    ⡠⠃│
           │   ⠈⡏⠙⠒⠦⠤⣄⣀    ⠉⠉⠓⠒⠲⠤⠤⣄⣀⣀         │     │  ⠈⠙⠦⣄⡀••            ⣀⡠⠔⠉     ⡠⠊  │
          0┤⠉⠓⠒⠦•⣀⣀   ⠈⠉⠙⠒⠲⠤⢤⣀⣀⡀    ⠈⠉⠉⠓⠒⠒⠲⠤⠤⠤│    0┤      ⠉•⠒⠦⠤⠤⠤⠤⠤⠤⠤⠤⠒⠒⠉      ⢀⡠⠊    │
           │⡀     ⠈⠉⠙⠒⠦⠤⣄⣀⡀    ⠉⠉⠓⠒⠲⠤⠤⣄⣀⣀     │     │⠓⠦⣄⡀                    ⣀⠤⠒⠁      │
           │⠉⠉⠓⠒⠦⢤⣀⣀      ⠉⠉⠓⠒⠲⠤⢤⣀⣀     ⠈⠉⠉⠙⠒⠒│     │   ⠉⠓⠦⢤⣀⣀         ⢀⣀⡠⠤⠒⠉          │
           │       ⠈⠉⠙⠒⠲⠤⢤        ⠈⠉⠉⠓⠒⠲⠤⠤⡄   │ -0.5┤        ⠈⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁               │
           └────┬─────┬──────┬─────┬─────┬────┘     └───────┬───────────┬───────────┬──┘
                0     1      2     3     4                  0           1           2
                            w1                                       w1
         原始：κ = 217，lr < 0.0589 才稳定，第 80 步
         归一化：κ = 1.08，lr < 1.92 才稳定，第 80 步
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func normalizationCellInEnglish() {
        let expected = """
        w2             raw features             w2               normalized
           ┌──────────────────────────────────┐     ┌──────────────────────────────────┐
           │  ⠈⠉⠉⠙⠒⠒⠦⠤⣄⣀⣀      ⠈⠉⠙⠒⠲⠤⢤⣀⣀      │     │  ⡔⠁   ⡠⠊⠁          ⠙⢦⡀   ⠹⡄   ⢹⡀ │
           │⠒⠲⠤⠤⢤⣀⣀⡀    ⠈⠉⠙⠒⠒⠦⠤⣄⣀⡀     ⠈⠉⠓⠒⠦⠤⣄│    2┤⢀⠎   ⢀⠎    ⣀⠤⠒⠒⠒⠦⣄⡀   ⠙⣆   ⠹⡄   ⢧ │
           │       ⠉⠉⠙⠒⠒⠦⠤⣄⣀⣀    ⠉⠉⠓⠲⠤⢤⣀⣀     │     │⡜   ⢠⠃   ⡠⠊  ⣀⢤⣀⡀ ⠙⣆   ⠘⡆   ⢳   ⢸⡀│
          1┤⠉⠉⠓⠒⠒⠲⠤⠤⢤⣀⣀⡀    ⠈⠉⠙⠒⠲⠤⢤⣀⡀   ⠈⠉⠓⠒⠦⠤│     │⠃   ⡎   ⢰⠁ ⡠⠊ ⣀⡀⠙⣆ ⠘⡆   ⢳   ⢸    ⡇│
           │           ⠉⠉⠙⠒⠲⠤⠤⣄⣀⡀   ⠉⠉⠓⠲⠤⢤⣀⡀  │  1.5┤    ⡇   ⣇  ⡇ ⢮⣀⠇ ⡸  ⡇   ⢸   ⢸    ⡇│
           │⠊⠉⠉⠉⠉⠓⠒⠒⠒⠲⠤⠤⢤⣀⣀⡀    ⠉⠙⠒⠲⠤⣄⣀⡀   ⠉⠙⠒│     │⡀   ⡇   ⠸⡄ ⠹⢤⣀⣀⣀⠴⠁ ⡰⠁   ⡇   ⡸   ⢰⠁│
           │      ⢀⡠⠤⠤⠤⠤⣄⣀⣀⡉⠉⠓⠒⠦⠤⣄⣀    ⠉⠙⠒⠦⢤⣀⡀│     │⣇   ⠹⡄   ⠙⢦⡀     ⣀⠔⠁   ⡸   ⢀⠇   ⡜ │
           │⢤⣀  •●⠳⣄      ⣀⣉⣉⠓⠒⠦⢤⣀⡈⠉⠓⠲⠤⣄⡀    ⠉│    1┤⠘⡆   ⠹⣄    ⠉⠙⠒⠒⠊⠉    ⢀⠜   ⢀⠎   ⢰⠁ │
        0.5┤ ⠈⠙⠲•⣄⡀⠈⠙⠒⠦⣄⣀⠈⠓⠦⢬⣉⣙⣲⡄ ⠉⠙⠲⢤⣀ ⠉⠙⠲⢤⣀ │     │ ⠙⣆   ⠈⠳⢤⣀•●      ⢀⡠⠔⠁   ⢠⠊   ⢠⠃  │
           │⣄⣀  • ⠉⠙⠒⠦⢤⣀⡈⠉⠓⠒⠦⠤⣄⣀⣀⡀    ⠈⢳    ⠈⠉│     │  ⠈⠳⣄    ••⠒⠒⠒⠒⠒⠒⠊⠁    ⢀⠔⠁   ⡰⠁   │
           │ ⠈⠉⠓⡷⠤⣄⣀⡀   ⠉⠉⠓⠒⠦⠤⣄⣀⣀⠉⠉⠉⠉⠉⠉⠁      │  0.5┤⣄   ⠈⠓⢦⣀ •          ⣀⠤⠊⠁   ⢀⠎    ⢀│
           │⠲⠤⣄⣀•   ⠉⠙⠒⠲⠤⣄⣀⡀    ⠈⠉⠉⠙⠒⠒⠒⠲⠤⠤⠤⠤⠤⠤│     │⠈⠳⣄    ⠈••⠒⠦⠤⠤⠤⠤⠔⠒⠊⠉     ⡠⠒⠁    ⡠⠃│
           │   ⠈⡏⠙⠒⠦⠤⣄⣀    ⠉⠉⠓⠒⠲⠤⠤⣄⣀⣀         │     │  ⠈⠙⠦⣄⡀••            ⣀⡠⠔⠉     ⡠⠊  │
          0┤⠉⠓⠒⠦•⣀⣀   ⠈⠉⠙⠒⠲⠤⢤⣀⣀⡀    ⠈⠉⠉⠓⠒⠒⠲⠤⠤⠤│    0┤      ⠉•⠒⠦⠤⠤⠤⠤⠤⠤⠤⠤⠒⠒⠉      ⢀⡠⠊    │
           │⡀     ⠈⠉⠙⠒⠦⠤⣄⣀⡀    ⠉⠉⠓⠒⠲⠤⠤⣄⣀⣀     │     │⠓⠦⣄⡀                    ⣀⠤⠒⠁      │
           │⠉⠉⠓⠒⠦⢤⣀⣀      ⠉⠉⠓⠒⠲⠤⢤⣀⣀     ⠈⠉⠉⠙⠒⠒│     │   ⠉⠓⠦⢤⣀⣀         ⢀⣀⡠⠤⠒⠉          │
           │       ⠈⠉⠙⠒⠲⠤⢤        ⠈⠉⠉⠓⠒⠲⠤⠤⡄   │ -0.5┤        ⠈⠉⠉⠉⠉⠉⠉⠉⠉⠉⠁               │
           └────┬─────┬──────┬─────┬─────┬────┘     └───────┬───────────┬───────────┬──┘
                0     1      2     3     4                  0           1           2
                            w1                                       w1
         raw: κ = 217, stable lr < 0.0589, step 80
         normalized: κ = 1.08, stable lr < 1.92, step 80
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsTheCellsState() throws {
        let pages = BiasVarianceLesson().makePages(context: LessonContext())
        let cell = try #require(pages[1].cell)
        cell.setKnob("units", to: 8)
        cell.step()
        let en = Language.$override.withValue(.en) { (pages[1].title, cell.knobs.map(\.label), cell.status) }
        let zh = Language.$override.withValue(.zh) { (pages[1].title, cell.knobs.map(\.label), cell.status) }
        #expect(en.0 == "Bias and variance" && zh.0 == "偏差与方差")
        #expect(en.1 == ["data set", "hidden units", "training points", "flipped labels", "weight decay λ", "epochs", "narrow screen shows"])
        #expect(zh.1 == ["数据集", "隐藏层神经元数", "训练点数", "翻转的标签比例", "权重衰减 λ", "轮数", "窄屏时显示"])
        #expect(en.2 == "epoch 10 / 600" && zh.2 == "第 10 / 600 轮")
        #expect(cell.knobs[1].value == 8)
    }
}

import Charts
import LessonKit
import NumericCore
import Testing
@testable import EmbeddingsLesson

/// Exact 80×24 text of the embeddings lesson's new states in English and Chinese: the triplet
/// page at `dim` = 8 after 100 iterations (the scatter on the top two principal directions),
/// and the texture synthesis page after 100 iterations (seed 1 for both, synthetic digits).
@Suite struct EmbeddingsNewPagesSnapshotTests {
    static let data = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1000, test: 500), seed: 1)

    func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    func triplet8(_ language: Language) -> String {
        let cell = TripletCell(run: EmbeddingRun(data: Self.data, seed: 1))
        cell.setKnob("dim", to: 1)
        for _ in 0..<10 { cell.step() }
        return trimmed(Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text })
    }

    func texture(_ language: Language) -> String {
        let cell = TextureCell(run: TextureRun(seed: LessonContext().seed))
        for _ in 0..<10 { cell.step() }
        return trimmed(Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text })
    }

    @Test func tripletAtEightDimensionsInEnglish() {
        let expected = """
             held-out digits (PCA to 2-D)               triplet loss per iteration
            ┌─────────────────────────────┐        ┌───────────────────────────────────┐
            │                             │ ● 0    │⢠                                  │
            │                             │ ■ 1 0.3┤⢸                                  │
            │                             │ ▲ 2    │⢸                                  │
           1┤                             │ ◆ 3    │⢸                                  │
            │                             │ ✚ 4    │⢸                                  │
            │         ✚          ■■■      │        │⢸                                  │
         0.5┤     ✚✚        ■   ■ ■■■     │     0.2┤⢸                                  │
            │    ✚✚✚✚✚   ✚      ■■ ■■■    │        │ ⡇                                 │
            │    ✚✚✚    ●      ■▲  ■      │        │ ⢣                                 │
           0┤    ✚✚ ✚ ✚    ▲ ■◆   ◆■■     │        │ ⢸                                 │
            │     ✚✚        ◆◆ ◆◆■▲▲■     │        │ ⢸      ⢠                          │
        -0.5┤       ●●●   ◆◆◆◆◆◆◆▲▲▲      │     0.1┤ ⢸  ⡀ ⢀ ⢸                          │
            │       ●●●●●●▲  ◆◆ ▲▲▲       │        │ ⠘⡤⣴⡇ ⢸⢸⡜⡇                         │
            │         ●●    ●▲▲▲▲▲        │        │   ⣿⡇⡄⢸⣼⡇⡇⡄⢰⣆⡇⡀  ⣀                 │
          -1┤                             │        │   ⢸⣿⡿⣼⠟⠇⢇⣇⠞⡟⢱⣇⣄⢀⣿ ⡄          ⢠    │
            │                             │        │    ⠙ ⡏  ⠈⢹ ⠁⢸⠿⠉⠙⣿⢸⣇⣀⢄ ⡀⣀ ⢰   ⣾ ⣇ ⡰│
            │                             │       0┤                 ⠸⠺⠈⠙⠸⡼⠹⡟⠶⠟⣶⠜⣶⡿⢤⠻⡠⡇│
            │                             │        └┬──────┬──────┬─────┬──────┬──────┬┘
            └──┬───────────┬───────────┬──┘         0      20     40    60     80    100
               -1          0           1                         iteration
         loss 0.0273 · active triplets 7.5%
         held-out triplets within the margin: 92.1%
        """
        #expect(triplet8(.en) == expected)
    }

    @Test func tripletAtEightDimensionsInChinese() {
        let expected = """
             留出的数字（PCA 投影到 2 维）                 每次迭代的三元组损失
            ┌─────────────────────────────┐        ┌───────────────────────────────────┐
            │                             │ ● 0    │⢠                                  │
            │                             │ ■ 1 0.3┤⢸                                  │
            │                             │ ▲ 2    │⢸                                  │
           1┤                             │ ◆ 3    │⢸                                  │
            │                             │ ✚ 4    │⢸                                  │
            │         ✚          ■■■      │        │⢸                                  │
         0.5┤     ✚✚        ■   ■ ■■■     │     0.2┤⢸                                  │
            │    ✚✚✚✚✚   ✚      ■■ ■■■    │        │ ⡇                                 │
            │    ✚✚✚    ●      ■▲  ■      │        │ ⢣                                 │
           0┤    ✚✚ ✚ ✚    ▲ ■◆   ◆■■     │        │ ⢸                                 │
            │     ✚✚        ◆◆ ◆◆■▲▲■     │        │ ⢸      ⢠                          │
        -0.5┤       ●●●   ◆◆◆◆◆◆◆▲▲▲      │     0.1┤ ⢸  ⡀ ⢀ ⢸                          │
            │       ●●●●●●▲  ◆◆ ▲▲▲       │        │ ⠘⡤⣴⡇ ⢸⢸⡜⡇                         │
            │         ●●    ●▲▲▲▲▲        │        │   ⣿⡇⡄⢸⣼⡇⡇⡄⢰⣆⡇⡀  ⣀                 │
          -1┤                             │        │   ⢸⣿⡿⣼⠟⠇⢇⣇⠞⡟⢱⣇⣄⢀⣿ ⡄          ⢠    │
            │                             │        │    ⠙ ⡏  ⠈⢹ ⠁⢸⠿⠉⠙⣿⢸⣇⣀⢄ ⡀⣀ ⢰   ⣾ ⣇ ⡰│
            │                             │       0┤                 ⠸⠺⠈⠙⠸⡼⠹⡟⠶⠟⣶⠜⣶⡿⢤⠻⡠⡇│
            │                             │        └┬──────┬──────┬─────┬──────┬──────┬┘
            └──┬───────────┬───────────┬──┘         0      20     40    60     80    100
               -1          0           1                           迭代
         损失 0.0273 · 起作用的三元组 7.5%
         满足间隔的留出三元组：92.1%
        """
        #expect(triplet8(.zh) == expected)
    }

    @Test func textureSynthesisInEnglish() {
        let expected = """
        target T                           texture loss E per iteration (log)
        ████████████████        ┌──────────────────────────────────────────────────────┐
        ████████████████   0.001┤⠈⢆                                                    │
        ████████████████        │  ⠑⢄⡀                                                 │
        ████████████████        │    ⠈⠢⡀                                               │
        ████████████████        │      ⠈⠒⢄                                             │
        ████████████████        │         ⠑⠢⡀                                          │
        ████████████████        │           ⠈⠑⢄⡀                                       │
        ████████████████        │              ⠈⠒⢄⡀                                    │
                                │                 ⠈⠒⢄                                  │
                                │                    ⠉⠢⢄⡀                              │
        image X                 │                       ⠈⠑⠢⣀⡀                          │
        ▀▀▀▀▀▀▀▀▀▀█▀▀▀▀▀        │                           ⠈⠑⠢⢄⣀                      │
        ▀▀▀▀▀█▀▀▀▀▀▀▀▀▀▀        │                                ⠉⠑⠢⠤⢄⣀                │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        │                                      ⠉⠑⠒⠢⠤⣀⣀         │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        │                                             ⠉⠑⠒⠢⠤⢄⣀⡀ │
        ▀▀█▀▀█▀▀▀▀▀▀▀▀▀▀        │                                                    ⠈⠉│
        ▀▀▀▀▀█▀▀▀▀▀▀▀▀▀▀        │                                                      │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀    1e-4┤                                                      │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        └┬─────────┬──────────┬──────────┬──────────┬─────────┬┘
                                 0         20         40         60         80       100
                                                       iteration
         texture loss E = 0.000146 (start 0.000986)
         X vs T pixel by pixel: mean (X−T)² = 0.28
        """
        #expect(texture(.en) == expected)
    }

    @Test func textureSynthesisInChinese() {
        let expected = """
        目标 T                               每次迭代的纹理损失 E（对数轴）
        ████████████████        ┌──────────────────────────────────────────────────────┐
        ████████████████   0.001┤⠈⢆                                                    │
        ████████████████        │  ⠑⢄⡀                                                 │
        ████████████████        │    ⠈⠢⡀                                               │
        ████████████████        │      ⠈⠒⢄                                             │
        ████████████████        │         ⠑⠢⡀                                          │
        ████████████████        │           ⠈⠑⢄⡀                                       │
        ████████████████        │              ⠈⠒⢄⡀                                    │
                                │                 ⠈⠒⢄                                  │
                                │                    ⠉⠢⢄⡀                              │
        图像 X                  │                       ⠈⠑⠢⣀⡀                          │
        ▀▀▀▀▀▀▀▀▀▀█▀▀▀▀▀        │                           ⠈⠑⠢⢄⣀                      │
        ▀▀▀▀▀█▀▀▀▀▀▀▀▀▀▀        │                                ⠉⠑⠢⠤⢄⣀                │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        │                                      ⠉⠑⠒⠢⠤⣀⣀         │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        │                                             ⠉⠑⠒⠢⠤⢄⣀⡀ │
        ▀▀█▀▀█▀▀▀▀▀▀▀▀▀▀        │                                                    ⠈⠉│
        ▀▀▀▀▀█▀▀▀▀▀▀▀▀▀▀        │                                                      │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀    1e-4┤                                                      │
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀        └┬─────────┬──────────┬──────────┬──────────┬─────────┬┘
                                 0         20         40         60         80       100
                                                          迭代
         纹理损失 E = 0.000146（开始时 0.000986）
         X 与 T 逐像素比较：(X−T)² 的均值 = 0.28
        """
        #expect(texture(.zh) == expected)
    }
}

import Charts
import LessonKit
import NumericCore
import Testing
@testable import BatchNormLesson

/// The batchnorm lesson in Chinese and English (issue #11): the transform cell drawn at the
/// size it has at 80×24 (54×14) in both languages, exact text; the grid's and the pair's
/// words; switching language keeps the state.
@Suite struct BatchNormChineseTests {
    private func zh<T>(_ body: () -> T) -> T { Language.$override.withValue(.zh, operation: body) }
    private func en<T>(_ body: () -> T) -> T { Language.$override.withValue(.en, operation: body) }

    private func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// γ = 2, β = 1 on unit 3 of the first mini-batch (seed 1, 200 synthetic images).
    private func cell() -> TransformCell {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (200, 10), seed: 1)
        let cell = TransformCell(model: MiniBatchTransform(images: data.split.train.images, seed: 1))
        cell.setKnob("unit", to: 3)
        cell.setKnob("gamma", to: 2)
        cell.setKnob("beta", to: 1)
        return cell
    }

    @Test func transformCellInChinese() {
        let text = zh { cell().render(width: 54, height: 14, options: .standard).text }
        let expected = """
             归一化前 x        归一化后 x̂        y = γx̂ + β
          ┌──────────────┐  ┌──────────────┐  ┌──────────────┐
        20┤       ▅      │  │      ▄       │  │      ▄       │
          │       █      │30┤      █       │30┤      █       │
          │     ▄▁█      │  │      █       │  │      █       │
          │     ███      │20┤     ▃█▃      │20┤     ▃█▃      │
        10┤     ███ ▅█   │  │     ███      │  │     ███      │
          │    ▁███▄██   │10┤     ███▆     │10┤     ███▆     │
          │▄▁  ███████▄  │  │     ████     │  │     ████     │
         0┤██▃▆████████▆▆│ 0┤  ▇▇▇████▅▄   │ 0┤  ▇▇▇████▅▄   │
          └──┬───┬───┬───┘  └───────┬──────┘  └─┬────┬───┬───┘
             -5  0   5              0           -5   0   5
         神经元 3：μ_B = 1.23  σ²_B = 13.5  ε = 1e-6
         x̂：均值 0 标准差 1   y：均值 1 标准差 2
        """
        #expect(trimmed(text) == expected, "\(trimmed(text))")
        #expect(zh { cell().status } == "第 1 个小批量（100 张图像） · 空格键：下一个小批量")
    }

    @Test func transformCellInEnglish() {
        let text = en { cell().render(width: 54, height: 14, options: .standard).text }
        let expected = """
              x before        x̂ normalized       y = γx̂ + β
          ┌──────────────┐  ┌──────────────┐  ┌──────────────┐
        20┤       ▅      │  │      ▄       │  │      ▄       │
          │       █      │30┤      █       │30┤      █       │
          │     ▄▁█      │  │      █       │  │      █       │
          │     ███      │20┤     ▃█▃      │20┤     ▃█▃      │
        10┤     ███ ▅█   │  │     ███      │  │     ███      │
          │    ▁███▄██   │10┤     ███▆     │10┤     ███▆     │
          │▄▁  ███████▄  │  │     ████     │  │     ████     │
         0┤██▃▆████████▆▆│ 0┤  ▇▇▇████▅▄   │ 0┤  ▇▇▇████▅▄   │
          └──┬───┬───┬───┘  └───────┬──────┘  └─┬────┬───┬───┘
             -5  0   5              0           -5   0   5
         unit 3: μ_B = 1.23  σ²_B = 13.5  ε = 1e-6
         x̂: mean 0 std 1   y: mean 1 std 2
        """
        #expect(trimmed(text) == expected, "\(trimmed(text))")
        #expect(en { cell().status } == "batch 1 (100 images) · space: next mini-batch")
    }

    /// The same grid state reads in either language; the readout counts are the same.
    @Test func gridWordsFollowTheLanguage() {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (200, 10), seed: 1)
        let grid = GridCell(grid: ScaleGrid(images: data.split.train.images, labels: data.split.train.labels, seed: 1, epochs: 1),
                            source: DataSource(name: "synthetic digits", problem: nil))
        #expect(zh { grid.status } == "合成数字：32 个网络 × 1 轮，200 张图像，按空格键开始")
        grid.stepHeadless(1000)
        #expect(grid.isFinished)
        let l = grid.grid.learned()
        #expect(zh { grid.readout[1] } == "第 1/1 轮 · 训练精度 ≥ 50%：有 \(l.bn)/16，无 \(l.plain)/16")
        #expect(en { grid.readout[1] } == "epoch 1/1 · ≥ 50 % train: with BN \(l.bn)/16, without \(l.plain)/16")
        #expect(zh { grid.status } == "完成 · 迭代 32 / 32")
    }
}

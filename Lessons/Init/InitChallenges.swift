import Charts
import LessonKit

/// The init lesson's challenges and prediction, checked on the pages' live cells.
enum InitChallenges {
    /// Page 2: sigmoid, at least 5 layers, every layer spread (std ≥ 0.08) and hardly
    /// saturated (≤ 1 %). σ = 1 saturates, σ = 0.01 collapses to 0.5, Xavier passes
    /// (std ≈ 0.12 from layer 2 on).
    static let sigmoidSpread = Challenge(
        id: "sigmoid-spread",
        goal: Localized(en: "With sigmoid and at least 5 layers, keep every layer spread out (std ≥ 0.08) and at most 1 % saturated.",
                        zh: "用 sigmoid、至少 5 层，让每一层的激活值都散开（标准差 ≥ 0.08），饱和的不超过 1 %。"),
        hints: [Localized(en: "σ = 1 drives the sums far past ±5, where sigmoid is flat; σ = 0.01 leaves every unit near 0.5.",
                          zh: "σ = 1 让加权和远远超出 ±5，sigmoid 在那里是平的；σ = 0.01 让每个神经元都停在 0.5 附近。"),
                Localized(en: "Pick init = xavier: σ = √(1/100) = 0.1 keeps the variance of the sums near that of the inputs.",
                          zh: "选 init = xavier：σ = √(1/100) = 0.1，让加权和的方差与输入相近。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? HistogramCell else { return .wrongCell }
        let k = cell.knobValues
        guard k.activation == .sigmoid, k.depth >= 5 else {
            return ChallengeCheck(passed: false, progress: tr("pick sigmoid and at least 5 layers", "选 sigmoid，层数至少 5"))
        }
        let stats = cell.current.stats
        guard stats.count == k.depth else {
            return ChallengeCheck(passed: false, progress: tr("press space to compute the layers", "按空格键计算各层"))
        }
        let narrow = stats.map(\.std).min() ?? 0, saturated = stats.map(\.saturated).max() ?? 1
        let passed = narrow >= 0.08 && saturated <= 0.01
        return ChallengeCheck(passed: passed, progress: tr("smallest std \(number(narrow)), most saturated \(percent(saturated))",
                                                           "最小标准差 \(number(narrow))，最高饱和 \(percent(saturated))"))
    }

    /// Page 3: ReLU, 10 layers: the signal neither dies nor blows up (last layer's std in
    /// 0.1 … 10) and the gradient norms stay within ×10 of each other. He passes; Xavier
    /// halves the std every layer, σ = 0.01 kills it, σ = 1 blows it up.
    static let deepReLU = Challenge(
        id: "deep-relu",
        goal: Localized(en: "ReLU with 10 layers: keep layer 10's activation std between 0.1 and 10 and every gradient norm within ×10 of the others.",
                        zh: "ReLU、10 层：让第 10 层激活值的标准差保持在 0.1 到 10 之间，并让各层梯度范数彼此相差不超过 10 倍。"),
        hints: [Localized(en: "ReLU zeroes half of its inputs, so it keeps half of the variance: Xavier's σ shrinks the signal layer after layer.",
                          zh: "ReLU 把一半输入变成 0，只保留一半方差：用 Xavier 的 σ，信号会一层层缩小。"),
                Localized(en: "Pick init = he: σ = √(2/100) ≈ 0.14 doubles the variance back.",
                          zh: "选 init = he：σ = √(2/100) ≈ 0.14，把方差补回一倍。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? GradientCell else { return .wrongCell }
        let k = cell.knobValues
        guard k.activation == .relu, k.depth == 10 else {
            return ChallengeCheck(passed: false, progress: tr("pick relu and 10 layers", "选 relu 和 10 层"))
        }
        guard let spread = cell.spread, let last = cell.current.stats.last else {
            return ChallengeCheck(passed: false, progress: tr("press space to run the stack", "按空格键计算"))
        }
        let passed = last.std >= 0.1 && last.std <= 10 && spread <= 10
        return ChallengeCheck(passed: passed, progress: tr("layer 10 std \(number(last.std)), gradient max/min ×\(number(spread))",
                                                           "第 10 层标准差 \(number(last.std))，梯度最大/最小 ×\(number(spread))"))
    }

    /// Page 4: after at least 200 iterations He's smoothed loss is below std 0.01's by 0.5
    /// or more (std 0.01 stays near ln 10 ≈ 2.3 for hundreds of iterations at lr 0.01).
    static let heAhead = Challenge(
        id: "he-ahead",
        goal: Localized(en: "Train at least 200 iterations and get He's loss at least 0.5 below std 0.01's.",
                        zh: "训练至少 200 次迭代，让 He 的损失比 std 0.01 的低至少 0.5。"),
        hints: [Localized(en: "Press space and wait: with std 0.01 the signal dies in the deep layers and the loss stays near 2.3.",
                          zh: "按空格键等一等：std 0.01 时信号在深层消失，损失一直停在 2.3 附近。"),
                Localized(en: "If a net diverged, lower lr back to 0.01 and press r.", zh: "如果有网络发散，把 lr 调回 0.01 再按 r。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TrainingCell else { return .wrongCell }
        let runs = cell.race.runs
        guard runs.count == 3, let small = runs[0].smoothed.last, let he = runs[2].smoothed.last, runs[2].iteration >= 200 else {
            return ChallengeCheck(passed: false, progress: tr("iteration \(cell.race.clock) of at least 200", "第 \(cell.race.clock) 次迭代，至少需要 200 次"))
        }
        let gap = small - he
        return ChallengeCheck(passed: gap >= 0.5 && !runs[2].hasDiverged,
                              progress: tr("std 0.01 \(number(small)), He \(number(he)): gap \(number(gap))",
                                           "std 0.01 \(number(small))，He \(number(he))：相差 \(number(gap))"))
    }

    /// Page 1: with sigmoid and σ = 0.01, where do the last layer's activations gather?
    /// Known once that stack is computed: at 0 and 1 (mostly saturated), near 0.5 (std <
    /// 0.05), or spread.
    static let smallSigma = Prediction(
        id: "small-sigma",
        question: Localized(en: "Sigmoid with σ = 0.01: where do the last layer's activations gather?",
                            zh: "sigmoid、σ = 0.01：最后一层的激活值聚集在哪里？"),
        choices: [Localized(en: "at 0 and 1", zh: "0 和 1 两端"), Localized(en: "around 0.5", zh: "0.5 附近"),
                  Localized(en: "spread over (0, 1)", zh: "散布在 (0, 1) 上")],
        explanation: Localized(
            en: "With σ = 0.01 every weighted sum is tiny, so every sigmoid outputs about 0.5: the units all say the same thing (std ≈ 0.01), and the net might as well have one unit per layer.",
            zh: "σ = 0.01 时每个加权和都很小，所以每个 sigmoid 都输出约 0.5：所有神经元说的都一样（标准差约 0.01），每层就像只有一个神经元。")
    ) { cell in
        guard let cell = cell as? HistogramCell else { return nil }
        let k = cell.knobValues
        guard k.activation == .sigmoid, abs(k.effectiveSigma - 0.01) < 1e-9, cell.current.forwardDone,
              let last = cell.current.stats.last else { return nil }
        if last.saturated > 0.3 { return 0 }
        return last.std < 0.05 ? 1 : 2
    }

    private static func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }
}

import Charts
import LessonKit
import NumericCore

/// The rnn lesson's challenges and prediction: walk the unrolled net back to t = 1 with
/// T ≥ 6 (page 1), fit the sine (page 2), make the gradient reach back 32 steps without
/// vanishing or exploding (page 3), and "how much smaller is ‖∂L/∂h_1‖ at ρ = 0.5?".
enum RNNChallenges {
    /// Page 1: a walk all the way back through at least 6 steps.
    static let walkBack = Challenge(
        id: "walk-back",
        goal: Localized(en: "Unroll at least 6 time steps and walk forward and all the way back to t = 1.",
                        zh: "展开至少 6 个时间步，向前走完再一路反向走回 t = 1。"),
        hints: [
            Localized(en: "Each ∂L/∂h_t needs ∂L/∂h_{t+1} first: that is why the backward pass runs from the last step to the first.",
                      zh: "每个 ∂L/∂h_t 都要先有 ∂L/∂h_{t+1}：所以反向传播从最后一步走向第一步。"),
            Localized(en: "Set time steps T to 6, press r, then space until the walk ends.",
                      zh: "把时间步数 T 设为 6，按 r，再按空格键直到走完。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? UnrollCell else { return .wrongCell }
        let passed = cell.length >= 6 && cell.isFinished
        return ChallengeCheck(passed: passed, progress: tr("T = \(cell.length), step \(cell.position) of \(2 * cell.length)",
                                                           "T = \(cell.length)，第 \(cell.position) / \(2 * cell.length) 步"))
    }

    /// Page 2: the loss on the plotted sequence and the sequence length it must be reached at.
    static let fitLimit = 0.016
    static let fitLength = 24

    /// Page 2: T ≥ 24 and a loss under 0.016 on the plotted sequence (the defaults end near 0.02).
    static let fitSine = Challenge(
        id: "fit-sine",
        goal: Localized(en: "With sequences of at least 24 steps, bring the loss on the plotted sequence under 0.016.",
                        zh: "序列长度不少于 24 步时，让所画序列上的损失降到 0.016 以下。"),
        hints: [
            Localized(en: "At learning rate 0.05 the net is still improving when the 1500 iterations end: it needs bigger or more steps.",
                      zh: "学习率为 0.05 时，1500 次迭代结束时网络还在进步：它需要更大或更多的步子。"),
            Localized(en: "Raise the learning rate to about 0.3 and the iterations to 3000, press r, then space.",
                      zh: "把学习率调到 0.3 左右、迭代次数调到 3000，按 r，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SineCell else { return .wrongCell }
        let run = cell.run
        guard run.config.length >= fitLength else {
            return ChallengeCheck(passed: false, progress: tr("set the sequence length to 24 or more", "把序列长度调到 24 或以上"))
        }
        guard run.iteration > 0, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        return ChallengeCheck(passed: run.evaluationLoss < fitLimit,
                              progress: tr("loss \(RNNKnobs.number(run.evaluationLoss)) (need < 0.016)",
                                           "损失 \(RNNKnobs.number(run.evaluationLoss))（需 < 0.016）"))
    }

    /// Page 3: 32 steps back, ‖∂L/∂h_1‖ / ‖∂L/∂h_32‖ between 0.01 and 100.
    static let reachBack = Challenge(
        id: "reach-back",
        goal: Localized(en: "With 32 or more steps back, make ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ land between 0.01 and 100: neither vanishing nor exploding.",
                        zh: "回溯 32 步或更多时，让 ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ 落在 0.01 到 100 之间：既不消失也不爆炸。"),
        hints: [
            Localized(en: "Each step back multiplies the gradient by W_hhᵀ and by tanh′ ≤ 1: with ρ below 1 it shrinks every step.",
                      zh: "每往回一步，梯度都要乘以 W_hhᵀ 和不超过 1 的 tanh′：ρ 小于 1 时它每一步都在变小。"),
            Localized(en: "Raise the spectral radius ρ to about 1.1.", zh: "把谱半径 ρ 调到 1.1 左右。"),
        ]
    ) { cell in
        guard let cell = cell as? GradientCell else { return .wrongCell }
        let run = cell.run, r = run.reachRatio
        guard run.config.length >= 32 else {
            return ChallengeCheck(passed: false, progress: tr("set steps back T to 32 or more", "把回溯步数 T 调到 32 或以上"))
        }
        return ChallengeCheck(passed: r.isFinite && r >= 0.01 && r <= 100,
                              progress: tr("ratio \(RNNKnobs.number(r)) at ρ = \(RNNKnobs.number(run.config.radius))",
                                           "ρ = \(RNNKnobs.number(run.config.radius)) 时比值为 \(RNNKnobs.number(r))"))
    }

    /// Page 3: at ρ = 0.5 over 32 steps, how much smaller is ‖∂L/∂h_1‖ than ‖∂L/∂h_32‖?
    static let howSmall = Prediction(
        id: "how-small",
        question: Localized(en: "ρ = 0.5, 32 steps: how much smaller than ‖∂L/∂h_32‖ is ‖∂L/∂h_1‖?",
                            zh: "ρ = 0.5，32 步：‖∂L/∂h_1‖ 比 ‖∂L/∂h_32‖ 小多少？"),
        choices: [Localized(en: "about 2 times (one factor of ρ)", zh: "大约 2 倍（一个 ρ 因子）"),
                  Localized(en: "about 32 times (one factor per step, added up)", zh: "大约 32 倍（每步一个因子，加起来）"),
                  Localized(en: "a billion times or more (ρ multiplied 31 times)", zh: "十亿倍甚至更多（ρ 连乘 31 次）")],
        explanation: Localized(en: "The factors multiply: 0.5³¹ is about 5·10⁻¹⁰, and tanh′ ≤ 1 only shrinks it further. That is the vanishing gradient.",
                               zh: "这些因子是相乘的：0.5³¹ 约为 5·10⁻¹⁰，而 tanh′ ≤ 1 只会让它更小。这就是梯度消失。")
    ) { cell in
        guard let cell = cell as? GradientCell, cell.run.config.radius <= 0.5, cell.run.config.length >= 32 else { return nil }
        return cell.run.reachRatio < 1e-9 ? 2 : nil
    }
}

/// Page 4 (the gated cell): the LSTM remembers across 20 or more steps, the vanilla RNN only
/// across a short delay, and "whose gradient reaches step 1?".
extension RNNChallenges {
    /// Page 4: the accuracy both challenges ask for, on the evaluation sequences.
    static let echoTarget = 0.95
    static let echoDelay = 20

    /// Page 4: the LSTM at ≥ 95 % with T ≥ 20.
    static let lstmRemembers = Challenge(
        id: "lstm-remembers",
        goal: Localized(en: "With a delay T of at least 20 steps, get the LSTM to 95% accuracy or more.",
                        zh: "延迟 T 不少于 20 步时，让 LSTM 的精度达到 95% 或更高。"),
        hints: [
            Localized(en: "The LSTM needs a few hundred iterations with a learning rate near 0.01; too small a rate runs out of iterations first.",
                      zh: "LSTM 需要几百次迭代，学习率在 0.01 左右；学习率太小，迭代次数先用完了。"),
            Localized(en: "Keep T = 20, hidden size 16 and learning rate 0.01, press r, then space and wait.",
                      zh: "保持 T = 20、隐藏单元数 16、学习率 0.01，按 r，再按空格键等待。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? GatedCell else { return .wrongCell }
        let run = cell.run, a = run.lstmTrack.accuracy
        guard run.config.delay >= echoDelay else {
            return ChallengeCheck(passed: false, progress: tr("set the delay T to 20 or more", "把延迟 T 调到 20 或以上"))
        }
        guard run.iteration > 0, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        return ChallengeCheck(passed: a >= echoTarget,
                              progress: tr("LSTM \(GatedCell.percent(a)) at T = \(run.config.delay) (need ≥ 95%)",
                                           "T = \(run.config.delay) 时 LSTM 为 \(GatedCell.percent(a))（需 ≥ 95%）"))
    }

    /// Page 4: the vanilla RNN at ≥ 95 % (at any delay).
    static let rnnShortDelay = Challenge(
        id: "rnn-short-delay",
        goal: Localized(en: "Find a delay short enough for the vanilla RNN to reach 95% accuracy too.",
                        zh: "找一个足够短的延迟，让普通 RNN 的精度也达到 95%。"),
        hints: [
            Localized(en: "Its gradient shrinks with every step back (the RNN curve on the right): fewer steps, less shrinking.",
                      zh: "它的梯度每往回一步就缩小一次（右图中 RNN 的曲线）：步数越少，缩得越少。"),
            Localized(en: "Lower the delay T to 4, press r, then space.", zh: "把延迟 T 调到 4，按 r，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? GatedCell else { return .wrongCell }
        let run = cell.run, a = run.rnnTrack.accuracy
        guard run.iteration > 0, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        return ChallengeCheck(passed: a >= echoTarget,
                              progress: tr("RNN \(GatedCell.percent(a)) at T = \(run.config.delay) (need ≥ 95%)",
                                           "T = \(run.config.delay) 时 RNN 为 \(GatedCell.percent(a))（需 ≥ 95%）"))
    }

    /// Iterations after which the prediction's answer is read off the profiles.
    static let reachIterations = 200

    /// Page 4: after training at T ≥ 10, whose ‖∂L/∂h_1‖ / ‖∂L/∂h_{T+1}‖ is larger (by 3 times or
    /// more; closer than that is "about the same")?
    static let whichReachesBack = Prediction(
        id: "which-reaches-back",
        question: Localized(en: "After 200 iterations at T = 20: whose gradient at t = 1 (relative to the last step) is larger?",
                            zh: "在 T = 20 下训练 200 次迭代后：谁在 t = 1 处的梯度（相对于最后一步）更大？"),
        choices: [Localized(en: "the vanilla RNN's", zh: "普通 RNN 的"),
                  Localized(en: "the LSTM's", zh: "LSTM 的"),
                  Localized(en: "about the same", zh: "差不多")],
        explanation: Localized(en: "Along the cell path the gradient is only multiplied by the forget gate f at each step, and the LSTM learns to keep f near 1; the RNN's is multiplied by W_hhᵀ and tanh′ at every step and fades.",
                               zh: "沿着记忆单元这条路，梯度每一步只乘以遗忘门 f，而 LSTM 学会了让 f 接近 1；RNN 的梯度每一步都要乘以 W_hhᵀ 和 tanh′，于是逐渐消失。")
    ) { cell in
        guard let cell = cell as? GatedCell, cell.run.config.delay >= 10, !cell.run.stopped,
              cell.run.iteration >= reachIterations else { return nil }
        let r = GatedRun.reach(cell.run.rnnTrack.hiddenProfile), l = GatedRun.reach(cell.run.lstmTrack.hiddenProfile)
        guard r.isFinite, l.isFinite, r > 0, l > 0 else { return nil }
        if l > 3 * r { return 1 }
        if r > 3 * l { return 0 }
        return 2
    }
}

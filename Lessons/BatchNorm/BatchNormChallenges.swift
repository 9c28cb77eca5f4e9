import Charts
import LessonKit
import NumericCore

/// The batchnorm lesson's challenges and prediction, each checked on its page's cell:
/// set γ and β to give the unit mean 1 and std 2 (page 1), make the running variance catch
/// up within 10 batches (page 2), how many scales learn without batch norm (page 3), and
/// find a σ at which the net without batch norm learns too (page 4).
enum BatchNormChallenges {
    static let ids = ["shift-and-scale", "running-caught-up", "plain-learns"]

    /// Page 1: y's mean within 0.05 of 1 and its standard deviation within 0.05 of 2.
    static let shiftAndScale = Challenge(
        id: "shift-and-scale",
        goal: Localized(en: "Make the unit come out of batch norm with mean 1 and standard deviation 2.",
                        zh: "让这个神经元经过批归一化后的输出均值为 1、标准差为 2。"),
        hints: [
            Localized(en: "x̂ always has mean 0 and std 1; y = γx̂ + β. Which knob moves the mean, which stretches?",
                      zh: "x̂ 的均值总是 0、标准差总是 1；y = γx̂ + β。哪个旋钮移动均值，哪个负责拉伸？"),
            Localized(en: "Set scale γ to 2 and shift β to 1.", zh: "把缩放 γ 设为 2，平移 β 设为 1。"),
        ]
    ) { cell in
        guard let cell = cell as? TransformCell else { return .wrongCell }
        let y = cell.model.after
        let mean = Format.mean(y), std = Format.std(y)
        let passed = abs(mean - 1) < 0.05 && abs(std - 2) < 0.05
        return ChallengeCheck(passed: passed, progress: tr("y: mean \(Format.num(mean)), std \(Format.num(std))",
                                                           "y：均值 \(Format.num(mean))，标准差 \(Format.num(std))"))
    }

    /// The batch at which page 2's challenge looks, and how close the running variance must be.
    static let catchUpBatch = 10
    static let catchUpTolerance = 0.2

    /// Page 2: by training batch 10, the running variance within 20 % of the mean of the
    /// batch variances seen so far.
    static let runningCaughtUp = Challenge(
        id: "running-caught-up",
        goal: Localized(en: "Make the running variance come within 20 % of the batches' variance by batch 10.",
                        zh: "让移动平均的方差在第 10 个小批量时与各批方差的平均相差不到 20%。"),
        hints: [
            Localized(en: "The running average keeps the fraction momentum of its old value each batch, and it starts at 0.",
                      zh: "移动平均每个小批量保留旧值的 momentum 倍，而且从 0 开始。"),
            Localized(en: "Lower momentum to 0.5, press r, then play 10 batches: 0.5¹⁰ is about 0.001, 0.9¹⁰ about 0.35.",
                      zh: "把动量调到 0.5，按 r，再运行 10 个小批量：0.5¹⁰ 约为 0.001，0.9¹⁰ 约为 0.35。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? RunningCell else { return .wrongCell }
        let trace = cell.model.trace
        guard let at = trace.firstIndex(where: { $0.batch >= catchUpBatch }) else {
            return ChallengeCheck(passed: false, progress: tr("\(trace.count) of \(catchUpBatch) training batches: press space",
                                                               "已训练 \(trace.count) / \(catchUpBatch) 个小批量：按空格键"))
        }
        let seen = trace[...at].map(\.variance)
        let target = seen.reduce(0, +) / Double(seen.count)
        let off = target > 0 ? abs(trace[at].runningVariance - target) / target : 1
        let percent = NumberText.format((100 * off).rounded(), digits: 3)
        return ChallengeCheck(passed: off < catchUpTolerance,
                              progress: tr("batch \(trace[at].batch): running variance \(percent) % off", "第 \(trace[at].batch) 个小批量：移动平均方差偏差 \(percent)%"))
    }

    /// Page 4: the net without batch norm at ≥ 80 % train accuracy within 20 epochs.
    static let plainTarget = 0.8
    static let plainEpochs = 20
    static let plainLearns = Challenge(
        id: "plain-learns",
        goal: Localized(en: "Find an init scale σ at which the net without batch norm also reaches 80 % train accuracy within 20 epochs.",
                        zh: "找一个初始值尺度 σ，让没有批归一化的网络也在 20 轮内达到 80% 的训练精度。"),
        hints: [
            Localized(en: "σ = 0.01 is far too small for 5 layers: the signal fades. He's init for 100 inputs is √(2/100) ≈ 0.14.",
                      zh: "对 5 层来说 σ = 0.01 太小了：信号会逐渐消失。100 个输入的 He 初始值是 √(2/100) ≈ 0.14。"),
            Localized(en: "Set init scale σ to about 0.2 (between 0.16 and 0.5), then press space.",
                      zh: "把初始值尺度 σ 设为 0.2 左右（0.16 到 0.5 之间），再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? PairCell else { return .wrongCell }
        let seen = cell.pair.plain.accuracies.filter { $0.epoch <= plainEpochs && $0.epoch > 0 }
        guard let best = seen.map(\.accuracy).max() else {
            return ChallengeCheck(passed: false, progress: tr("no epoch yet: press space", "还没有完成一轮：按空格键"))
        }
        let sigma = ScalePair.short(cell.pair.sigma)
        return ChallengeCheck(passed: best >= plainTarget,
                              progress: tr("σ = \(sigma): best without batch norm \(Format.percent(best))",
                                           "σ = \(sigma)：无批归一化最佳 \(Format.percent(best))"))
    }

    /// Page 3: at how many of the 16 scales does the net without batch norm reach 50 % train
    /// accuracy? Answered once every scale has trained its epochs.
    static let howManyScales = LessonKit.Prediction(
        id: "scales-without-bn",
        question: Localized(en: "Without batch norm, at how many of the 16 scales will the net reach 50 % train accuracy?",
                            zh: "没有批归一化时，16 种尺度中有几种能让网络达到 50% 的训练精度？"),
        choices: [Localized(en: "almost all (13–16)", zh: "几乎全部（13–16）"),
                  Localized(en: "about half (6–12)", zh: "一半左右（6–12）"),
                  Localized(en: "only a few (0–5)", zh: "只有少数（0–5）")],
        explanation: Localized(
            en: "Without batch norm the signal shrinks (small σ) or blows up (large σ) through 5 layers, and the "
                + "gradients with it: only scales near √(2/n) learn in 20 epochs. With batch norm every layer is "
                + "rescaled to mean 0 and variance 1, so almost every σ learns.",
            zh: "没有批归一化时，信号穿过 5 层会不断缩小（σ 小）或爆炸（σ 大），梯度也一样：只有 √(2/n) 附近的"
                + "尺度能在 20 轮内学会。有了批归一化，每一层都被重新缩放到均值 0、方差 1，所以几乎每个 σ 都能学会。")
    ) { cell in
        guard let cell = cell as? GridCell, cell.grid.isFinished else { return nil }
        let n = cell.grid.learned().plain
        return n >= 13 ? 0 : n >= 6 ? 1 : 2
    }
}

import Charts
import LessonKit

/// The hyperparams lesson's challenges and prediction: a good trial within few trials
/// (search page), a fine round that mostly learns (best-trials page), and "how many uniform
/// draws land below a tenth of the top?" (sampling page).
enum HyperparamsChallenges {
    static let goodAccuracy = 0.8
    static let trialBudget = 10

    /// Search page: a trial among the first 10 reaches ≥ 80 % validation accuracy.
    static let fewTrials = Challenge(
        id: "val-80-in-10",
        goal: Localized(en: "Reach at least 80 % validation accuracy within the first 10 trials.",
                        zh: "在前 10 次试验之内，让验证精度至少达到 80%。"),
        hints: [
            Localized(en: "Look where the good markers sit on the scatter: only at the right, large lr. Move the lr range there.",
                      zh: "看看散点图上好的标记在哪儿：只在右边，lr 大的地方。把 lr 的范围移过去。"),
            Localized(en: "Set 'lr from' to 0.01 and 'lr to' to 0.1: most trials then pass 80 %.",
                      zh: "把「lr 下限」设为 0.01，「lr 上限」设为 0.1：这时大多数试验都超过 80%。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SearchDriver else { return .wrongCell }
        let first = cell.search.trials.filter { $0.round == 1 }.prefix(trialBudget)
        let done = first.filter(\.isDone).count
        guard let best = first.compactMap(\.validationAccuracy).max() else {
            return ChallengeCheck(passed: false, progress: tr("no finished trial yet: press space", "还没有完成的试验：按空格键"))
        }
        let text = SearchText.percent(best)
        if best >= goodAccuracy {
            return ChallengeCheck(passed: true, progress: tr("best val \(text) within \(done) trials", "\(done) 次试验内最佳验证精度 \(text)"))
        }
        return ChallengeCheck(passed: false, progress: tr("best val \(text) in \(done) of \(trialBudget) trials",
                                                           "\(trialBudget) 次中已完成 \(done) 次，最佳验证精度 \(text)"))
    }

    static let fineAccuracy = 0.6

    /// Best-trials page: narrow, and at least half of the fine round's trials reach ≥ 60 %.
    static let fineRound = Challenge(
        id: "fine-round-learns",
        goal: Localized(en: "Narrow the range, and make at least half of the fine round's trials reach 60 % validation accuracy.",
                        zh: "缩小范围，让细搜这一轮中至少一半的试验达到 60% 的验证精度。"),
        hints: [
            Localized(en: "Turn on 'narrow the range': once the coarse round is done, the fine round samples around its best trials.",
                      zh: "打开「缩小范围」：粗搜这一轮结束后，细搜只在最佳的几次试验附近采样。"),
            Localized(en: "Set 'best trials shown' to 3 so the fine range hugs the very best, turn narrow on and let both rounds run.",
                      zh: "把「列出的最佳试验数」设为 3，细搜范围就紧贴最好的几次；打开缩小范围，让两轮都跑完。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SearchDriver else { return .wrongCell }
        let fine = cell.search.trials.filter { $0.round == 2 && $0.isDone }
        guard !fine.isEmpty else {
            return ChallengeCheck(passed: false, progress: cell.search.narrowRequested
                ? tr("the fine round starts when the coarse round is done", "粗搜结束后细搜才开始")
                : tr("no fine round yet: turn on 'narrow the range'", "还没有细搜：打开「缩小范围」"))
        }
        let good = fine.filter { ($0.validationAccuracy ?? 0) >= fineAccuracy }.count
        let target = (cell.search.settings.trials + 1) / 2
        return ChallengeCheck(passed: good >= target,
                              progress: tr("\(good) of \(fine.count) fine trials ≥ 60 % (need \(target))",
                                           "细搜 \(fine.count) 次中 \(good) 次 ≥ 60%（需要 \(target) 次）"))
    }

    /// Sampling page: drawn uniformly between 10⁻⁶ and 10⁻², what share lands below 10⁻³?
    static let uniformShare = LessonKit.Prediction(
        id: "uniform-below-top-decade",
        question: Localized(en: "Drawing lr uniformly between 0.000001 and 0.01, what share of the draws lands below 0.001?",
                            zh: "在 0.000001 到 0.01 之间均匀地抽取 lr，有多大比例落在 0.001 以下？"),
        choices: [Localized(en: "about 75 %: three of the four decades", zh: "约 75%：四个数量级中的三个"),
                  Localized(en: "about 50 %", zh: "约 50%"),
                  Localized(en: "about 10 %", zh: "约 10%")],
        explanation: Localized(
            en: "Below 0.001 is only a tenth of the interval's length, so about 10 % of uniform draws land there and 90 % "
                + "fall in the top decade. Drawing the exponent uniformly gives each decade a quarter: 75 % below 0.001.",
            zh: "0.001 以下只占整个区间长度的十分之一，所以均匀抽取只有约 10% 落在那里，90% 都挤在最上面一个数量级。"
                + "对指数均匀抽取，每个数量级各占四分之一：75% 在 0.001 以下。")
    ) { cell in
        guard let cell = cell as? SamplingCell, cell.uniform.count >= 200, let share = cell.shareBelowTopDecade(cell.uniform) else { return nil }
        return [0.75, 0.5, 0.1].enumerated().min { abs($0.element - share) < abs($1.element - share) }!.offset
    }
}

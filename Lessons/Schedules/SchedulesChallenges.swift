import Charts
import LessonKit

/// The schedules lesson's challenges and predictions, each checked on its page's cell: a β
/// whose average lags little yet is smooth (page 1), a cold start fixed by bias correction
/// (page 1), the decay schedule that ends lowest (page 4); "what does β = 0.98 do?" (page 1)
/// and "which batch size is lowest after 1 epoch?" (page 3).
enum SchedulesChallenges {
    /// Page 1: the lag and the day-to-day change to stay under, at the default noise.
    static let lagLimit = 12
    static let roughnessLimit = 0.5
    static let noise = 3.0

    static let lagAndSmooth = Challenge(
        id: "lag-and-smooth",
        goal: Localized(en: "With noise at 3 °C, play the whole year with a β whose average lags at most 12 days yet changes less than 0.5 °C per day.",
                        zh: "噪声为 3 °C 时，选一个 β 播放完整的一年：平均值滞后不超过 12 天，而每天变化小于 0.5 °C。"),
        hints: [
            Localized(en: "A larger β is smoother but later: it averages about 1/(1−β) days and lags about β/(1−β).",
                      zh: "β 越大越平滑，但也越滞后：它大约平均 1/(1−β) 天，滞后约 β/(1−β) 天。"),
            Localized(en: "Set β to 0.9, press r, then space and wait for day 365.",
                      zh: "把 β 设为 0.9，按 r，再按空格键，等到第 365 天。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? EWMACell else { return .wrongCell }
        let run = cell.run
        guard run.noise == noise else {
            return ChallengeCheck(passed: false, progress: tr("set the noise back to 3 °C", "把噪声调回 3 °C"))
        }
        guard run.isFinished, let lag = run.measuredLag, let rough = run.roughness else {
            return ChallengeCheck(passed: false, progress: tr("play the whole year (day \(run.day) / 365)", "播放完整的一年（第 \(run.day) / 365 天）"))
        }
        let passed = lag <= lagLimit && rough < roughnessLimit
        return ChallengeCheck(passed: passed, progress: tr("lag \(lag) days, change per day \(EWMACell.degrees(rough)) (need ≤ 12 and < 0.5)",
                                                           "滞后 \(lag) 天，每天变化 \(EWMACell.degrees(rough))（需 ≤ 12 且 < 0.5）"))
    }

    /// Page 1: the smallest β and the largest mean error over the first 30 days.
    static let coldBeta = 0.98
    static let coldLimit = 2.0

    static let coldStart = Challenge(
        id: "cold-start",
        goal: Localized(en: "With β at least 0.98, keep the average within 2 °C of the true temperature over the first 30 days (on average).",
                        zh: "β 不小于 0.98 时，让前 30 天的平均值与真实气温的平均偏差在 2 °C 以内。"),
        hints: [
            Localized(en: "v starts at 0, so early on the average is far too cold. Dividing by 1−βᵗ undoes that.",
                      zh: "v 从 0 开始，所以一开始平均值明显偏冷。除以 1−βᵗ 可以抵消这一点。"),
            Localized(en: "Set β to 0.98, turn bias correction on, press r, then space until day 30.",
                      zh: "把 β 设为 0.98，打开偏差修正，按 r，再按空格键直到第 30 天。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? EWMACell else { return .wrongCell }
        let run = cell.run
        guard run.beta >= coldBeta else {
            return ChallengeCheck(passed: false, progress: tr("raise β to 0.98 or more", "把 β 调到 0.98 或以上"))
        }
        guard let error = run.coldStartError() else {
            return ChallengeCheck(passed: false, progress: tr("play to day 30 (day \(run.day))", "播放到第 30 天（第 \(run.day) 天）"))
        }
        return ChallengeCheck(passed: error < coldLimit, progress: tr("first 30 days off by \(EWMACell.degrees(error)) (need < 2)",
                                                                      "前 30 天平均偏差 \(EWMACell.degrees(error))（需 < 2）"))
    }

    /// Page 1: what β = 0.98 does to the curve.
    static let smootherLater = Prediction(
        id: "beta-098",
        question: Localized(en: "β goes from 0.9 to 0.98: what happens to the average's curve?",
                            zh: "β 从 0.9 变成 0.98：平均值的曲线会怎样？"),
        choices: [Localized(en: "smoother, and later", zh: "更平滑，也更滞后"),
                  Localized(en: "noisier, and earlier", zh: "更嘈杂，也更提前"),
                  Localized(en: "the same, only lower", zh: "形状不变，只是更低")],
        explanation: Localized(en: "β = 0.98 averages about 1/(1−β) = 50 days instead of 10: the noise cancels out more, but the curve follows the season about 49 days late.",
                               zh: "β = 0.98 大约平均 1/(1−β) = 50 天，而不是 10 天：噪声抵消得更多，但曲线比季节变化晚了约 49 天。")
    ) { cell in
        guard let cell = cell as? EWMACell, cell.run.day >= 100 else { return nil }
        return 0
    }

    /// Page 3: which batch size is lowest after one epoch.
    static let oneEpoch = Prediction(
        id: "one-epoch",
        question: Localized(en: "Same net, same learning rate: which batch size has the lowest training loss after 1 epoch?",
                            zh: "同样的网络、同样的学习率：训练 1 轮后，哪个批大小的训练损失最低？"),
        choices: [Localized(neutral: "1"), Localized(neutral: "32"), Localized(neutral: "128"),
                  Localized(en: "all 1024", zh: "全部 1024")],
        explanation: Localized(en: "One epoch is 1024 updates with batch 1 but a single update with the whole set: at the same learning rate, more (noisier) steps go further per epoch — though each epoch of batch 1 costs far more time.",
                               zh: "批大小为 1 时，一轮有 1024 次更新；用全部数据时只有 1 次。学习率相同时，更多（更嘈杂）的步子每轮走得更远——只是批大小为 1 的每一轮要花多得多的时间。")
    ) { cell in
        guard let cell = cell as? MiniBatchCell else { return nil }
        return cell.race.lowest(after: 1)
    }

    /// Page 4: pick the schedule that ends lowest.
    static let pickTheWinner = Challenge(
        id: "lowest-decay",
        goal: Localized(en: "Pick the schedule you expect to end with the lowest training loss, then run the race to its end: your pick must win.",
                        zh: "先选出你认为最终训练损失最低的衰减方式，再把比赛跑完：你的选择必须获胜。"),
        hints: [
            Localized(en: "A high α0 learns fast but keeps bouncing at the end; a schedule that falls too fast stops learning early.",
                      zh: "α0 高时学得快，但到最后还在来回跳；下降得太快的衰减方式又会过早停止学习。"),
            Localized(en: "Watch the right chart near the last epochs; set pick to the lowest curve's name and press r, then space.",
                      zh: "留意右图最后几轮；把 pick 设为最低那条曲线的名字，按 r，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DecayCell else { return .wrongCell }
        guard let winner = cell.race.winner else {
            return ChallengeCheck(passed: false, progress: tr("run the race to its end", "把比赛跑完"))
        }
        let name = DecaySchedules.names[winner], picked = DecaySchedules.names[cell.pick]
        return ChallengeCheck(passed: winner == cell.pick, progress: tr("lowest: \(name), your pick: \(picked)",
                                                                        "最低：\(name)，你的选择：\(picked)"))
    }
}

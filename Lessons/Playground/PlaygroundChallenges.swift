import Charts
import LessonKit

/// The playground's challenges and prediction: the flower at 90 % with at most 3 hidden
/// units (page 1, which starts with Ng's 4), the circles at 95 % with at most 3 (page 2,
/// which starts at 2), and "how well does logistic regression do on the
/// flower?" (page 1).
enum PlaygroundChallenges {
    static let flowerAccuracy = 0.9
    static let flowerUnits = 3
    static let circlesAccuracy = 0.95
    static let circlesUnits = 3
    static let minimumIterations = 1000

    /// The progress line of a run that has not trained long enough.
    static func notYet(_ run: PlaygroundRun) -> ChallengeCheck? {
        if run.stopped { return ChallengeCheck(passed: false, progress: tr("the run blew up: lower lr, press r", "训练发散了：调小学习率后按 r")) }
        guard run.iteration >= minimumIterations else {
            return ChallengeCheck(passed: false, progress: tr("train at least \(minimumIterations) iterations (now \(run.iteration))",
                                                              "至少训练 \(minimumIterations) 次迭代（现在 \(run.iteration)）"))
        }
        return nil
    }

    /// Page 1: the flower (noise 1 or more), ≥ 90 % test accuracy, at most 3 hidden units.
    static let flower = Challenge(
        id: "flower-90",
        goal: Localized(en: "On the flower at its usual noise, reach 90 % test accuracy with at most 3 hidden units in all.",
                        zh: "在常规噪声的花朵数据上，用总共不超过 3 个隐藏神经元达到 90% 的测试精度。"),
        hints: [
            Localized(en: "A straight line cannot follow the petals, but a few tanh neurons together can: Ng's table shows 3 are enough.",
                      zh: "一条直线追不上花瓣，但几个 tanh 神经元合起来就可以：Ng 的表格显示 3 个就够了。"),
            Localized(en: "Keep 1 hidden layer of tanh, lr 1.2, batch all; set units per layer to 3, then space.",
                      zh: "保留 1 个 tanh 隐藏层、学习率 1.2、批大小 all；把每层神经元数设为 3，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? PlaygroundCell, cell.exportName == "playground" else { return .wrongCell }
        let run = cell.run, c = run.config
        guard c.dataset == .flower, c.noise >= 1 else {
            return ChallengeCheck(passed: false, progress: tr("choose the flower at noise 1", "选花朵数据，噪声 1"))
        }
        guard c.hidden >= 1, c.hiddenUnits <= flowerUnits else {
            return ChallengeCheck(passed: false, progress: tr("use 1 to 3 hidden units in all (now \(c.hiddenUnits))",
                                                              "总共用 1 到 3 个隐藏神经元（现在 \(c.hiddenUnits) 个）"))
        }
        if let wait = notYet(run) { return wait }
        let acc = run.last?.testAccuracy ?? 0
        return ChallengeCheck(passed: acc >= flowerAccuracy,
                              progress: tr("test \(PlaygroundKnobs.percent(acc)) (need 90%)", "测试 \(PlaygroundKnobs.percent(acc))（需要 90%）"))
    }

    /// Page 2: the circles, ≥ 95 % test accuracy, at most 3 hidden units.
    static let circles = Challenge(
        id: "circles-three",
        goal: Localized(en: "Separate the circles: 95 % test accuracy with at most 3 hidden units in all.",
                        zh: "分开两个圆：用总共不超过 3 个隐藏神经元达到 95% 的测试精度。"),
        hints: [
            Localized(en: "Look at each neuron's map: each one cuts the plane with one line. How many lines fence in a disc?",
                      zh: "看每个神经元的区域：每个都用一条直线切开平面。围住一个圆盘要几条线？"),
            Localized(en: "Set units per layer to 3 (one hidden layer), press r, then space.",
                      zh: "把每层神经元数设为 3（一个隐藏层），按 r，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? PlaygroundCell, cell.exportName == "neurons" else { return .wrongCell }
        let run = cell.run, c = run.config
        guard c.dataset == .circles, c.noise >= 1 else {
            return ChallengeCheck(passed: false, progress: tr("choose the circles at noise 1", "选两个圆的数据，噪声 1"))
        }
        guard c.hidden >= 1, c.hiddenUnits <= circlesUnits else {
            return ChallengeCheck(passed: false, progress: tr("use 1 to 3 hidden units in all (now \(c.hiddenUnits))",
                                                              "总共用 1 到 3 个隐藏神经元（现在 \(c.hiddenUnits) 个）"))
        }
        if let wait = notYet(run) { return wait }
        let acc = run.last?.testAccuracy ?? 0
        return ChallengeCheck(passed: acc >= circlesAccuracy,
                              progress: tr("test \(PlaygroundKnobs.percent(acc)) (need 95%)", "测试 \(PlaygroundKnobs.percent(acc))（需要 95%）"))
    }

    /// Page 1: what test accuracy logistic regression (0 hidden layers) reaches on the flower.
    static let logistic = Prediction(
        id: "logistic-flower",
        question: Localized(en: "Set hidden layers to 0 (logistic regression) on the flower: what test accuracy will it reach?",
                            zh: "在花朵数据上把隐藏层数设为 0（逻辑回归）：测试精度会到多少？"),
        choices: [Localized(en: "below 75 %", zh: "低于 75%"),
                  Localized(en: "75 to 85 %", zh: "75% 到 85%"),
                  Localized(en: "above 85 %", zh: "高于 85%")],
        explanation: Localized(en: "One neuron draws one straight line, and every line leaves about half of each class's petals on the wrong side: Ng measured 47 %.",
                               zh: "一个神经元只能画一条直线，而任何一条直线都会把每一类差不多一半的花瓣分错：Ng 测得 47%。")
    ) { cell in
        guard let cell = cell as? PlaygroundCell, cell.run.config.hidden == 0, cell.run.config.dataset == .flower,
              cell.run.iteration >= minimumIterations, let acc = cell.run.last?.testAccuracy else { return nil }
        return acc < 0.75 ? 0 : acc <= 0.85 ? 1 : 2
    }
}

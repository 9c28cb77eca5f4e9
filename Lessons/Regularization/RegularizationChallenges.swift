import Charts
import LessonKit
import NumericCore

/// The regularization lesson's challenges and prediction, each checked on its page's cell:
/// close the train/test gap on 300 images (page 1), smooth the toy boundary without losing
/// test accuracy (page 2), let both dropout forms' training means settle on their test
/// outputs (page 3), and "what does inverted dropout output at test time?" (page 3).
enum RegularizationChallenges {
    /// Page 1: the gap and the epochs it must hold after.
    static let gapLimit = 0.10
    static let gapEpochs = 100

    /// Page 1: on the first 300 images, at least 100 epochs with the gap under 10 points.
    static let closeTheGap = Challenge(
        id: "close-the-gap",
        goal: Localized(en: "On the first 300 images, train at least 100 epochs and end with a train − test gap under 10 points.",
                        zh: "在前 300 张图像上训练至少 100 轮，结束时训练与测试精度的差距小于 10 个百分点。"),
        hints: [
            Localized(en: "Without help the net learns the 300 images by heart. Weight decay λ and dropout both make that harder.",
                      zh: "不加约束时，网络会把这 300 张图像背下来。权重衰减 λ 和 dropout 都会让死记硬背变难。"),
            Localized(en: "Press r, set weight decay λ to 0.1 or dropout ratio to 0.3 (or both), then space.",
                      zh: "按 r，把权重衰减 λ 设为 0.1 或把 dropout 比例设为 0.3（或两者都设），再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? OverfitCell else { return .wrongCell }
        let run = cell.run
        guard run.config.trainSize == 300 else {
            return ChallengeCheck(passed: false, progress: tr("set training images back to 300", "把训练图像数调回 300"))
        }
        guard let gap = run.gap, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        let points = NumberText.format((gap * 1000).rounded() / 10, digits: 3)
        let passed = run.epoch >= gapEpochs && gap < gapLimit
        return ChallengeCheck(passed: passed, progress: tr("gap \(points) points at epoch \(run.epoch) (need < 10 after 100)",
                                                           "第 \(run.epoch) 轮差距 \(points) 个百分点（需在 100 轮后 < 10）"))
    }

    /// Page 2: the boundary length and the test accuracy to reach after `boundaryEpochs`.
    static let boundaryLimit = 250
    static let boundaryAccuracy = 0.80
    static let boundaryEpochs = 500

    /// Page 2: after 500 epochs a boundary of at most 250 cells and test accuracy ≥ 80 %.
    static let smoothBoundary = Challenge(
        id: "smooth-boundary",
        goal: Localized(en: "After at least 500 epochs, keep the boundary at most 250 cells long with test accuracy of 80 % or more.",
                        zh: "训练至少 500 轮后，让边界长度不超过 250 格，同时测试精度不低于 80%。"),
        hints: [
            Localized(en: "The wiggles follow the flipped labels. A penalty on large weights keeps the function smooth.",
                      zh: "边界的弯曲是在追翻转的标签。惩罚大的权重能让函数保持平滑。"),
            Localized(en: "Press r, set weight decay λ to about 0.01, then space and wait for epoch 500.",
                      zh: "按 r，把权重衰减 λ 设为 0.01 左右，再按空格键，等到第 500 轮。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? BoundaryCell else { return .wrongCell }
        let run = cell.run
        guard let last = run.last, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        let length = run.boundaryLength, test = OverfitCell.percent(last.testAccuracy)
        let passed = run.epoch >= boundaryEpochs && length <= boundaryLimit && last.testAccuracy >= boundaryAccuracy
        return ChallengeCheck(passed: passed, progress: tr("epoch \(run.epoch): boundary \(length) cells, test \(test)",
                                                           "第 \(run.epoch) 轮：边界 \(length) 格，测试 \(test)"))
    }

    /// Page 3: every unit's training mean within 10 % of its test output, in both forms, at p ≥ 0.5.
    static let settleMeans = Challenge(
        id: "means-agree",
        goal: Localized(en: "With dropout ratio p at least 0.5, draw masks until every unit's training mean is within 10 % of its test output in both forms.",
                        zh: "dropout 比例 p 不小于 0.5 时，不断抽掩码，直到两种形式中每个神经元训练时的均值都与测试输出相差不到 10%。"),
        hints: [
            Localized(en: "One mask is a coin toss per unit; the mean of many masks is what the test output must match.",
                      zh: "一个掩码就是给每个神经元抛一次硬币；测试输出要对上的是许多掩码的平均。"),
            Localized(en: "Set p to 0.5, press r, then space and let a few hundred masks be drawn.",
                      zh: "把 p 设为 0.5，按 r，再按空格键，让它抽几百个掩码。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DropoutFormsCell else { return .wrongCell }
        guard cell.ratio >= 0.5 else {
            return ChallengeCheck(passed: false, progress: tr("raise p to 0.5 or more", "把 p 调到 0.5 或以上"))
        }
        let worst = max(cell.relativeError(book: true), cell.relativeError(book: false))
        let percent = NumberText.format((worst * 1000).rounded() / 10, digits: 3) + tr(" %", "%")
        return ChallengeCheck(passed: cell.draws > 0 && worst < 0.1,
                              progress: tr("\(cell.draws) masks: worst unit off by \(percent)", "\(cell.draws) 个掩码：最差的神经元偏差 \(percent)"))
    }

    /// Page 3: what inverted dropout outputs at test time for x = 2, p = 0.5.
    static let invertedAtTest = Prediction(
        id: "inverted-at-test",
        question: Localized(en: "Inverted dropout, p = 0.5: what does a unit with x = 2 output at test time?",
                            zh: "反向 dropout，p = 0.5：x = 2 的神经元在测试时输出多少？"),
        choices: [Localized(en: "1, that is (1−p)·x", zh: "1，即 (1−p)·x"),
                  Localized(en: "2, that is x", zh: "2，即 x"),
                  Localized(en: "4, that is x/(1−p)", zh: "4，即 x/(1−p)")],
        explanation: Localized(en: "Inverted dropout already divided by 1−p in training, so the training mean is x and test time leaves x unchanged; the book's form scales by 1−p at test time instead.",
                               zh: "反向 dropout 在训练时已经除以 1−p，训练时的均值就是 x，测试时原样输出 x；书中的形式则在测试时乘以 1−p。")
    ) { cell in
        guard let cell = cell as? DropoutFormsCell, cell.draws >= 50 else { return nil }
        return 1
    }
}

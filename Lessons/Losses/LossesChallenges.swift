import Charts
import LessonKit

/// The losses lesson's challenges and prediction, checked on the pages' live cells: a
/// cross-entropy below 0.1 on page 1, the largest learning rate that still converges and
/// what η = 1.2 does on page 3. (`LessonKit.Prediction` is spelt out: this module has its own
/// `Prediction`, the 10-class y.)
enum LossesChallenges {
    /// Page 1: cross-entropy below 0.1 by moving the prediction.
    static let lowCrossEntropy = Challenge(
        id: "ce-below-0.1",
        goal: Localized(en: "Move the prediction until the cross-entropy is below 0.1.",
                        zh: "调整预测，使交叉熵误差低于 0.1。"),
        hints: [Localized(en: "Cross-entropy only looks at y_t, the probability of the correct class: raise it.",
                          zh: "交叉熵误差只看 y_t，即正确类别的概率：把它调高。"),
                Localized(en: "CE = −log y_t < 0.1 needs y_t > 0.905: set k to the correct class (2) and y to 0.95.",
                          zh: "CE = −log y_t < 0.1 要求 y_t > 0.905：把 k 设为正确类别（2），再把 y 设为 0.95。")]
    ) { cell in
        guard let cell = cell as? LossCell else { return .wrongCell }
        let ce = cell.prediction.crossEntropy
        let ceText = "CE = \(number(ce, 4))"
        let yt = "y\(subscriptDigit(cell.prediction.target)) = \(number(cell.prediction.correctProbability, 4))"
        let progress = ce < 0.1 ? tr("\(ceText) at \(yt)", "\(yt) 时 \(ceText)")
                                : tr("\(ceText) at \(yt), need < 0.1", "\(yt) 时 \(ceText)，需要 < 0.1")
        return ChallengeCheck(passed: ce < 0.1, progress: progress)
    }

    /// The smallest learning rate that counts as "within 5 % of the largest that converges" (1).
    static let lrFloor = 0.95

    /// Page 3: the largest η that still converges on x₀² + x₁², within 5 %: each step
    /// multiplies x by 1 − 2η, so descent converges iff |1 − 2η| < 1, i.e. η < 1. Checked on
    /// a finished run that got closer to the minimum.
    static let largestRate = Challenge(
        id: "largest-lr",
        goal: Localized(en: "Find the largest learning rate for which descent still converges, within 5 % (run it to the end).",
                        zh: "找出梯度下降仍能收敛的最大学习率，误差在 5 % 以内（要运行到最后）。"),
        hints: [Localized(en: "Each step multiplies x by (1 − 2η): descent converges while that factor stays between −1 and 1.",
                          zh: "每一步都把 x 乘以 (1 − 2η)：只要这个系数在 −1 与 1 之间，梯度下降就会收敛。"),
                Localized(en: "|1 − 2η| < 1 means η < 1: type = then 0.97 for the learning rate and press space.",
                          zh: "|1 − 2η| < 1 即 η < 1：选中学习率，按 = 输入 0.97，再按空格键。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DescentCell else { return .wrongCell }
        let descent = cell.descent
        let lr = "lr \(number(descent.learningRate, 3))"
        guard Descent.f(descent.start) > 0 else {
            return ChallengeCheck(passed: false, progress: tr("start away from the minimum (0, 0)", "起点要离开最小值 (0, 0)"))
        }
        guard cell.isFinished else {
            return ChallengeCheck(passed: false, progress: tr("\(lr): step \(descent.steps) of \(cell.planned), press space to run",
                                                              "\(lr)：第 \(descent.steps) / \(cell.planned) 步，按空格键运行"))
        }
        guard !cell.hasFailed, Descent.f(descent.current) < Descent.f(descent.start) else {
            return ChallengeCheck(passed: false, progress: tr("\(lr): does not converge, lower it", "\(lr)：不收敛，调低一些"))
        }
        guard descent.learningRate >= lrFloor else {
            return ChallengeCheck(passed: false, progress: tr("\(lr): converges, try higher", "\(lr)：收敛，再调高试试"))
        }
        return ChallengeCheck(passed: true, progress: tr("\(lr): converges, within 5 % of the limit", "\(lr)：收敛，离极限不到 5 %"))
    }

    /// Steps the descent must have taken before the growth question has an answer.
    static let revealSteps = 3

    /// Page 3: at η = 1.2, does |x| grow or shrink? Known for any η above 1 once the run has
    /// taken `revealSteps` steps, from the path the learner sees.
    static let growOrShrink = LessonKit.Prediction(
        id: "lr-1.2",
        question: Localized(en: "At η = 1.2 (type = then 1.2 for the learning rate), will |x| grow or shrink as descent runs?",
                            zh: "η = 1.2 时（选中学习率，按 = 输入 1.2），随着梯度下降的进行，|x| 会变大还是变小？"),
        choices: [Localized(en: "grow", zh: "变大"), Localized(en: "shrink", zh: "变小")],
        explanation: Localized(en: "Each step multiplies x by 1 − 2η = −1.4: x flips to the other side and |x| grows 1.4× a step, so descent diverges; every η above 1 does.",
                               zh: "每一步都把 x 乘以 1 − 2η = −1.4：x 跳到最小值的另一侧，|x| 每步变为原来的 1.4 倍，所以梯度下降发散；η 大于 1 时都是如此。")
    ) { cell in
        guard let cell = cell as? DescentCell, cell.descent.learningRate > 1, cell.descent.steps >= revealSteps else { return nil }
        let start = Descent.f(cell.descent.start), now = Descent.f(cell.descent.current)
        guard start > 0 else { return nil }
        return !(now <= start) ? 0 : 1
    }

    private static func number(_ x: Double, _ digits: Int) -> String { NumberText.format(x, digits: digits) }
}

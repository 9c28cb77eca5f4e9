import Charts
import LessonKit

/// The backprop lesson's challenges and prediction, checked on the pages' live cells: the
/// apple graph's gradients after a full backward walk (pages 1–2) and the gradient check's
/// worst relative difference (page 5).
enum BackpropChallenges {
    /// ∂price/∂apple at the book's values (apple_num · tax = 2 · 1.1).
    static let bookAppleGradient = 2.2

    /// Pages 1–2: one input changed so that ∂price/∂apple doubles, read from the walk once
    /// the backward pass has reached the end.
    static let doubleAppleGradient = Challenge(
        id: "double-apple-grad",
        goal: Localized(en: "Change one input so that ∂price/∂apple doubles from 2.2 to 4.4, then walk to the end of the backward pass.",
                        zh: "只改一个输入，让 ∂price/∂apple 从 2.2 翻倍到 4.4，然后一直走到反向传播结束。"),
        hints: [Localized(en: "∂price/∂apple is the product of the local derivatives on the way back: apple_num · tax.",
                          zh: "∂price/∂apple 是反向路径上各个局部导数的乘积：apple_num · tax。"),
                Localized(en: "Double either factor: apples bought = 4, or tax = 2.2; then press space until the walk is finished.",
                          zh: "把其中一个因子翻倍：苹果个数 = 4，或消费税 = 2.2；然后按空格键直到走完。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? AppleGraphCell else { return .wrongCell }
        let changed = cell.example.inputs.map(\.name).filter { cell.values[$0] != AppleExample.defaults[$0] }
        guard changed.count <= 1 else {
            return ChallengeCheck(passed: false, progress: tr("\(changed.count) inputs changed: change only one (d restores the defaults)",
                                                                   "改了 \(changed.count) 个输入：只能改一个（按 d 恢复默认值）"))
        }
        guard cell.walk.isFinished, let id = cell.walk.graph.id(labeled: "apple"), let grad = cell.walk.shownGrad(id) else {
            return ChallengeCheck(passed: false, progress: tr("walk to the end of the backward pass (space) to see ∂price/∂apple",
                                                                   "走到反向传播结束（按空格键）才能看到 ∂price/∂apple"))
        }
        let passed = abs(grad - 2 * bookAppleGradient) < 1e-9
        return ChallengeCheck(passed: passed, progress: "∂price/∂apple = \(GraphReadout.number(grad))" + (passed ? tr(", doubled", "，已翻倍") : tr(", need 4.4", "，需要 4.4")))
    }

    /// The agreement the gradient check's verdict calls right.
    static let agreement = 1e-7

    /// Page 5: backprop and the numerical gradient agree to better than 1e-7.
    static let exactAgreement = Challenge(
        id: "agree-1e-7",
        goal: Localized(en: "Make backprop and the numerical gradient agree to better than 1e-7 (largest rel Δ).",
                        zh: "让反向传播与数值微分的差异小于 1e-7（最大相对差）。"),
        hints: [Localized(en: "The difference comes from the loss, not from backprop: look at the 1e-7 inside log(y + δ).",
                          zh: "差异来自损失函数，而不是反向传播：看看 log(y + δ) 里的 1e-7。"),
                Localized(en: "Set δ in log(y + δ) to 0 (with sigmoid or tanh: ReLU's kink can still disagree).",
                          zh: "把 log(y + δ) 中的 δ 设为 0（用 sigmoid 或 tanh：ReLU 在折点处仍可能不一致）。")]
    ) { cell in
        guard let cell = cell as? GradientCheckCell else { return .wrongCell }
        let worst = cell.check.worstRelative
        let passed = worst < agreement
        return ChallengeCheck(passed: passed, progress: tr("largest rel Δ ", "最大相对差 ") + NumberText.format(worst, digits: 2)
                                + (passed ? " < 1e-7" : tr(", need < 1e-7", "，需要 < 1e-7")))
    }

    /// Page 1: ∂price/∂apple against ∂price/∂apple_num, known after the backward walk has
    /// passed both (the truth follows the inputs the learner set).
    static let appleVersusCount = Prediction(
        id: "apple-vs-count",
        question: Localized(en: "Is ∂price/∂apple larger or smaller than ∂price/∂apple_num?",
                            zh: "∂price/∂apple 比 ∂price/∂apple_num 大还是小？"),
        choices: [Localized(en: "larger", zh: "更大"), Localized(en: "smaller", zh: "更小"), Localized(en: "equal", zh: "相等")],
        explanation: Localized(
            en: "A multiply node hands each input the upstream gradient times the other input: ∂price/∂apple = apple_num·tax = 2.2 but ∂price/∂apple_num = apple·tax = 110, because the price of one apple is much larger than the number bought.",
            zh: "乘法节点传给每个输入的是上游梯度乘以另一个输入：∂price/∂apple = apple_num·tax = 2.2，而 ∂price/∂apple_num = apple·tax = 110，因为一个苹果的单价比买的个数大得多。")
    ) { cell in
        guard let cell = cell as? AppleGraphCell, cell.walk.isFinished,
              let apple = cell.walk.graph.id(labeled: "apple"), let count = cell.walk.graph.id(labeled: "apple_num"),
              let a = cell.walk.shownGrad(apple), let n = cell.walk.shownGrad(count) else { return nil }
        return a > n ? 0 : a < n ? 1 : 2
    }
}

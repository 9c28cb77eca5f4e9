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
        goal: "Change one input so that ∂price/∂apple doubles from 2.2 to 4.4, then walk to the end of the backward pass.",
        hints: ["∂price/∂apple is the product of the local derivatives on the way back: apple_num · tax.",
                "Double either factor: apples bought = 4, or tax = 2.2; then press space until the walk is finished."],
        needsRun: true
    ) { cell in
        guard let cell = cell as? AppleGraphCell else { return .wrongCell }
        let changed = cell.example.inputs.map(\.name).filter { cell.values[$0] != AppleExample.defaults[$0] }
        guard changed.count <= 1 else {
            return ChallengeCheck(passed: false, progress: "\(changed.count) inputs changed: change only one (d restores the defaults)")
        }
        guard cell.walk.isFinished, let id = cell.walk.graph.id(labeled: "apple"), let grad = cell.walk.shownGrad(id) else {
            return ChallengeCheck(passed: false, progress: "walk to the end of the backward pass (space) to see ∂price/∂apple")
        }
        let passed = abs(grad - 2 * bookAppleGradient) < 1e-9
        return ChallengeCheck(passed: passed, progress: "∂price/∂apple = \(GraphReadout.number(grad))" + (passed ? ", doubled" : ", need 4.4"))
    }

    /// The agreement the gradient check's verdict calls right.
    static let agreement = 1e-7

    /// Page 5: backprop and the numerical gradient agree to better than 1e-7.
    static let exactAgreement = Challenge(
        id: "agree-1e-7",
        goal: "Make backprop and the numerical gradient agree to better than 1e-7 (largest rel Δ).",
        hints: ["The difference comes from the loss, not from backprop: look at the 1e-7 inside log(y + δ).",
                "Set δ in log(y + δ) to 0 (with sigmoid or tanh: ReLU's kink can still disagree)."]
    ) { cell in
        guard let cell = cell as? GradientCheckCell else { return .wrongCell }
        let worst = cell.check.worstRelative
        let passed = worst < agreement
        return ChallengeCheck(passed: passed, progress: "largest rel Δ \(NumberText.format(worst, digits: 2))"
                                + (passed ? " < 1e-7" : ", need < 1e-7"))
    }

    /// Page 1: ∂price/∂apple against ∂price/∂apple_num, known after the backward walk has
    /// passed both (the truth follows the inputs the learner set).
    static let appleVersusCount = Prediction(
        id: "apple-vs-count",
        question: "Is ∂price/∂apple larger or smaller than ∂price/∂apple_num?",
        choices: ["larger", "smaller", "equal"],
        explanation: "A multiply node hands each input the upstream gradient times the other input: ∂price/∂apple = apple_num·tax = 2.2 but ∂price/∂apple_num = apple·tax = 110, because the price of one apple is much larger than the number bought."
    ) { cell in
        guard let cell = cell as? AppleGraphCell, cell.walk.isFinished,
              let apple = cell.walk.graph.id(labeled: "apple"), let count = cell.walk.graph.id(labeled: "apple_num"),
              let a = cell.walk.shownGrad(apple), let n = cell.walk.shownGrad(count) else { return nil }
        return a > n ? 0 : a < n ? 1 : 2
    }
}

import LessonKit

/// The losses lesson's challenges and prediction, checked on the pages' live cells: a
/// cross-entropy below 0.1 on page 1, the largest learning rate that still converges and
/// what η = 1.2 does on page 3. (`LessonKit.Prediction` is spelt out: this module has its own
/// `Prediction`, the 10-class y.)
enum LossesChallenges {
    /// Page 1: cross-entropy below 0.1 by moving the prediction.
    static let lowCrossEntropy = Challenge(
        id: "ce-below-0.1",
        goal: "Move the prediction until the cross-entropy is below 0.1.",
        hints: ["Cross-entropy only looks at y_t, the probability of the correct class: raise it.",
                "CE = −log y_t < 0.1 needs y_t > 0.905: set k to the correct class (2) and y to 0.95."]
    ) { cell in
        guard let cell = cell as? LossCell else { return .wrongCell }
        let ce = cell.prediction.crossEntropy
        return ChallengeCheck(passed: ce < 0.1, progress: "CE = \(number(ce, 4)) at y\(subscriptDigit(cell.prediction.target)) = "
                                + "\(number(cell.prediction.correctProbability, 4))" + (ce < 0.1 ? "" : ", need < 0.1"))
    }

    /// The smallest learning rate that counts as "within 5 % of the largest that converges" (1).
    static let lrFloor = 0.95

    /// Page 3: the largest η that still converges on x₀² + x₁², within 5 %: each step
    /// multiplies x by 1 − 2η, so descent converges iff |1 − 2η| < 1, i.e. η < 1. Checked on
    /// a finished run that got closer to the minimum.
    static let largestRate = Challenge(
        id: "largest-lr",
        goal: "Find the largest learning rate for which descent still converges, within 5 % (run it to the end).",
        hints: ["Each step multiplies x by (1 − 2η): descent converges while that factor stays between −1 and 1.",
                "|1 − 2η| < 1 means η < 1: type = then 0.97 for the learning rate and press space."],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DescentCell else { return .wrongCell }
        let descent = cell.descent
        let lr = "lr \(number(descent.learningRate, 3))"
        guard Descent.f(descent.start) > 0 else {
            return ChallengeCheck(passed: false, progress: "start away from the minimum (0, 0)")
        }
        guard cell.isFinished else {
            return ChallengeCheck(passed: false, progress: "\(lr): step \(descent.steps) of \(cell.planned), press space to run")
        }
        guard !cell.hasFailed, Descent.f(descent.current) < Descent.f(descent.start) else {
            return ChallengeCheck(passed: false, progress: "\(lr): does not converge, lower it")
        }
        guard descent.learningRate >= lrFloor else {
            return ChallengeCheck(passed: false, progress: "\(lr): converges, try higher")
        }
        return ChallengeCheck(passed: true, progress: "\(lr): converges, within 5 % of the limit")
    }

    /// Steps the descent must have taken before the growth question has an answer.
    static let revealSteps = 3

    /// Page 3: at η = 1.2, does |x| grow or shrink? Known for any η above 1 once the run has
    /// taken `revealSteps` steps, from the path the learner sees.
    static let growOrShrink = LessonKit.Prediction(
        id: "lr-1.2",
        question: "At η = 1.2 (type = then 1.2 for the learning rate), will |x| grow or shrink as descent runs?",
        choices: ["grow", "shrink"],
        explanation: "Each step multiplies x by 1 − 2η = −1.4: x flips to the other side and |x| grows 1.4× a step, so descent diverges; every η above 1 does."
    ) { cell in
        guard let cell = cell as? DescentCell, cell.descent.learningRate > 1, cell.descent.steps >= revealSteps else { return nil }
        let start = Descent.f(cell.descent.start), now = Descent.f(cell.descent.current)
        guard start > 0 else { return nil }
        return !(now <= start) ? 0 : 1
    }

    private static func number(_ x: Double, _ digits: Int) -> String { NumberText.format(x, digits: digits) }
}

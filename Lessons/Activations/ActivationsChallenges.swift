import Charts
import LessonKit
import NumericCore

/// The activations lesson's challenges and prediction, checked on the pages' live cells:
/// the sigmoid's steepest point and a leaky ReLU slope on page 2, softmax on page 4.
enum ActivationsChallenges {
    /// Half the cursor knob's step: a cursor this close to a point is on it.
    static let cursorTolerance = 0.05

    /// Page 2: the cursor where sigmoid′ is largest (x = 0).
    static let sigmoidPeak = Challenge(
        id: "sigmoid-peak",
        goal: Localized(en: "Put the cursor where sigmoid′ is largest.", zh: "把光标放在 sigmoid′ 最大的地方。"),
        hints: [Localized(en: "sigmoid′(x) = h(x)·(1 − h(x)) is largest where h(x) is halfway between 0 and 1.",
                          zh: "sigmoid′(x) = h(x)·(1 − h(x)) 在 h(x) 处于 0 和 1 正中间时最大。"),
                Localized(en: "h(0) = 0.5, so sigmoid′ peaks at x = 0 with 0.25: move the cursor to 0.",
                          zh: "h(0) = 0.5，所以 sigmoid′ 在 x = 0 处达到峰值 0.25：把光标移到 0。")]
    ) { cell in
        guard let cell = cell as? DerivativeCell else { return .wrongCell }
        let slope = Activation.sigmoid.derivative(cell.cursor)
        let passed = abs(cell.cursor) < cursorTolerance
        return ChallengeCheck(passed: passed, progress: "sigmoid′(\(number(cell.cursor))) = \(number(slope))"
                                + (passed ? tr(": the peak", "：峰值") : ""))
    }

    /// Page 2: leaky ReLU′(−3) = 0.2, read at the cursor.
    static let leakySlope = Challenge(
        id: "leaky-slope",
        goal: Localized(en: "Make leaky ReLU's derivative at x = −3 equal 0.2.",
                        zh: "让 leaky ReLU 在 x = −3 处的导数等于 0.2。"),
        hints: [Localized(en: "For x ≤ 0 leaky ReLU′ is the constant α: put the cursor at −3 and turn the leaky α knob.",
                          zh: "x ≤ 0 时 leaky ReLU′ 是常数 α：把光标放在 −3，再调 leaky α 旋钮。"),
                Localized(en: "Cursor x = −3 and leaky α = 0.2 (ten steps up from 0.1).",
                          zh: "光标 x = −3，leaky α = 0.2（从 0.1 向上调十步）。")]
    ) { cell in
        guard let cell = cell as? DerivativeCell else { return .wrongCell }
        guard abs(cell.cursor + 3) < cursorTolerance else {
            return ChallengeCheck(passed: false, progress: tr("move the cursor to x = −3 (now \(number(cell.cursor)))",
                                                                   "把光标移到 x = −3（现在是 \(number(cell.cursor))）"))
        }
        let slope = Activation.leakyReLU(alpha: cell.alpha).derivative(cell.cursor)
        return ChallengeCheck(passed: abs(slope - 0.2) < 1e-9, progress: "leaky ReLU′(−3) = \(number(slope))")
    }

    /// The scores the softmax page starts with (the book's).
    static let bookScores = [0.3, 2.9, 4.0]

    /// Page 4: make y1 the largest probability.
    static let firstLargest = Challenge(
        id: "y1-largest",
        goal: Localized(en: "Make y1 the largest of the three probabilities.", zh: "让 y1 成为三个概率中最大的。"),
        hints: [Localized(en: "Softmax keeps the order of the scores: the largest score gets the largest probability.",
                          zh: "softmax 保持分数的大小顺序：分数最大的，概率也最大。"),
                Localized(en: "Raise score a1 above a3 = 4, e.g. a1 = 5.", zh: "把分数 a1 调到 a3 = 4 以上，比如 a1 = 5。")]
    ) { cell in
        guard let cell = cell as? SoftmaxCell else { return .wrongCell }
        let y = cell.probabilities
        let best = y.indices.max { y[$0] < y[$1] } ?? 0
        let passed = y.indices.allSatisfy { $0 == 0 || y[0] > y[$0] }
        return ChallengeCheck(passed: passed, progress: passed ? tr("y1 = \(number(y[0])) is the largest", "y1 = \(number(y[0]))，最大")
                                : tr("y1 = \(number(y[0])); the largest is y\(best + 1) = \(number(y[best]))",
                                     "y1 = \(number(y[0]))；最大的是 y\(best + 1) = \(number(y[best]))"))
    }

    /// Page 4: with the book's scores, a probability of at least 0.9 through the temperature.
    static let sharpen = Challenge(
        id: "sharpen",
        goal: Localized(en: "Keep the book's scores (0.3, 2.9, 4) and reach a probability of at least 0.9 with the temperature alone.",
                        zh: "保持书中的分数（0.3、2.9、4），只调温度，让某个概率至少达到 0.9。"),
        hints: [Localized(en: "Dividing the scores by T < 1 stretches their differences, and softmax grows the winner.",
                          zh: "分数除以 T < 1 会拉大它们的差距，softmax 就会放大领先者。"),
                Localized(en: "Lower T to about 0.4 (four steps down from 1): y3 ≈ 0.94.",
                          zh: "把 T 降到约 0.4（从 1 向下调四步）：y3 ≈ 0.94。")]
    ) { cell in
        guard let cell = cell as? SoftmaxCell else { return .wrongCell }
        guard zip(cell.scores, bookScores).allSatisfy({ abs($0 - $1) < 1e-9 }) else {
            return ChallengeCheck(passed: false, progress: tr("put the scores back to 0.3, 2.9, 4 (d restores the defaults)",
                                                                   "把分数调回 0.3、2.9、4（按 d 恢复默认值）"))
        }
        let top = cell.probabilities.max() ?? 0
        return ChallengeCheck(passed: top >= 0.9, progress: tr("largest probability \(number(top)) at T = \(number(cell.temperature))",
                                                                   "T = \(number(cell.temperature)) 时最大概率为 \(number(top))"))
    }

    /// The x of the derivative question.
    static let questionX = -4.0

    /// Page 2: which derivative is largest at x = −4? Known once the cursor is there; the
    /// truth follows α (below sigmoid′(−4) ≈ 0.018 the sigmoid wins).
    static let largestAtMinus4 = Prediction(
        id: "largest-at-minus-4",
        question: Localized(en: "Which derivative is largest at x = −4?", zh: "在 x = −4 处哪个导数最大？"),
        choices: DerivativeCell.compared.map { Localized(neutral: $0.0.label + "′") },
        explanation: Localized(
            en: "At −4 sigmoid′ (0.018) and tanh′ (0.0013) have saturated and ReLU′ is 0 for every x ≤ 0; leaky ReLU′ keeps its α = 0.1, the largest unless α is set below 0.018.",
            zh: "在 −4 处 sigmoid′（0.018）和 tanh′（0.0013）已经饱和，ReLU′ 在 x ≤ 0 处处为 0；leaky ReLU′ 保持 α = 0.1，除非把 α 调到 0.018 以下，它就是最大的。")
    ) { cell in
        guard let cell = cell as? DerivativeCell, abs(cell.cursor - questionX) < cursorTolerance else { return nil }
        let slopes = DerivativeCell.compared.map { $0.0.activation(alpha: cell.alpha).derivative(cell.cursor) }
        return slopes.indices.max { slopes[$0] < slopes[$1] }
    }

    private static func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }
}

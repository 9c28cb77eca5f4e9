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
        goal: "Put the cursor where sigmoid′ is largest.",
        hints: ["sigmoid′(x) = h(x)·(1 − h(x)) is largest where h(x) is halfway between 0 and 1.",
                "h(0) = 0.5, so sigmoid′ peaks at x = 0 with 0.25: move the cursor to 0."]
    ) { cell in
        guard let cell = cell as? DerivativeCell else { return .wrongCell }
        let slope = Activation.sigmoid.derivative(cell.cursor)
        let passed = abs(cell.cursor) < cursorTolerance
        return ChallengeCheck(passed: passed, progress: "sigmoid′(\(number(cell.cursor))) = \(number(slope))"
                                + (passed ? ": the peak" : ""))
    }

    /// Page 2: leaky ReLU′(−3) = 0.2, read at the cursor.
    static let leakySlope = Challenge(
        id: "leaky-slope",
        goal: "Make leaky ReLU's derivative at x = −3 equal 0.2.",
        hints: ["For x ≤ 0 leaky ReLU′ is the constant α: put the cursor at −3 and turn the leaky α knob.",
                "Cursor x = −3 and leaky α = 0.2 (ten steps up from 0.1)."]
    ) { cell in
        guard let cell = cell as? DerivativeCell else { return .wrongCell }
        guard abs(cell.cursor + 3) < cursorTolerance else {
            return ChallengeCheck(passed: false, progress: "move the cursor to x = −3 (now \(number(cell.cursor)))")
        }
        let slope = Activation.leakyReLU(alpha: cell.alpha).derivative(cell.cursor)
        return ChallengeCheck(passed: abs(slope - 0.2) < 1e-9, progress: "leaky ReLU′(−3) = \(number(slope))")
    }

    /// The scores the softmax page starts with (the book's).
    static let bookScores = [0.3, 2.9, 4.0]

    /// Page 4: make y1 the largest probability.
    static let firstLargest = Challenge(
        id: "y1-largest",
        goal: "Make y1 the largest of the three probabilities.",
        hints: ["Softmax keeps the order of the scores: the largest score gets the largest probability.",
                "Raise score a1 above a3 = 4, e.g. a1 = 5."]
    ) { cell in
        guard let cell = cell as? SoftmaxCell else { return .wrongCell }
        let y = cell.probabilities
        let best = y.indices.max { y[$0] < y[$1] } ?? 0
        let passed = y.indices.allSatisfy { $0 == 0 || y[0] > y[$0] }
        return ChallengeCheck(passed: passed, progress: passed ? "y1 = \(number(y[0])) is the largest"
                                : "y1 = \(number(y[0])); the largest is y\(best + 1) = \(number(y[best]))")
    }

    /// Page 4: with the book's scores, a probability of at least 0.9 through the temperature.
    static let sharpen = Challenge(
        id: "sharpen",
        goal: "Keep the book's scores (0.3, 2.9, 4) and reach a probability of at least 0.9 with the temperature alone.",
        hints: ["Dividing the scores by T < 1 stretches their differences, and softmax grows the winner.",
                "Lower T to about 0.4 (four steps down from 1): y3 ≈ 0.94."]
    ) { cell in
        guard let cell = cell as? SoftmaxCell else { return .wrongCell }
        guard zip(cell.scores, bookScores).allSatisfy({ abs($0 - $1) < 1e-9 }) else {
            return ChallengeCheck(passed: false, progress: "put the scores back to 0.3, 2.9, 4 (d restores the defaults)")
        }
        let top = cell.probabilities.max() ?? 0
        return ChallengeCheck(passed: top >= 0.9, progress: "largest probability \(number(top)) at T = \(number(cell.temperature))")
    }

    /// The x of the derivative question.
    static let questionX = -4.0

    /// Page 2: which derivative is largest at x = −4? Known once the cursor is there; the
    /// truth follows α (below sigmoid′(−4) ≈ 0.018 the sigmoid wins).
    static let largestAtMinus4 = Prediction(
        id: "largest-at-minus-4",
        question: "Which derivative is largest at x = −4?",
        choices: DerivativeCell.compared.map { $0.0.label + "′" },
        explanation: "At −4 sigmoid′ (0.018) and tanh′ (0.0013) have saturated and ReLU′ is 0 for every x ≤ 0; leaky ReLU′ keeps its α = 0.1, the largest unless α is set below 0.018."
    ) { cell in
        guard let cell = cell as? DerivativeCell, abs(cell.cursor - questionX) < cursorTolerance else { return nil }
        let slopes = DerivativeCell.compared.map { $0.0.activation(alpha: cell.alpha).derivative(cell.cursor) }
        return slopes.indices.max { slopes[$0] < slopes[$1] }
    }

    private static func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }
}

import LessonKit
import Testing
@testable import ActivationsLesson

/// The activations lesson's challenges and prediction, solved and failed through the cells'
/// knobs (turned a step at a time as the panel does).
@Suite("Activations lesson: challenges")
struct ActivationsChallengeTests: ChallengeTesting {
    let pages = ActivationsLesson().makePages(context: LessonContext())

    @Test func theKeyPagesDeclareTheirChallengesAndTheDerivativeQuestion() {
        #expect(pages.map { $0.challenges.map(\.id) } == [[], ["sigmoid-peak", "leaky-slope"], [], ["y1-largest", "sharpen"]])
        #expect(pages.allSatisfy { $0.challenges.allSatisfy { !$0.needsRun && $0.hints.count == 2 } })
        #expect(pages.map { $0.prediction?.id } == [nil, "largest-at-minus-4", nil, nil])
        #expect(pages[1].prediction?.choices == ["sigmoid′", "tanh′", "ReLU′", "leaky ReLU′"])
        #expect(pages[1].text.contains("press `c` for this page's challenges"))
        #expect(pages[3].text.contains("press `c` for this page's challenges"))
    }

    @Test func sigmoidsSlopeIsLargestAtZero() throws {
        let peak = try challenge(1, "sigmoid-peak")
        let cell = try #require(pages[1].cell)
        // The cursor starts at 4: σ(4)·(1 − σ(4)) = 0.017662706213291107.
        #expect(peak.evaluate(cell) == ChallengeCheck(passed: false, progress: "sigmoid′(4) = 0.0177"))
        try turn(cell, "x", by: -39)
        #expect(peak.evaluate(cell) == ChallengeCheck(passed: false, progress: "sigmoid′(0.1) = 0.249"))  // 0.24937
        try turn(cell, "x", by: -1)
        #expect(peak.evaluate(cell) == ChallengeCheck(passed: true, progress: "sigmoid′(0) = 0.25: the peak"))
        #expect(peak.evaluate(DepthCell()) == .wrongCell)
    }

    @Test func leakyReLUsSlopeAtMinus3IsAlpha() throws {
        let leaky = try challenge(1, "leaky-slope")
        let cell = try #require(pages[1].cell)
        #expect(leaky.evaluate(cell) == ChallengeCheck(passed: false, progress: "move the cursor to x = −3 (now 4)"))
        try turn(cell, "x", by: -70)
        #expect(leaky.evaluate(cell) == ChallengeCheck(passed: false, progress: "leaky ReLU′(−3) = 0.1"))
        try turn(cell, "alpha", by: 9)
        #expect(leaky.evaluate(cell) == ChallengeCheck(passed: false, progress: "leaky ReLU′(−3) = 0.19"))
        try turn(cell, "alpha", by: 1)
        #expect(leaky.evaluate(cell) == ChallengeCheck(passed: true, progress: "leaky ReLU′(−3) = 0.2"))
        // α = 0.2 at another x is not the goal.
        try turn(cell, "x", by: 5)
        #expect(leaky.evaluate(cell) == ChallengeCheck(passed: false, progress: "move the cursor to x = −3 (now -2.5)"))
    }

    @Test func y1IsLargestOnceItsScoreIsAboveTheOthers() throws {
        let first = try challenge(3, "y1-largest")
        let cell = try #require(pages[3].cell)
        #expect(first.evaluate(cell) == ChallengeCheck(passed: false, progress: "y1 = 0.0182; the largest is y3 = 0.737"))
        cell.setKnob("a1", to: 4)                                       // a tie with a3 is not largest
        #expect(!first.evaluate(cell).passed)
        cell.setKnob("a1", to: 5)                                       // e^5 / (e^5 + e^2.9 + e^4) = 0.6706
        #expect(first.evaluate(cell) == ChallengeCheck(passed: true, progress: "y1 = 0.671 is the largest"))
    }

    @Test func aLowTemperatureSharpensTheBooksScoresPast0_9() throws {
        let sharpen = try challenge(3, "sharpen")
        let cell = try #require(pages[3].cell)
        #expect(sharpen.evaluate(cell) == ChallengeCheck(passed: false, progress: "largest probability 0.737 at T = 1"))
        try turn(cell, "T", by: -3)                                     // T = 0.501: y3 = 0.899
        #expect(sharpen.evaluate(cell) == ChallengeCheck(passed: false, progress: "largest probability 0.899 at T = 0.501"))
        try turn(cell, "T", by: -1)                                     // T = 0.398: y3 = 1 / (1 + e^−2.764 + e^−9.30) = 0.9406
        #expect(sharpen.evaluate(cell) == ChallengeCheck(passed: true, progress: "largest probability 0.941 at T = 0.398"))
        cell.setKnob("a3", to: 40)                                      // past 0.9 by the scores: not allowed
        #expect(sharpen.evaluate(cell) == ChallengeCheck(passed: false, progress: "put the scores back to 0.3, 2.9, 4 (d restores the defaults)"))
    }

    @Test func theDerivativeQuestionIsAnsweredAtMinus4AndFollowsAlpha() throws {
        let question = try #require(pages[1].prediction)
        let cell = try #require(pages[1].cell)
        #expect(question.truth(cell) == nil, "the cursor starts at 4")
        try turn(cell, "x", by: -79)
        #expect(question.truth(cell) == nil, "x = −3.9")
        try turn(cell, "x", by: -1)
        #expect(question.truth(cell) == 3, "leaky ReLU′(−4) = α = 0.1 beats sigmoid′(−4) = 0.0177")
        try turn(cell, "alpha", by: -9)                                 // α = 0.01 < 0.0177
        #expect(question.truth(cell) == 0)
        #expect(question.truth(CurveCell()) == nil)
    }
}

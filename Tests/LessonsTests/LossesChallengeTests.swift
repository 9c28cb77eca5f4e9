import LessonKit
import Testing
@testable import LossesLesson

/// The losses lesson's challenges and prediction, solved and failed through the cells'
/// knobs (turned a step at a time as the panel does, or typed as `=` does) and by running
/// the descent.
@Suite("Losses lesson: challenges")
struct LossesChallengeTests: ChallengeTesting {
    let pages = LossesLesson().makePages(context: LessonContext())

    @Test func theKeyPagesDeclareTheirChallengesAndTheRateQuestion() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["ce-below-0.1"], [], ["largest-lr"]])
        #expect(pages.map { $0.challenges.map(\.needsRun) } == [[false], [], [true]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "lr-1.2"])
        #expect(pages[2].prediction?.choices == ["grow", "shrink"])
        #expect(pages[0].text.contains("press `c` for this page's challenges"))
        #expect(pages[2].text.contains("press `c` for"))
    }

    @Test func crossEntropyFallsBelow0_1OnlyWhenTheCorrectClassPassesAbout0_905() throws {
        let ce = try challenge(0, "ce-below-0.1")
        let cell = try #require(pages[0].cell)
        // The book's y: −log(0.6 + 1e-7).
        #expect(ce.evaluate(cell) == ChallengeCheck(passed: false, progress: "CE = 0.5108 at y₂ = 0.6, need < 0.1"))
        cell.setKnob("entry", to: 7)                                    // a wrong class: y₂ stays, CE too
        try turn(cell, "y", by: 4)
        #expect(ce.evaluate(cell) == ChallengeCheck(passed: false, progress: "CE = 0.5108 at y₂ = 0.6, need < 0.1"))
        cell.setKnob("entry", to: 2)
        try turn(cell, "y", by: 6)                                      // y₂ = 0.9: −log 0.9 = 0.10536
        #expect(ce.evaluate(cell) == ChallengeCheck(passed: false, progress: "CE = 0.1054 at y₂ = 0.9, need < 0.1"))
        try turn(cell, "y", by: 1)                                      // y₂ = 0.95: −log 0.95 = 0.051293
        #expect(ce.evaluate(cell) == ChallengeCheck(passed: true, progress: "CE = 0.05129 at y₂ = 0.95"))
        #expect(ce.evaluate(SlopeCell()) == .wrongCell)
    }

    @Test func theLargestRateThatConvergesIsJustUnder1() throws {
        let largest = try challenge(2, "largest-lr")
        let cell = try #require(pages[2].cell)
        cell.setKnob("lr", to: 0.97)
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "lr 0.97: step 0 of 100, press space to run"))
        run(cell)                                                       // ×(−0.94) a step: |x| 5 → 0.01
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: true, progress: "lr 0.97: converges, within 5 % of the limit"))

        cell.setKnob("lr", to: 0.1)                                     // the path is redrawn to step 100
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "lr 0.1: converges, try higher"))
        try turn(cell, "lr", by: 3)                                     // 0.562
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "lr 0.562: converges, try higher"))
        try turn(cell, "lr", by: 1)                                     // 1: x bounces between ±(−3, 4)
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "lr 1: does not converge, lower it"))
        cell.setKnob("lr", to: 0.94)                                    // converges, but 6 % below 1
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "lr 0.94: converges, try higher"))
        cell.setKnob("lr", to: 1.02)
        #expect(!largest.evaluate(cell).passed)
        cell.setKnob("lr", to: 0.95)
        #expect(largest.evaluate(cell).passed)
        // A start at the minimum converges at any rate: it proves nothing.
        cell.setKnob("x0", to: 0)
        cell.setKnob("x1", to: 0)
        #expect(largest.evaluate(cell) == ChallengeCheck(passed: false, progress: "start away from the minimum (0, 0)"))
    }

    @Test func theRateQuestionIsAnsweredAfterThreeStepsAbove1() throws {
        let question = try #require(pages[2].prediction)
        let cell = try #require(pages[2].cell)
        #expect(question.truth(cell) == nil)
        run(cell)
        #expect(question.truth(cell) == nil, "a run at η = 0.1 says nothing about η = 1.2")
        cell.setKnob("steps", to: 2)                                    // the path is cut back to step 2
        cell.setKnob("lr", to: 1.2)
        #expect(question.truth(cell) == nil, "two steps are not enough to tell")
        cell.setKnob("steps", to: 100)
        cell.step()                                                     // (−3, 4) · (−1.4)³: |x| = 13.72
        #expect(question.truth(cell) == 0)
        #expect(question.choices[0] == "grow")
        #expect(question.truth(LossCell()) == nil)
    }
}

/// η = 0.562 (three → presses from 0.1) reaches |x| ≈ 1e-21, where the numerical gradient's
/// round-off flips x across 0 at a constant size: that is the minimum, not a bounce.
@Suite("Losses lesson: jitter at the minimum")
struct LossesMinimumJitterTests {
    @Test func aRunThatReachedTheMinimumIsConvergingNotBouncing() {
        let cell = DescentCell()
        cell.setKnob("lr", to: 0.562341325191)
        cell.stepHeadless(100)
        let last = cell.descent.path.suffix(3)
        #expect(last.map(\.y) == [7.166607546606299e-21, -6.788127708454882e-21, 7.166607546606299e-21])
        #expect(cell.verdict == .converging(f: Descent.f(cell.descent.current)))
        #expect(cell.isFinished && !cell.hasFailed)
        #expect(cell.status == "step 100 / 100   converging: f = 5.34e-41")
    }
}

import LessonKit
import Testing
@testable import PerceptronLesson

/// The perceptron lesson's challenges and prediction, solved and failed through the cells'
/// knobs (turned a step at a time as the panel does) and by running the learning rule.
@Suite("Perceptron lesson: challenges")
struct PerceptronChallengeTests: ChallengeTesting {
    let pages = PerceptronLesson().makePages(context: LessonContext())

    @Test func theKeyPagesDeclareTheirChallengesAndTheXORQuestion() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["nand", "or-bias"], [], [], ["fast-nand"]])
        #expect(pages.map { $0.challenges.map(\.needsRun) } == [[false, false], [], [], [true]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, nil, "xor-converges"])
        #expect(pages[3].prediction?.choices == ["yes", "no"])
        for page in pages {
            for c in page.challenges { #expect(c.hints.count == 2 && !c.goal.isEmpty, "\(c.id)") }
        }
        #expect(pages[0].text.contains("press `c` for this page's challenges"))
        #expect(pages[3].text.contains("at most 5 epochs"))
    }

    @Test func nandIsMadeByFlippingEverySignOfAND() throws {
        let nand = try challenge(0, "nand")
        let cell = try #require(pages[0].cell)
        // The start is the book's AND: every row is the opposite of NAND's.
        #expect(nand.evaluate(cell) == ChallengeCheck(passed: false, progress: "0 of 4 rows right for NAND"))
        try turn(cell, "w1", by: -10)                                   // 0.5 → −0.5
        try turn(cell, "w2", by: -10)
        try turn(cell, "b", by: 10)                                     // −0.7 → 0.3: NOR
        #expect(nand.evaluate(cell) == ChallengeCheck(passed: false, progress: "2 of 4 rows right for NAND"))
        try turn(cell, "b", by: 4)                                      // 0.7: the book's NAND
        #expect(nand.evaluate(cell) == ChallengeCheck(passed: true, progress: "4 of 4 rows right for NAND"))
        #expect(nand.evaluate(XORTryCell()) == .wrongCell)
    }

    @Test func orWithHalfWeightsNeedsABiasAboveMinusAHalfAndNotAbove0() throws {
        let or = try challenge(0, "or-bias")
        let cell = try #require(pages[0].cell)
        #expect(or.evaluate(cell) == ChallengeCheck(passed: false, progress: "2 of 4 rows right for OR"))  // AND
        cell.setKnob("b", to: -0.5)                                     // (1, 0): a = 0, y = 0
        #expect(or.evaluate(cell) == ChallengeCheck(passed: false, progress: "2 of 4 rows right for OR"))
        cell.setKnob("b", to: 0.1)                                      // (0, 0): a = 0.1, y = 1
        #expect(or.evaluate(cell) == ChallengeCheck(passed: false, progress: "3 of 4 rows right for OR"))
        for b in [0.0, -0.2, -0.4] {
            cell.setKnob("b", to: b)
            #expect(or.evaluate(cell) == ChallengeCheck(passed: true, progress: "4 of 4 rows right for OR"), "b = \(b)")
        }
        // OR with other weights does not count.
        cell.setKnob("w1", to: 0.6)
        #expect(or.evaluate(cell) == ChallengeCheck(passed: false, progress: "set w1 = w2 = 0.5 first (now 0.6, 0.5)"))
    }

    @Test func nandInFiveEpochsNeedsAnotherStartOrRate() throws {
        let fast = try challenge(3, "fast-nand")
        let cell = try #require(pages[3].cell)
        #expect(fast.evaluate(cell) == ChallengeCheck(passed: false, progress: "the target is AND: choose NAND"))
        try turn(cell, "target", by: 2)                                 // AND → OR → NAND
        #expect(fast.evaluate(cell) == ChallengeCheck(passed: false, progress: "NAND: 0 epochs done, press space to run"))
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        // Start #1 at η = 0.1 takes 8 epochs.
        #expect(fast.evaluate(cell) == ChallengeCheck(passed: false, progress: "converged in 8 epochs: need ≤ 5, try another η or start"))
        try turn(cell, "start", by: 4)                                  // start #5 (the knob resets the run)
        #expect(!fast.evaluate(cell).passed)
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(fast.evaluate(cell) == ChallengeCheck(passed: true, progress: "converged in 5 epochs"))
        cell.setKnob("start", to: 7)
        try turn(cell, "eta", by: 8)                                    // η 0.1 → 0.5
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(fast.evaluate(cell) == ChallengeCheck(passed: true, progress: "converged in 4 epochs"))
    }

    @Test func theXORQuestionIsAnsweredOnceARunOnXORHasGivenUp() throws {
        let question = try #require(pages[3].prediction)
        let cell = try #require(pages[3].cell)
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(question.truth(cell) == nil, "a finished run on AND says nothing about XOR")
        try turn(cell, "target", by: 4)                                 // XOR
        #expect(question.truth(cell) == nil)
        cell.stepHeadless(40)
        #expect(question.truth(cell) == nil, "10 epochs in, still running")
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.status == "not learned in 100 epochs: XOR is not linearly separable")
        #expect(question.truth(cell) == 1)
        #expect(question.choices[1] == "no")
        #expect(question.truth(GateCell()) == nil)
    }
}

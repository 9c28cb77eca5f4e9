import LessonKit
import Testing
@testable import MLPLesson

/// The mlp lesson's challenges and prediction, solved and failed through the cells' knobs
/// on the lesson's own synthetic digits (5000 / 1000), as a learner would.
@Suite("MLP challenges")
struct MLPChallengeTests {
    let pages = MLPLesson().makePages(context: LessonContext())

    var training: TrainingCell { pages[1].cell as! TrainingCell }
    var race: RaceCell { pages[2].cell as! RaceCell }

    @Test func theChallengesSitOnTheTrainingAndLearningRatePages() {
        #expect(pages.map { $0.challenges.map(\.id) } == [[], ["test-90"], ["three-rates-learn"], []])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "lr-100-loss", nil])
        #expect(pages[1].challenges[0].needsRun && pages[2].challenges[0].needsRun)
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 })
        // A cell of another type is a lesson bug, never a pass.
        #expect(pages[1].challenges[0].evaluate(race) == .wrongCell)
        #expect(pages[2].prediction!.truth(training) == nil)
    }

    @Test func ninetyPercentIsReachedWithLearningRate2() {
        let challenge = pages[1].challenges[0]
        #expect(challenge.evaluate(training) == ChallengeCheck(
            passed: false, progress: "no test accuracy yet: press space to train (it is measured after every epoch)"))
        training.setKnob("lr", to: 2)
        for _ in 0..<300 { training.step() }
        #expect(challenge.evaluate(training) == ChallengeCheck(passed: true, progress: "test 91.2 % at iteration 300 of 1000"))
        // Accuracy reached after the budget does not count: with 250 allowed, 300 is too late.
        #expect(MLPChallenges.checkAccuracy(training.run, budget: 250) == ChallengeCheck(
            passed: false, progress: "best test 89.4 % at iteration 250; 250 of 250 used — out of iterations: change a knob and press r"))
    }

    @Test func theBooksRateIsFarFromNinetyPercent() {
        let challenge = pages[1].challenges[0]
        for _ in 0..<200 { training.step() }
        #expect(challenge.evaluate(training) == ChallengeCheck(
            passed: false, progress: "best test 14.6 % at iteration 200; 200 of 1000 used"))
    }

    @Test func allThreeRatesLearnWhenEachIsRaisedOrLowered() {
        let challenge = pages[2].challenges[0]
        #expect(challenge.evaluate(race) == ChallengeCheck(passed: false, progress: "A not run, B not run, C not run"))
        for _ in 0..<(3 * 300) { race.step() }
        #expect(challenge.evaluate(race) == ChallengeCheck(passed: false, progress: "A 2.3 at 300, B 2.09 at 300, C stopped ✗"))
        race.setKnob("lr_a", to: 1)
        race.setKnob("lr_b", to: 2)
        race.setKnob("lr_c", to: 3)
        for _ in 0..<(3 * 300) { race.step() }
        #expect(challenge.evaluate(race) == ChallengeCheck(passed: true, progress: "A < 1 at 84 ✓, B < 1 at 67 ✓, C < 1 at 70 ✓"))
    }

    @Test func atLearningRate100TheLossGoesUp() {
        let prediction = pages[2].prediction!
        #expect(prediction.truth(race) == nil)
        for _ in 0..<30 { race.step() }
        #expect(prediction.truth(race) == nil)
        // Run C stops at iteration 21 once A and B have caught up.
        while !race.runs[2].isStopped { race.step() }
        #expect(prediction.truth(race) == 0)
        #expect(prediction.choices[0] == "up: it blows up")
        // No run at lr 100: the question does not apply.
        race.setKnob("lr_c", to: 10)
        #expect(prediction.truth(race) == nil)
    }
}

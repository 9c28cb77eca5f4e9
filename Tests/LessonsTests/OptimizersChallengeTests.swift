import LessonKit
import NumericCore
import Testing
@testable import OptimizersLesson

/// The optimizers lesson's challenges and prediction, solved and failed through the surface
/// races' knobs and stepping, as a learner would (the digits race is never stepped here).
@Suite("Optimizers challenges")
struct OptimizersChallengeTests {
    let pages = OptimizersLesson(digitsConfig: OptimizersLessonDigitsTests.small).makePages(context: LessonContext())

    var bowl: SurfaceRaceCell { pages[0].cell as! SurfaceRaceCell }
    var rosenbrock: SurfaceRaceCell { pages[2].cell as! SurfaceRaceCell }

    /// Plays `cell`'s race to its end.
    func play(_ cell: SurfaceRaceCell) { while !cell.isFinished { cell.step() } }

    @Test func theChallengesSitOnTheSurfacePages() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["sgd-before-adam"], ["adam-first"], ["rosenbrock-minimum"], []])
        #expect(pages.map { $0.prediction?.id } == ["first-within-eps", nil, nil, nil])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.needsRun && $0.hints.count == 2 })
        #expect(pages[0].challenges[0].evaluate(pages[3].cell!) == .wrongCell)
    }

    @Test func sgdBeatsAdamFromTheLongAxisWithALargeRate() {
        let challenge = pages[0].challenges[0]
        play(bowl)
        // The book's race: SGD's best lr cannot beat Adam's step 26 from (−7, 2).
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "SGD ≤ε at step 27, Adam at step 26 · step 30 of 30"))
        bowl.setKnob("y0", to: 0)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "SGD ≤ε at step 27, Adam at step 26 · step 30 of 30"))
        bowl.setKnob("sgd_lr", to: 5)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: true, progress: "SGD ≤ε at step 4, Adam at step 26 · step 30 of 30"))
        // Another knob changed: the race is no longer the book's with SGD tuned.
        bowl.setKnob("adam_lr", to: 0.1)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(
            passed: false, progress: "change only SGD lr and the start (choose surface book to reload the rest)"))
    }

    @Test func adamWinsWithLearningRateHalf() {
        let challenge = pages[1].challenges[0]
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "Adam at —, no other within ε · step 0 of 30"))
        play(bowl)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "Adam at step 26, first other: AdaGrad at step 19 · step 30 of 30"))
        // At 1.3 Adam ties with AdaGrad: a tie is not first.
        bowl.setKnob("adam_lr", to: 1.3)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "Adam at step 19, first other: AdaGrad at step 19 · step 30 of 30"))
        bowl.setKnob("adam_lr", to: 1.5)
        #expect(challenge.evaluate(bowl).passed == false)
        bowl.setKnob("adam_lr", to: 0.5)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: true, progress: "Adam at step 15, first other: AdaGrad at step 19 · step 30 of 30"))
        bowl.setKnob("x0", to: -6)
        #expect(challenge.evaluate(bowl) == ChallengeCheck(
            passed: false, progress: "change only Adam lr (choose surface book to reload the rest)"))
    }

    @Test func momentumReachesRosenbrocksMinimumWithAFasterRate() {
        let challenge = pages[2].challenges[0]
        play(rosenbrock)
        #expect(challenge.evaluate(rosenbrock) == ChallengeCheck(
            passed: false, progress: "closest: Adam 0.35 from (1, 1) · step 300 of 300"))
        rosenbrock.setKnob("momentum_lr", to: 0.003)
        #expect(challenge.evaluate(rosenbrock) == ChallengeCheck(passed: true, progress: "Momentum within 0.1 of (1, 1) at step 180"))
        // Moving the start is not the challenge.
        rosenbrock.setKnob("x0", to: 0.9)
        #expect(challenge.evaluate(rosenbrock).passed == false)
        // The bowl is not Rosenbrock.
        #expect(challenge.evaluate(bowl) == ChallengeCheck(passed: false, progress: "choose surface rosenbrock (its start, at most 300 steps)"))
    }

    @Test func adaGradReachesEpsilonFirstOnTheBowl() {
        let prediction = pages[0].prediction!
        #expect(prediction.choices == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam"])
        #expect(prediction.truth(bowl) == nil)
        for _ in 0..<18 { bowl.step() }
        #expect(prediction.truth(bowl) == nil)
        bowl.step()
        #expect(prediction.truth(bowl) == 3)
        // Not the book's race any more: the question does not apply.
        bowl.setKnob("adagrad_lr", to: 0.5)
        #expect(prediction.truth(bowl) == nil)
    }
}

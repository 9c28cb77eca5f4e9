import LessonKit
import Testing
@testable import RNNLesson

/// The rnn lesson's challenges and prediction, solved and failed through the cells' knobs
/// as a learner would.
@Suite("RNN challenges")
struct RNNChallengeTests: ChallengeTesting {
    let pages = RNNLesson().makePages(context: LessonContext())

    var unroll: UnrollCell { pages[0].cell as! UnrollCell }
    var sine: SineCell { pages[1].cell as! SineCell }
    var gradients: GradientCell { pages[2].cell as! GradientCell }

    @Test func oneChallengePerPageAndAPredictionOnTheLast() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["walk-back"], ["fit-sine"], ["reach-back"],
                                                         ["lstm-remembers", "rnn-short-delay"], ["perplexity-below"]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "how-small", "which-reaches-back", "cold-sample"])
        #expect(RNNLesson().challengeIDs() == ["walk-back", "fit-sine", "reach-back", "lstm-remembers", "rnn-short-delay",
                                               "perplexity-below"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 })
        #expect(pages[0].challenges[0].evaluate(sine) == .wrongCell)
        #expect(pages[2].prediction!.truth(sine) == nil)
    }

    @Test func walkingBackNeedsSixStepsAndTheWholeWalk() throws {
        let challenge = try challenge(0, "walk-back")
        run(unroll)
        #expect(challenge.evaluate(unroll) == ChallengeCheck(passed: false, progress: "T = 4, step 8 of 8"))
        try turn(unroll, "unroll", by: 2)
        unroll.reset()
        for _ in 0..<11 { unroll.step() }
        #expect(challenge.evaluate(unroll) == ChallengeCheck(passed: false, progress: "T = 6, step 11 of 12"))
        unroll.step()
        #expect(challenge.evaluate(unroll) == ChallengeCheck(passed: true, progress: "T = 6, step 12 of 12"))
    }

    @Test func theSineFitsWithALargerLearningRateAndLonger() throws {
        let challenge = try challenge(1, "fit-sine")
        #expect(challenge.evaluate(sine) == ChallengeCheck(passed: false, progress: "press space to train"))
        run(sine)
        let failed = challenge.evaluate(sine)
        #expect(!failed.passed && failed.progress == "loss 0.0206 (need < 0.016)")
        sine.reset()
        try turn(sine, "lr", by: 3)
        sine.setKnob("iterations", to: 3000)
        run(sine)
        let passed = challenge.evaluate(sine)
        #expect(passed.passed, "\(passed.progress ?? "")")
        try turn(sine, "length", by: -1)
        #expect(challenge.evaluate(sine) == ChallengeCheck(passed: false, progress: "set the sequence length to 24 or more"))
    }

    @Test func theGradientReachesBackNearRadiusOne() throws {
        let challenge = try challenge(2, "reach-back")
        let prediction = try #require(pages[2].prediction)
        #expect(prediction.truth(gradients) == 2)
        let vanished = challenge.evaluate(gradients)
        #expect(!vanished.passed && vanished.progress == "ratio 4.29e-12 at ρ = 0.5")
        try turn(gradients, "radius", by: 6)
        #expect(gradients.run.config.radius == 1.1)
        #expect(prediction.truth(gradients) == nil)
        #expect(challenge.evaluate(gradients) == ChallengeCheck(passed: true, progress: "ratio 0.0368 at ρ = 1.1"))
        gradients.setKnob("radius", to: 3)
        #expect(challenge.evaluate(gradients) == ChallengeCheck(passed: false, progress: "ratio 2980 at ρ = 3"))
        try turn(gradients, "span", by: -1)
        #expect(challenge.evaluate(gradients) == ChallengeCheck(passed: false, progress: "set steps back T to 32 or more"))
    }
}

import LessonKit
import Testing
@testable import EmbeddingsLesson

/// The embeddings lesson's challenges and prediction, solved and failed through the cells'
/// knobs on synthetic digits, as a learner would.
@Suite("Embeddings challenges")
struct EmbeddingsChallengeTests: ChallengeTesting {
    let pages = EmbeddingsLesson().makePages(context: LessonContext())

    var triplet: TripletCell { pages[0].cell as! TripletCell }
    var verify: VerifyCell { pages[1].cell as! VerifyCell }
    var style: StyleCell { pages[2].cell as! StyleCell }

    @Test func challengesOnTheFirstTwoPagesAndAPredictionOnTheLast() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["separate-triplets"], ["pick-threshold"], [], ["match-texture"]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "slide-texture", "stripes-same-place"])
        #expect(EmbeddingsLesson().challengeIDs() == ["separate-triplets", "pick-threshold", "match-texture"])
        #expect(pages[0].challenges[0].evaluate(verify) == .wrongCell)
        #expect(pages[2].prediction!.truth(triplet) == nil)
    }

    @Test func tripletsSeparateWithRandomMiningNotWithATinyLearningRate() throws {
        let challenge = try challenge(0, "separate-triplets")
        #expect(challenge.evaluate(triplet) == ChallengeCheck(passed: false, progress: "press space to train"))
        triplet.setKnob("lr", to: 0.0001)
        run(triplet)
        let slow = challenge.evaluate(triplet)
        #expect(!slow.passed, "\(slow.progress ?? "")")
        triplet.setKnob("lr", to: 0.003)
        triplet.reset()
        run(triplet)
        let check = challenge.evaluate(triplet)
        #expect(check.passed, "\(check.progress ?? "")")
        try turn(triplet, "margin", by: -2)
        #expect(challenge.evaluate(triplet) == ChallengeCheck(passed: false, progress: "raise α to 0.2 or more"))
    }

    @Test func hardMiningFromTheStartCollapses() {
        triplet.setKnob("mining", to: 1)
        run(triplet)
        #expect(triplet.run.collapsed && triplet.hasFailed && triplet.isFinished)
        #expect(triplet.status?.hasPrefix("collapsed: every digit maps to one point") == true)
        #expect(!pages[0].challenges[0].evaluate(triplet).passed)
        triplet.setKnob("mining", to: 0)
        triplet.reset()
        #expect(!triplet.hasFailed && triplet.run.iteration == 0)
    }

    @Test func aThresholdPassesWhereTooWideOrTooNarrowFails() throws {
        let challenge = try challenge(1, "pick-threshold")
        run(verify)
        #expect(verify.threshold == 1)
        #expect(!challenge.evaluate(verify).passed)
        verify.setKnob("tau", to: 1.5)
        #expect(!challenge.evaluate(verify).passed)
        verify.setKnob("tau", to: 0.05)
        #expect(!challenge.evaluate(verify).passed)
        verify.setKnob("tau", to: 0.5)
        let check = challenge.evaluate(verify)
        #expect(check.passed, "\(check.progress ?? "")")
    }

    @Test func slidingKeepsTheStyleLoss() throws {
        let prediction = try #require(pages[2].prediction)
        #expect(prediction.truth(style) == nil)
        style.step()
        #expect(prediction.truth(style) == 1)
        for _ in 0..<5 { style.step() }
        #expect(style.styleLoss < 0.1 && style.contentLoss > 1)
        try turn(style, "b", by: 1)
        #expect(style.styleLoss > 1)
        #expect(prediction.truth(style) == nil)
    }
}

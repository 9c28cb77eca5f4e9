import LessonKit
import Testing
@testable import DeepNetsLesson

/// The augmentation page's challenge and prediction, solved and failed through the knobs as
/// a learner would, on the lesson's synthetic digits.
@Suite("DeepNets augmentation challenge")
struct DeepNetsAugmentChallengeTests: ChallengeTesting {
    let pages = DeepNetsLesson(sizes: (train: 1000, test: 500), residual: ResidualRun.Config(), deepConv: DeepConvTests.tiny)
        .makePages(context: LessonContext())
    var cell: AugmentCell { pages[4].cell as! AugmentCell }

    @Test func theChallengeAndPredictionSitOnTheAugmentationPage() {
        #expect(pages[4].challenges.map(\.id) == ["augment-beats"])
        #expect(pages[4].prediction?.id == "rotate-180")
        #expect(pages[4].title == "Data augmentation")
        #expect(pages[4].challenges[0].evaluate(pages[2].cell!) == .wrongCell)
        #expect(pages[4].prediction!.truth(cell) == nil)
    }

    @Test func solvedWithOneHundredImages() throws {
        let challenge = try challenge(4, "augment-beats")
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: false, progress: "lower training images to 100"))
        try turn(cell, "train", by: -2)
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: false, progress: "press space to train"))
        cell.stepHeadless(10)
        #expect(challenge.evaluate(cell).passed == false)
        run(cell)
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: true, progress: "15.2 points (need ≥ 5)"))
        try turn(cell, "augment", by: -1)
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: false, progress: "turn augmentation on"))
    }

    @Test func failedAndPredictedWhenRotatingUpsideDown() throws {
        let challenge = try challenge(4, "augment-beats")
        try turn(cell, "train", by: -2)
        cell.setKnob("rotation", to: 180)
        run(cell)
        let check = challenge.evaluate(cell)
        #expect(!check.passed, "\(check.progress ?? "")")
        #expect(check.progress == "−10.8 points (need ≥ 5)")
        #expect(pages[4].prediction!.truth(cell) == 2)
    }
}

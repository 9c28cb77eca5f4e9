import LessonKit
import Testing
@testable import RegularizationLesson

/// The regularization lesson's challenges and prediction, solved and failed through the
/// cells' knobs on the lesson's own data (synthetic digits, noisy moons), as a learner would.
@Suite("Regularization challenges")
struct RegularizationChallengeTests: ChallengeTesting {
    let pages = RegularizationLesson().makePages(context: LessonContext())

    var overfit: OverfitCell { pages[0].cell as! OverfitCell }
    var boundary: BoundaryCell { pages[1].cell as! BoundaryCell }
    var forms: DropoutFormsCell { pages[2].cell as! DropoutFormsCell }

    @Test func oneChallengePerPageAndAPredictionOnTheLast() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["close-the-gap"], ["smooth-boundary"], ["means-agree"]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "inverted-at-test"])
        #expect(RegularizationLesson().challengeIDs() == ["close-the-gap", "smooth-boundary", "means-agree"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 && $0.needsRun })
        #expect(pages[0].challenges[0].evaluate(forms) == .wrongCell)
        #expect(pages[2].prediction!.truth(overfit) == nil)
    }

    @Test func theGapClosesWithWeightDecayNotWithout() throws {
        let challenge = try challenge(0, "close-the-gap")
        #expect(challenge.evaluate(overfit) == ChallengeCheck(passed: false, progress: "press space to train"))
        run(overfit)
        let failed = challenge.evaluate(overfit)
        #expect(!failed.passed && failed.progress == "gap 22 points at epoch 200 (need < 10 after 100)")
        overfit.reset()
        overfit.setKnob("lambda", to: 0.1)
        run(overfit)
        #expect(challenge.evaluate(overfit) == ChallengeCheck(passed: true, progress: "gap 8.8 points at epoch 200 (need < 10 after 100)"))
        // More images is another cure, but this goal is about the 300.
        try turn(overfit, "train", by: 1)
        #expect(challenge.evaluate(overfit) == ChallengeCheck(passed: false, progress: "set training images back to 300"))
    }

    @Test func aSmoothBoundaryWithWeightDecay() throws {
        let challenge = try challenge(1, "smooth-boundary")
        run(boundary)
        #expect(!challenge.evaluate(boundary).passed)
        boundary.reset()
        boundary.setKnob("lambda", to: 0.01)
        run(boundary)
        let check = challenge.evaluate(boundary)
        #expect(check.passed, "\(check.progress ?? "")")
    }

    @Test func theMeansAgreeAfterEnoughMasksAtHalf() throws {
        let challenge = try challenge(2, "means-agree")
        let prediction = try #require(pages[2].prediction)
        forms.setKnob("ratio", to: 0.4)
        run(forms)
        #expect(challenge.evaluate(forms) == ChallengeCheck(passed: false, progress: "raise p to 0.5 or more"))
        try turn(forms, "ratio", by: 2)
        #expect(forms.ratio == 0.5 && forms.draws == 0)
        for _ in 0..<5 { forms.step() }
        #expect(!challenge.evaluate(forms).passed)
        #expect(prediction.truth(forms) == nil)
        run(forms)
        #expect(challenge.evaluate(forms).passed)
        #expect(prediction.truth(forms) == 1)
    }
}

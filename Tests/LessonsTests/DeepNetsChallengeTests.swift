import LessonKit
import Testing
@testable import DeepNetsLesson

/// The deepnets lesson's challenges and prediction, solved and failed through the cells'
/// knobs as a learner would (the residual ones on a small run of the lesson's synthetic digits).
@Suite("DeepNets challenges")
struct DeepNetsChallengeTests: ChallengeTesting {
    let pages = DeepNetsLesson(sizes: (train: 1000, test: 500),
                               residual: ResidualRun.Config()).makePages(context: LessonContext())

    var shapes: ShapeTableCell { pages[0].cell as! ShapeTableCell }
    var oneByOne: OneByOneCell { pages[1].cell as! OneByOneCell }
    var residual: ResidualCell { pages[2].cell as! ResidualCell }

    @Test func oneChallengePerPageAndAPredictionOnTheLast() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["lenet-budget"], ["tenfold-bottleneck"], ["deep-residual"], ["deepconv-90"], ["augment-beats"]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "which-learns", "deepconv-big-lr", "rotate-180"])
        #expect(DeepNetsLesson().challengeIDs() == ["lenet-budget", "tenfold-bottleneck", "deep-residual", "deepconv-90", "augment-beats"])
        #expect(pages[0].challenges[0].evaluate(oneByOne) == .wrongCell)
        #expect(pages[2].prediction!.truth(residual) == nil)
    }

    @Test func leNetUnderBudgetByFewerFiltersNotBySmallerMaps() throws {
        let challenge = try challenge(0, "lenet-budget")
        #expect(challenge.evaluate(shapes) == ChallengeCheck(passed: false, progress: "61,706 parameters (need < 40,000)"))
        // A larger first filter shrinks the maps: fewer parameters, but the last pool is 4×4.
        try turn(shapes, "size", by: 2)
        #expect(challenge.evaluate(shapes) == ChallengeCheck(passed: false, progress: "44,570 parameters, but the last pool is not 5×5"))
        shapes.reset()
        try turn(shapes, "layer", by: 2)
        try turn(shapes, "filters", by: -8)
        #expect(challenge.evaluate(shapes) == ChallengeCheck(passed: true, progress: "36,498 parameters (need < 40,000)"))
    }

    @Test func tenfoldNeedsANarrowerBottleneck() throws {
        let challenge = try challenge(1, "tenfold-bottleneck")
        #expect(challenge.evaluate(oneByOne) == ChallengeCheck(passed: false, progress: "9.7× fewer (need ≥ 10)"))
        try turn(oneByOne, "bottleneck", by: -1)
        #expect(challenge.evaluate(oneByOne) == ChallengeCheck(passed: true, progress: "10.3× fewer (need ≥ 10)"))
        try turn(oneByOne, "filter", by: 1)
        #expect(challenge.evaluate(oneByOne) == ChallengeCheck(passed: false, progress: "set C = 192, FN = 32, F = 5"))
    }

    @Test func theDeepResidualNetLearnsAndThePlainOneLagsWithSmallWeights() throws {
        let challenge = try challenge(2, "deep-residual")
        #expect(challenge.evaluate(residual) == ChallengeCheck(passed: false, progress: "press space to train"))
        residual.setKnob("lr", to: 0.01)
        run(residual)
        let slow = challenge.evaluate(residual)
        #expect(!slow.passed, "\(slow.progress ?? "")")
        residual.setKnob("lr", to: 0.1)
        residual.reset()
        run(residual)
        let check = challenge.evaluate(residual)
        #expect(check.passed, "\(check.progress ?? "")")
        #expect((residual.plainAccuracy ?? 1) < 0.3, "plain \(residual.plainAccuracy ?? -1)")
        #expect(pages[2].prediction!.truth(residual) == 1)
        try turn(residual, "depth", by: -1)
        #expect(challenge.evaluate(residual) == ChallengeCheck(passed: false, progress: "raise hidden layers to 20 or more"))
    }
}

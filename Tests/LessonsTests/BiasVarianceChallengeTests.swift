import LessonKit
import Testing
@testable import BiasVarianceLesson

/// The biasvariance lesson's challenges and prediction, solved and failed through the cells'
/// knobs (turned a step at a time) and runs, as a learner would.
@Suite("BiasVariance challenges")
struct BiasVarianceChallengeTests: ChallengeTesting {
    let pages = BiasVarianceLesson().makePages(context: LessonContext())

    var diagnosis: DiagnosisCell { pages[1].cell as! DiagnosisCell }
    var curve: LearningCurveCell { pages[2].cell as! LearningCurveCell }
    var normalization: NormalizationCell { pages[3].cell as! NormalizationCell }

    @Test func challengesOnPagesTwoAndFourAndAPredictionOnThree() {
        #expect(pages.map { $0.challenges.map(\.id) } == [[], ["provoke-variance", "cure-variance"], [], ["edge-of-stability", "fast-normalized"]])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "ten-times-data", nil])
        #expect(BiasVarianceLesson().challengeIDs() == ["provoke-variance", "cure-variance", "edge-of-stability", "fast-normalized"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 && $0.needsRun })
        #expect(pages[1].challenges[0].evaluate(normalization) == .wrongCell)
        #expect(pages[2].prediction!.truth(curve) == nil)
    }

    @Test func provokeThenCureVarianceWithMoreData() throws {
        let provoke = try challenge(1, "provoke-variance"), cure = try challenge(1, "cure-variance")
        // The default, 1 unit on 400 points, is high bias.
        run(diagnosis)
        #expect(provoke.evaluate(diagnosis) == ChallengeCheck(passed: false, progress: "last finished run: high bias, 1 units"))
        #expect(cure.evaluate(diagnosis) == ChallengeCheck(passed: false, progress: "first make a high-variance run"))
        try turn(diagnosis, "units", by: 7)
        try turn(diagnosis, "train", by: -4)
        #expect(diagnosis.run.config.units == 100 && diagnosis.run.config.trainCount == 25)
        run(diagnosis)
        #expect(provoke.evaluate(diagnosis) == ChallengeCheck(passed: true, progress: "last finished run: high variance, 100 units"))
        #expect(!cure.evaluate(diagnosis).passed)
        // A smaller net would cure it too, but the goal keeps 50 units or more: more data.
        try turn(diagnosis, "train", by: 6)
        #expect(diagnosis.run.config.trainCount == 1000)
        run(diagnosis)
        #expect(cure.evaluate(diagnosis) == ChallengeCheck(passed: true, progress: "last finished run: good, 100 units"))
    }

    @Test func theEdgeOfStabilityIsOneKnobStepBelowDivergence() throws {
        let edge = try challenge(3, "edge-of-stability")
        run(normalization)
        #expect(edge.evaluate(normalization) == ChallengeCheck(passed: false, progress: "lr 0.01: raw converged in 1926 steps"))
        try turn(normalization, "lr", by: 3)
        run(normalization)
        #expect(edge.evaluate(normalization) == ChallengeCheck(passed: true, progress: "lr 0.0562: raw converged in 342 steps"))
        try turn(normalization, "lr", by: 1)
        run(normalization)
        #expect(edge.evaluate(normalization) == ChallengeCheck(passed: false, progress: "lr 0.1: raw diverged at step 16"))
    }

    @Test func normalizedConvergesInTwoStepsAtLearningRateOne() throws {
        let fast = try challenge(3, "fast-normalized")
        run(normalization)
        #expect(fast.evaluate(normalization) == ChallengeCheck(passed: false, progress: "normalized: converged in 473 steps"))
        try turn(normalization, "lr", by: 8)
        run(normalization)
        #expect(fast.evaluate(normalization) == ChallengeCheck(passed: true, progress: "normalized: converged in 2 steps"))
        #expect(normalization.raw.state == .diverged && normalization.hasFailed)
    }

    @Test func tenTimesTheDataLowersTheBigNetsDevError() throws {
        let prediction = try #require(pages[2].prediction)
        run(curve)
        #expect(curve.isFinished && curve.points.map(\.size) == LearningCurveCell.sizes)
        #expect(prediction.truth(curve) == 0)
        let small = try #require(curve.devError(at: 20)), big = try #require(curve.devError(at: 200))
        #expect(small - big > 0.05)
    }
}

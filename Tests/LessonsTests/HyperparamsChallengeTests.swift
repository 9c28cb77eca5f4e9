import Charts
import LessonKit
import Testing
@testable import HyperparamsLesson

/// The hyperparams lesson's challenges and prediction, solved and failed through the cells'
/// knobs on the lesson's synthetic digits, as a learner would (with fewer trials than the
/// default, so the tests stay short).
@Suite("Hyperparams challenges")
struct HyperparamsChallengeTests: ChallengeTesting {
    let pages = HyperparamsLesson().makePages(context: LessonContext())

    var search: SearchCell { pages[0].cell as! SearchCell }
    var best: BestCell { pages[1].cell as! BestCell }
    var sampling: SamplingCell { pages[2].cell as! SamplingCell }

    private func en<T>(_ body: () -> T) -> T { Language.$override.withValue(.en, operation: body) }

    @Test func theChallengesSitOnTheSearchAndBestPages() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["val-80-in-10"], ["fine-round-learns"], [], []])
        #expect(pages.map { $0.prediction?.id } == [nil, nil, "uniform-below-top-decade", nil])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.needsRun && $0.hints.count == 2 })
        #expect(pages[0].challenges[0].evaluate(sampling) == .wrongCell)
        #expect(pages[2].prediction!.truth(search) == nil)
    }

    /// The book's ranges: the first two trials reach at best 67 %, short of 80 %.
    @Test func theBooksRangesMissEightyPercentInTwoTrials() throws {
        let challenge = try challenge(0, "val-80-in-10")
        #expect(en { challenge.evaluate(search) } == ChallengeCheck(passed: false, progress: "no finished trial yet: press space"))
        search.setKnob("trials", to: 2)
        run(search)
        #expect(en { challenge.evaluate(search) } == ChallengeCheck(passed: false, progress: "best val 67 % in 2 of 10 trials"))
    }

    /// The second hint: lr from 0.01 to 0.1, and the first trial already passes 80 %.
    @Test func aRangeAroundTheGoodRatesPasses() throws {
        let challenge = try challenge(0, "val-80-in-10")
        search.setKnob("trials", to: 1)
        search.setKnob("lr_low", to: 0.01)
        search.setKnob("lr_high", to: 0.1)
        run(search)
        let check = en { challenge.evaluate(search) }
        #expect(check.passed, "\(check)")
    }

    /// Narrowing around the best coarse trial (best = 1) after 4 coarse trials: the fine
    /// round's 4 trials reach 51–69 %, 3 of them ≥ 60 %; without narrowing the challenge says how.
    @Test func theFineRoundAroundTheBestTrialLearns() throws {
        let challenge = try challenge(1, "fine-round-learns")
        best.setKnob("trials", to: 4)
        search.setKnob("trials", to: 4)
        #expect(en { challenge.evaluate(best) } == ChallengeCheck(passed: false, progress: "no fine round yet: turn on 'narrow the range'"))
        try turn(best, "best", by: -4)
        best.setKnob("narrow", to: 1)
        run(best)
        run(best)
        let check = en { challenge.evaluate(best) }
        #expect(check.passed, "\(check)")
        #expect(best.search.trials.filter { $0.round == 2 }.count == 4)
    }

    /// Uniform on [1e-6, 1e-2]: about 10 % of the draws below 1e-3 (choice 3), never before 200 draws.
    @Test func predictionIsAboutTenPercent() {
        let prediction = pages[2].prediction!
        for _ in 0..<19 { sampling.step() }
        #expect(prediction.truth(sampling) == nil)
        run(sampling)
        #expect(sampling.uniform.count == 400)
        #expect(prediction.truth(sampling) == 2)
        let share = sampling.shareBelowTopDecade(sampling.uniform)!
        #expect(share > 0.05 && share < 0.15)
        #expect(sampling.shareBelowTopDecade(sampling.logScale)! > 0.68)
    }
}

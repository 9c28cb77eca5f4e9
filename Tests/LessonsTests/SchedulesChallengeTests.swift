import LessonKit
import Testing
@testable import SchedulesLesson

/// The schedules lesson's challenges and predictions, solved and failed through the cells'
/// knobs on the lesson's own data (the generated year, synthetic digits), as a learner would.
@Suite("Schedules challenges")
struct SchedulesChallengeTests: ChallengeTesting {
    let pages = SchedulesLesson().makePages(context: LessonContext())

    var ewma: EWMACell { pages[0].cell as! EWMACell }
    var moments: MomentsCell { pages[1].cell as! MomentsCell }
    var minibatch: MiniBatchCell { pages[2].cell as! MiniBatchCell }
    var decay: DecayCell { pages[3].cell as! DecayCell }

    @Test func challengesAndPredictionsByPage() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["lag-and-smooth", "cold-start"], [], [], ["lowest-decay"]])
        #expect(pages.map { $0.prediction?.id } == ["beta-098", nil, "one-epoch", nil])
        #expect(SchedulesLesson().challengeIDs() == ["lag-and-smooth", "cold-start", "lowest-decay"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 && $0.needsRun })
        #expect(pages[0].challenges[0].evaluate(decay) == .wrongCell)
        #expect(pages[3].challenges[0].evaluate(ewma) == .wrongCell)
    }

    @Test func aSmoothAverageThatLagsLittle() throws {
        let challenge = try challenge(0, "lag-and-smooth")
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "play the whole year (day 0 / 365)"))
        // β = 0.95 is smooth but late.
        try turn(ewma, "beta", by: 1)
        run(ewma)
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "lag 21 days, change per day 0.18 °C (need ≤ 12 and < 0.5)"))
        // β = 0.8 is early but rough.
        ewma.reset()
        try turn(ewma, "beta", by: -2)
        run(ewma)
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "lag 6 days, change per day 0.62 °C (need ≤ 12 and < 0.5)"))
        // β = 0.9: both.
        ewma.reset()
        try turn(ewma, "beta", by: 1)
        run(ewma)
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: true, progress: "lag 11 days, change per day 0.32 °C (need ≤ 12 and < 0.5)"))
        try turn(ewma, "noise", by: 1)
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "set the noise back to 3 °C"))
    }

    @Test func biasCorrectionFixesTheColdStart() throws {
        let challenge = try challenge(0, "cold-start")
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "raise β to 0.98 or more"))
        try turn(ewma, "beta", by: 2)
        #expect(ewma.run.beta == 0.98)
        for _ in 0..<29 { ewma.step() }
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "play to day 30 (day 29)"))
        ewma.step()
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: false, progress: "first 30 days off by 6.78 °C (need < 2)"))
        // Turning correction on divides the same averages by 1 − βᵗ: no restart needed.
        try turn(ewma, "correction", by: 1)
        #expect(challenge.evaluate(ewma) == ChallengeCheck(passed: true, progress: "first 30 days off by 0.34 °C (need < 2)"))
    }

    @Test func predictionBeta098IsAnsweredAfterDay100() throws {
        let prediction = try #require(pages[0].prediction)
        for _ in 0..<99 { ewma.step() }
        #expect(prediction.truth(ewma) == nil)
        ewma.step()
        #expect(prediction.truth(ewma) == 0)
        #expect(prediction.truth(decay) == nil)
    }

    @Test func batchOneIsLowestAfterOneEpoch() throws {
        let prediction = try #require(pages[2].prediction)
        #expect(prediction.truth(minibatch) == nil)
        minibatch.step()
        #expect(prediction.truth(minibatch) == 0)
        #expect(prediction.choices == ["1", "32", "128", "all 1024"])
    }

    @Test func pickTheScheduleThatEndsLowest() throws {
        let challenge = try challenge(3, "lowest-decay")
        #expect(challenge.evaluate(decay) == ChallengeCheck(passed: false, progress: "run the race to its end"))
        run(decay)
        #expect(challenge.evaluate(decay) == ChallengeCheck(passed: false, progress: "lowest: sqrt, your pick: constant"))
        try turn(decay, "pick", by: 4)
        #expect(challenge.evaluate(decay) == ChallengeCheck(passed: true, progress: "lowest: sqrt, your pick: sqrt"))
        // At α0 = 0.5 the constant rate wins within 15 epochs.
        decay.setKnob("alpha0", to: 0.5)
        decay.reset()
        run(decay)
        #expect(challenge.evaluate(decay) == ChallengeCheck(passed: false, progress: "lowest: constant, your pick: sqrt"))
    }
}

import LessonKit
import Testing
@testable import BatchNormLesson

/// The batchnorm lesson's challenges and prediction, through the knobs as `nnbook check`
/// does: each fails at the start and passes with the settings its last hint gives.
@Suite struct BatchNormChallengeTests: ChallengeTesting {
    let pages = BatchNormLesson().makePages(context: LessonContext())

    @Test func idsAreStableAndListed() {
        #expect(BatchNormLesson().challengeIDs() == pages.flatMap { $0.challenges.map(\.id) })
        #expect(BatchNormChallenges.ids == ["shift-and-scale", "running-caught-up", "plain-learns"])
        #expect(pages[2].prediction?.id == "scales-without-bn")
    }

    @Test func shiftAndScale() throws {
        let challenge = try challenge(0, "shift-and-scale")
        let cell = try #require(pages[0].cell)
        #expect(!challenge.evaluate(cell).passed)
        try turn(cell, "gamma", by: 10)   // 1 → 2
        try turn(cell, "beta", by: 10)    // 0 → 1
        #expect(challenge.evaluate(cell).passed)
        // Still true on the next batches: x̂ has mean 0, std ≈ 1 on every batch.
        cell.step(); cell.step()
        #expect(challenge.evaluate(cell).passed)
    }

    @Test func runningCaughtUp() throws {
        let challenge = try challenge(1, "running-caught-up")
        let cell = try #require(pages[1].cell)
        run(cell)
        let atDefault = challenge.evaluate(cell)
        #expect(!atDefault.passed, "\(atDefault.progress ?? "")")   // momentum 0.9: about 35 % off
        cell.setKnob("momentum", to: 0.5)
        cell.reset()
        run(cell)
        #expect(challenge.evaluate(cell).passed, "\(challenge.evaluate(cell).progress ?? "")")
    }

    @Test func netWithoutBatchNormLearnsNearHe() throws {
        let challenge = try challenge(3, "plain-learns")
        let cell = try #require(pages[3].cell)
        run(cell)   // σ = 0.01: stuck at chance
        #expect(!challenge.evaluate(cell).passed, "\(challenge.evaluate(cell).progress ?? "")")
        try turn(cell, "sigma", by: 13)   // 0.01 × 10^1.3 ≈ 0.2
        run(cell)
        #expect(challenge.evaluate(cell).passed, "\(challenge.evaluate(cell).progress ?? "")")
    }

    /// The grid (8 epochs per scale to keep the test short): unanswered until every scale has
    /// trained, then "only a few" — with batch norm most scales learn, without it at most 5.
    @Test func predictionScalesWithoutBatchNorm() throws {
        let cell = try #require(pages[2].cell as? GridCell)
        let prediction = try #require(pages[2].prediction)
        cell.setKnob("grid_epochs", to: 8)
        #expect(prediction.truth(cell) == nil)
        for _ in 0..<200 { cell.step() }
        #expect(prediction.truth(cell) == nil)
        run(cell)
        #expect(cell.isFinished && !cell.hasFailed)
        #expect(prediction.truth(cell) == 2)
        let learned = cell.grid.learned()
        #expect(learned.plain <= 4 && learned.bn >= 6, "\(learned)")
    }
}

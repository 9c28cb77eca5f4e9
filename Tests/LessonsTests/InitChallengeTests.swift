import LessonKit
import Testing
@testable import InitLesson

/// The init lesson's challenges and prediction, through the knobs as ← and → turn them.
@Suite struct InitChallengeTests: ChallengeTesting {
    let pages = InitLesson().makePages(context: LessonContext())

    @Test func sigmoidSpreadNeedsXavier() throws {
        let challenge = try challenge(1, "sigmoid-spread")
        let cell = try #require(pages[1].cell)
        run(cell)
        #expect(!challenge.evaluate(cell).passed)            // σ = 1: saturated
        try turn(cell, "init", by: 1)                        // 0.01: collapsed at 0.5
        run(cell)
        #expect(!challenge.evaluate(cell).passed)
        try turn(cell, "init", by: 1)                        // Xavier
        run(cell)
        let check = challenge.evaluate(cell)
        #expect(check.passed, "\(check.progress)")
        try turn(cell, "depth", by: -1)                      // fewer than 5 layers no longer counts
        run(cell)
        #expect(!challenge.evaluate(cell).passed)
    }

    @Test func deepReLUNeedsHe() throws {
        let challenge = try challenge(2, "deep-relu")
        let cell = try #require(pages[2].cell)
        try turn(cell, "activation", by: 2)
        try turn(cell, "depth", by: 5)
        for (steps, passes) in [(0, false), (1, false), (1, false), (1, true)] {   // σ = 1, 0.01, Xavier, He
            try turn(cell, "init", by: steps)
            run(cell)
            let check = challenge.evaluate(cell)
            #expect(check.passed == passes, "\(steps): \(check.progress)")
        }
    }

    @Test func heAheadAfterTraining() throws {
        let challenge = try challenge(3, "he-ahead")
        let cell = try #require(pages[3].cell)
        #expect(!challenge.evaluate(cell).passed)
        cell.setKnob("iterations", to: 300)
        cell.stepHeadless(300)
        let check = challenge.evaluate(cell)
        #expect(check.passed, "\(check.progress)")
    }

    @Test func predictionKnownOnlyForSigmoidAtSmallSigma() throws {
        let prediction = try #require(pages[0].prediction)
        let cell = try #require(pages[0].cell)
        run(cell)
        #expect(prediction.truth(cell) == nil)               // σ = 1: not the question's setting
        try turn(cell, "init", by: 1)
        #expect(prediction.truth(cell) == nil)               // not computed yet
        run(cell)
        #expect(prediction.truth(cell) == 1)                 // around 0.5
    }
}

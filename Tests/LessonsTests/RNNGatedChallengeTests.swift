import LessonKit
import Testing
@testable import RNNLesson

/// The gated-cell page's challenges and prediction, solved and failed through the knobs as a
/// learner would (default seed; each full run is 500 iterations of both nets).
@Suite("RNN gated-cell challenges")
struct RNNGatedChallengeTests: ChallengeTesting {
    let pages = RNNLesson().makePages(context: LessonContext())

    var gated: GatedCell { pages[3].cell as! GatedCell }

    @Test func twoChallengesAndAPrediction() {
        #expect(pages[3].challenges.map(\.id) == ["lstm-remembers", "rnn-short-delay"])
        #expect(pages[3].prediction?.id == "which-reaches-back")
        #expect(pages[3].challenges.allSatisfy { $0.hints.count == 2 })
        #expect(pages[3].challenges[0].evaluate(pages[1].cell!) == .wrongCell)
        #expect(pages[3].prediction!.truth(pages[1].cell!) == nil)
    }

    /// Default knobs: the LSTM remembers across 20 steps and the vanilla RNN stays at chance;
    /// the prediction resolves to "the LSTM's" once 200 iterations have run.
    @Test func atTheDefaultsTheLSTMRemembersAndTheRNNDoesNot() throws {
        let lstm = try challenge(3, "lstm-remembers"), rnn = try challenge(3, "rnn-short-delay")
        let prediction = try #require(pages[3].prediction)
        #expect(lstm.evaluate(gated) == ChallengeCheck(passed: false, progress: "press space to train"))
        gated.stepHeadless(199)
        #expect(prediction.truth(gated) == nil)
        gated.step()
        #expect(prediction.truth(gated) == 1)
        run(gated)
        #expect(gated.run.iteration == 500)
        #expect(lstm.evaluate(gated) == ChallengeCheck(passed: true, progress: "LSTM 100% at T = 20 (need ≥ 95%)"))
        #expect(rnn.evaluate(gated) == ChallengeCheck(passed: false, progress: "RNN 53% at T = 20 (need ≥ 95%)"))
        #expect(prediction.truth(gated) == 1)
        // A delay under 20 does not count for the LSTM.
        try turn(gated, "delay", by: -1)
        #expect(lstm.evaluate(gated) == ChallengeCheck(passed: false, progress: "set the delay T to 20 or more"))
    }

    /// One hidden unit is too little memory for the LSTM to learn the task in 500 iterations.
    @Test func oneHiddenUnitFailsTheLSTM() throws {
        let lstm = try challenge(3, "lstm-remembers")
        gated.setKnob("hidden", to: 1)
        run(gated)
        #expect(lstm.evaluate(gated) == ChallengeCheck(passed: false, progress: "LSTM 50% at T = 20 (need ≥ 95%)"))
    }

    /// At a delay of 4 the vanilla RNN's gradient still reaches the first step, and it learns.
    @Test func aShortDelayLetsTheRNNLearn() throws {
        let rnn = try challenge(3, "rnn-short-delay")
        try turn(gated, "delay", by: -8)
        #expect(gated.run.config.delay == 4)
        run(gated)
        #expect(rnn.evaluate(gated) == ChallengeCheck(passed: true, progress: "RNN 100% at T = 4 (need ≥ 95%)"))
        #expect(pages[3].prediction!.truth(gated) == nil)
    }
}

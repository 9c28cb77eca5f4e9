import LessonKit
import Testing
@testable import LogisticLesson

/// The logistic lesson's challenges and predictions, solved and failed through the cells'
/// knobs on the lesson's own data (the blobs, synthetic digits), as a learner would.
@Suite("Logistic challenges")
struct LogisticChallengeTests: ChallengeTesting {
    let pages = LogisticLesson().makePages(context: LessonContext())

    var toy: TrainingCell { pages[0].cell as! TrainingCell }
    var threes: TrainingCell { pages[1].cell as! TrainingCell }
    var graph: GraphCell { pages[2].cell as! GraphCell }
    var race: VectorizationCell { pages[3].cell as! VectorizationCell }

    @Test func challengesAndPredictionsByPage() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["overshoot"], ["threes-95"], ["confidently-wrong"], []])
        #expect(pages.map { $0.prediction?.id } == [nil, "threes-weights", nil, "how-much-faster"])
        #expect(LogisticLesson().challengeIDs() == ["overshoot", "threes-95", "confidently-wrong"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 && $0.needsRun })
        #expect(pages[0].challenges[0].evaluate(graph) == .wrongCell)
        #expect(pages[0].challenges[0].evaluate(threes) == .wrongCell)
        #expect(pages[1].prediction!.truth(toy) == nil)
    }

    @Test func gradientDescentBreaksOnlyWithAHugeLearningRate() throws {
        let challenge = try challenge(0, "overshoot")
        #expect(challenge.evaluate(toy) == ChallengeCheck(passed: false, progress: "press space to train"))
        try turn(toy, "lr", by: 8)
        #expect(toy.run.config.learningRate == 10)
        run(toy)
        // At 10 the cost zig-zags but the run goes on to the end.
        let check = challenge.evaluate(toy)
        #expect(!check.passed && toy.run.iteration == 300)
        try turn(toy, "lr", by: 2)
        toy.reset()
        run(toy)
        #expect(challenge.evaluate(toy) == ChallengeCheck(passed: true, progress: "stopped at iteration 10 with lr 31.6"))
        #expect(toy.hasFailed && toy.isFinished)
    }

    @Test func ninetyFivePercentWithinAHundredIterations() throws {
        let challenge = try challenge(1, "threes-95")
        let prediction = try #require(pages[1].prediction)
        #expect(challenge.evaluate(threes) == ChallengeCheck(passed: false, progress: "press space to train"))
        for _ in 0..<100 { threes.step() }
        #expect(challenge.evaluate(threes) == ChallengeCheck(passed: false, progress: "best in the first 100 iterations: 93.4 %"))
        #expect(prediction.truth(threes) == 1)
        threes.reset()
        #expect(prediction.truth(threes) == nil)
        try turn(threes, "lr", by: 4)
        #expect(threes.run.config.learningRate == 1)
        for _ in 0..<100 { threes.step() }
        let check = challenge.evaluate(threes)
        #expect(check.passed, "\(check.progress ?? "")")
        try turn(threes, "digit", by: 1)
        #expect(challenge.evaluate(threes) == ChallengeCheck(passed: false, progress: "set the digit back to 3"))
    }

    @Test func aConfidentlyWrongNeuronWalkedBackward() throws {
        let challenge = try challenge(2, "confidently-wrong")
        run(graph)
        #expect(challenge.evaluate(graph) == ChallengeCheck(passed: false, progress: "L = 0.644: not wrong enough yet"))
        try turn(graph, "w1", by: -14)
        #expect(graph.graph.w1 == -3)
        // The walk keeps its place when a knob turns; from the start it must be walked again.
        graph.reset()
        #expect(challenge.evaluate(graph) == ChallengeCheck(passed: false, progress: "L = 3.43: now walk the graph to its end"))
        run(graph)
        #expect(challenge.evaluate(graph) == ChallengeCheck(passed: true, progress: "L = 3.43, dz = -0.968"))
    }

    @Test func theSpeedUpPredictionIsReadFromTheMeasurement() throws {
        let prediction = try #require(pages[3].prediction)
        #expect(prediction.truth(race) == nil)
        race.setKnob("examples", to: 100)
        run(race)
        let speedup = try #require(race.race.speedup)
        #expect(prediction.truth(race) == LogisticChallenges.speedupChoice(speedup))
        #expect([1.5, 2, 9.9, 10, 99, 100, 400].map(LogisticChallenges.speedupChoice) == [0, 1, 1, 2, 2, 3, 3])
    }
}

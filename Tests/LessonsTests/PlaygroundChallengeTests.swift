import LessonKit
import Testing
@testable import PlaygroundLesson

/// The playground's challenges and prediction, solved and failed through the cells' knobs
/// (seed 1, 2000 iterations per run as a headless check plays them).
@Suite("Playground challenges")
struct PlaygroundChallengeTests: ChallengeTesting {
    let pages = PlaygroundLesson().makePages(context: LessonContext())

    var flower: PlaygroundCell { pages[0].cell as! PlaygroundCell }
    var neurons: PlaygroundCell { pages[1].cell as! PlaygroundCell }
    var depth: DepthCell { pages[2].cell as! DepthCell }

    @Test func challengesOnTheFirstTwoPagesAPredictionOnTheFirst() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["flower-90"], ["circles-three"], []])
        #expect(pages.map { $0.prediction?.id } == ["logistic-flower", nil, nil])
        #expect(PlaygroundLesson().challengeIDs() == ["flower-90", "circles-three"])
        #expect(pages.flatMap(\.challenges).allSatisfy { $0.hints.count == 2 && $0.needsRun })
        #expect(pages[0].challenges[0].evaluate(neurons) == .wrongCell)
        #expect(pages[1].challenges[0].evaluate(depth) == .wrongCell)
    }

    @Test func theFlowerWithThreeUnitsNotWithNgsFour() throws {
        let challenge = try challenge(0, "flower-90")
        run(flower)
        #expect(challenge.evaluate(flower) == ChallengeCheck(passed: false, progress: "use 1 to 3 hidden units in all (now 4)"))
        try turn(flower, "units", by: -1)
        #expect(challenge.evaluate(flower) == ChallengeCheck(passed: false, progress: "train at least 1000 iterations (now 0)"))
        run(flower)
        #expect(challenge.evaluate(flower) == ChallengeCheck(passed: true, progress: "test 90.5% (need 90%)"))
        flower.setKnob("dataset", to: 1)
        #expect(!challenge.evaluate(flower).passed)
    }

    @Test func theCirclesNeedAThirdNeuron() throws {
        let challenge = try challenge(1, "circles-three")
        run(neurons)
        let failed = challenge.evaluate(neurons)
        #expect(!failed.passed && failed.progress == "test 78% (need 95%)")
        try turn(neurons, "units", by: 1)
        run(neurons)
        #expect(challenge.evaluate(neurons) == ChallengeCheck(passed: true, progress: "test 99.5% (need 95%)"))
        try turn(neurons, "units", by: 1)
        #expect(challenge.evaluate(neurons).progress == "use 1 to 3 hidden units in all (now 4)")
    }

    @Test func logisticRegressionOnTheFlowerStaysBelowSeventyFive() throws {
        let prediction = try #require(pages[0].prediction)
        #expect(prediction.truth(flower) == nil)  // one hidden layer: not the question's net
        flower.setKnob("hidden", to: 0)
        #expect(prediction.truth(flower) == nil)  // not trained yet
        run(flower)
        #expect(prediction.truth(flower) == 0)
    }
}

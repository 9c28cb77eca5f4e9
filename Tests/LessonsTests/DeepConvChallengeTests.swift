import LessonKit
import Testing
@testable import DeepNetsLesson

/// The DeepConvNet page's challenge and prediction, solved and failed through the cell's
/// knobs on the lesson's synthetic digits. The net is a tiny DeepConvNet (filters 4, 4, 8, 8,
/// 8, 8; the book's 50 hidden units) measured on 100 test digits, so a debug build trains it
/// in seconds; with batch 50 and lr 0.003 it passes 90 % near iteration 225.
@Suite("DeepNets challenges: DeepConvNet")
struct DeepConvChallengeTests: ChallengeTesting {
    static let config = DeepConvRun.Config(iterations: 500, batchSize: 100, learningRate: 0.001, evaluateEvery: 25,
                                           evaluationSize: 100, filters: [4, 4, 8, 8, 8, 8], hidden: 50)
    let pages = DeepNetsLesson(sizes: (train: 1000, test: 500), residual: ResidualRun.Config(), deepConv: Self.config)
        .makePages(context: LessonContext())

    var cell: DeepConvCell { pages[3].cell as! DeepConvCell }

    @Test func ninetyPercentWithinFiveHundredIterations() throws {
        let challenge = try challenge(3, "deepconv-90")
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: false, progress: "press space to train"))
        #expect(pages[0].challenges[0].evaluate(cell) == .wrongCell)
        cell.setKnob("batch", to: 50)
        cell.setKnob("lr", to: 0.003)
        var check = challenge.evaluate(cell)
        while !check.passed && !cell.isFinished {
            cell.step()
            check = challenge.evaluate(cell)
        }
        #expect(check.passed, "\(check.progress ?? "")")
        let hit = try #require(DeepNetsChallenges.deepConvReached(cell.run))
        #expect(hit.iteration <= 500 && hit.testAccuracy >= 0.9)
        #expect(check.progress == "test \(DeepConvCell.percent(hit.testAccuracy)) at iteration \(hit.iteration)")
    }

    @Test func aLearningRateFarTooLargeFailsItAndAnswersThePrediction() throws {
        let challenge = try challenge(3, "deepconv-90")
        let prediction = try #require(pages[3].prediction)
        #expect(prediction.id == "deepconv-big-lr" && prediction.truth(cell) == nil)
        cell.setKnob("lr", to: 1)
        cell.setKnob("batch", to: 10)
        cell.stepHeadless(120)
        #expect(cell.hasFailed, "\(cell.run.losses.suffix(5)) \(cell.run.evaluations.map { Set($0.predictions).count })")
        print("big lr: \(cell.run.iteration) \(String(describing: cell.run.failure))")
        #expect(challenge.evaluate(cell) == ChallengeCheck(passed: false, progress: "not 90 % by iteration 500: change lr, press r"))
        #expect(prediction.truth(cell) == 2)
        // After r with the book's rate the run trains again and the goal says how far it is.
        cell.setKnob("lr", to: 0.001)
        cell.reset()
        #expect(prediction.truth(cell) == nil)
        cell.step()
        let check = challenge.evaluate(cell)
        #expect(!check.passed && check.progress?.hasSuffix("at iteration 1 (need 90 %)") == true, "\(check.progress ?? "")")
    }
}

import LessonKit
import Testing
@testable import BackpropLesson

/// The backprop lesson's challenges and prediction, solved and failed through the cells'
/// knobs (turned a step at a time as the panel does, or typed as `=` does) and by walking the
/// apple graph forward and backward to its end.
@Suite("Backprop lesson: challenges")
struct BackpropChallengeTests: ChallengeTesting {
    let pages = BackpropLesson().makePages(context: LessonContext())

    @Test func theKeyPagesDeclareTheirChallengesAndTheGradientQuestion() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["double-apple-grad"], [], [], [], ["agree-1e-7"]])
        #expect(pages.map { $0.challenges.map(\.needsRun) } == [[true], [], [], [], [false]])
        #expect(pages.map { $0.prediction?.id } == ["apple-vs-count", nil, nil, nil, nil])
        #expect(pages[0].prediction?.choices == ["larger", "smaller", "equal"])
        #expect(pages[0].text.contains("press `c` for this page's challenges"))
        #expect(pages[4].text.contains("press `c` for this page's challenges"))
    }

    @Test func doublingApplesBoughtOrTheTaxDoublesTheApplesGradient() throws {
        let double = try challenge(0, "double-apple-grad")
        let cell = try #require(pages[0].cell)
        #expect(double.evaluate(cell) == ChallengeCheck(passed: false, progress: "walk to the end of the backward pass (space) to see ∂price/∂apple"))
        run(cell)                                                       // 2 forward, 2 backward steps
        #expect(double.evaluate(cell) == ChallengeCheck(passed: false, progress: "∂price/∂apple = 2.2, need 4.4"))
        try turn(cell, "apple", by: 10)                                 // 200 a piece: the gradient is apple_num·tax still
        #expect(double.evaluate(cell) == ChallengeCheck(passed: false, progress: "∂price/∂apple = 2.2, need 4.4"))
        cell.setKnob("apple", to: 100)
        try turn(cell, "apple_num", by: 2)                              // 4 apples: 4·1.1; the walk stays at its end
        #expect(double.evaluate(cell) == ChallengeCheck(passed: true, progress: "∂price/∂apple = 4.4, doubled"))
        try turn(cell, "tax", by: 22)                                   // and tax 2.2: two inputs changed
        #expect(double.evaluate(cell) == ChallengeCheck(passed: false, progress: "2 inputs changed: change only one (d restores the defaults)"))
        try turn(cell, "apple_num", by: -2)                             // tax alone: 2·2.2
        #expect(double.evaluate(cell) == ChallengeCheck(passed: true, progress: "∂price/∂apple = 4.4, doubled"))
        cell.reset()                                                    // r: the gradients are gone until the walk ends again
        #expect(!double.evaluate(cell).passed)
        #expect(double.evaluate(GradientCheckCell()) == .wrongCell)
    }

    @Test func theAppleOrangeGraphCountsToo() throws {
        let double = try challenge(0, "double-apple-grad")                // declared on page 1, same cell as page 2
        let cell = try #require(pages[1].cell)
        cell.setKnob("example", to: 1)
        cell.setKnob("apple_num", to: 4)
        run(cell)                                                       // (4·100 + 3·150)·1.1: ∂/∂apple = 4·1.1
        #expect(double.evaluate(cell) == ChallengeCheck(passed: true, progress: "∂price/∂apple = 4.4, doubled"))
        cell.setKnob("orange_num", to: 4)
        #expect(double.evaluate(cell) == ChallengeCheck(passed: false, progress: "2 inputs changed: change only one (d restores the defaults)"))
    }

    @Test func backpropAgreesToBetterThan1e7WithoutTheBooksDelta() throws {
        let agree = try challenge(4, "agree-1e-7")
        let cell = try #require(pages[4].cell)
        // The book's δ = 1e-7 in the log: backprop's y − t leaves it out, 3.8e-6 apart.
        #expect(agree.evaluate(cell) == ChallengeCheck(passed: false, progress: "largest rel Δ 3.8e-06, need < 1e-7"))
        try turn(cell, "delta", by: 1)                                  // δ = 0
        #expect(agree.evaluate(cell) == ChallengeCheck(passed: true, progress: "largest rel Δ 1.4e-08 < 1e-7"))
        try turn(cell, "delta", by: 1)                                  // back to 1e-7
        #expect(!agree.evaluate(cell).passed)
    }

    @Test func theGradientQuestionIsAnsweredAtTheEndOfTheWalkFromTheInputsSet() throws {
        let question = try #require(pages[0].prediction)
        let cell = try #require(pages[0].cell)
        #expect(question.truth(cell) == nil)
        cell.step(); cell.step(); cell.step()                           // one backward step left
        #expect(question.truth(cell) == nil)
        cell.step()
        #expect(question.truth(cell) == 1, "2.2 < 110")
        cell.setKnob("apple", to: 1)                                    // ∂/∂apple_num = 1·1.1 < 2.2
        #expect(question.truth(cell) == 0)
        cell.setKnob("apple", to: 2)                                    // both 2·1.1
        #expect(question.truth(cell) == 2)
        #expect(question.truth(GradientCheckCell()) == nil)
    }
}

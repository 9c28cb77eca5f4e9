import LessonKit
import Testing
@testable import CNNLesson

/// The cnn lesson's challenges and prediction, solved and failed through the convolution
/// explorer's knobs, as a learner would.
@Suite("CNN challenges")
struct CNNChallengeTests {
    let pages = CNNLesson().makePages(context: LessonContext())

    var explorer: ExplorerCell { pages[0].cell as! ExplorerCell }

    /// Types a 3×3 filter into the explorer entry by entry (row-major), as with the
    /// `entry` and `entry value` knobs.
    func type(_ filter: [Double]) {
        for (i, value) in filter.enumerated() {
            explorer.setKnob("entry", to: Double(i + 1))
            explorer.setKnob("value", to: value)
        }
    }

    @Test func theChallengesSitOnTheExplorerPage() {
        #expect(pages.map { $0.challenges.map(\.id) } == [["vertical-edge", "output-10x10"], [], [], [], []])
        #expect(pages.map { $0.prediction?.id } == ["output-size-p1-s2", nil, nil, nil, nil])
        #expect(pages[0].challenges.allSatisfy { !$0.needsRun && $0.hints.count == 2 })
        #expect(pages[0].challenges[0].evaluate(pages[1].cell!) == .wrongCell)
    }

    @Test func theEdgeResponsesAreHandDerived() {
        // Vertical-edge preset: |0 − 1| in each of three rows at the edge, sum 0, blind to rows.
        let edge = CNNChallenges.EdgeResponses(filter: [1, 0, -1, 1, 0, -1, 1, 0, -1])
        #expect([edge.vertical, edge.flat, edge.horizontal] == [3, 0, 0])
        #expect(edge.detectsVerticalEdges)
        // The book's filter sums to 9: a flat bright region answers 9.
        #expect(CNNChallenges.EdgeResponses(filter: [2, 0, 1, 0, 1, 2, 1, 0, 2]).flat == 9)
    }

    @Test func aHandBuiltVerticalEdgeFilterPasses() {
        let challenge = pages[0].challenges[0]
        #expect(challenge.evaluate(explorer) == ChallengeCheck(
            passed: false, progress: "vertical edge 9, flat 9, horizontal edge 9 · edit entries by hand"))
        type([1, 0, -1, 1, 0, -1, 1, 0, -1])
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: true, progress: "vertical edge 3, flat 0, horizontal edge 0"))
        // The same by hand but turned: a horizontal-edge filter is blind to the vertical edge.
        type([1, 1, 1, 0, 0, 0, -1, -1, -1])
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: false, progress: "vertical edge 0, flat 0, horizontal edge 3"))
        // An uneven filter answers flat regions too.
        type([1, 0, 0, 1, 0, -1, 1, 0, -1])
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: false, progress: "vertical edge 2, flat 1, horizontal edge 1"))
        // A 5×5 filter is not the challenge.
        explorer.setKnob("size", to: 1)
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: false, progress: "set filter size to 3×3"))
    }

    @Test func strideThreeGivesTenByTenOnADigit() {
        let challenge = pages[0].challenges[1]
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: false, progress: "choose image digit 2 or digit 7 (28×28)"))
        explorer.setKnob("image", to: 1)
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: false, progress: "output 26×26, want 10×10"))
        explorer.setKnob("stride", to: 2)
        #expect(challenge.evaluate(explorer) == ChallengeCheck(
            passed: false, progress: "no output: H + 2P − F = 25 is not a multiple of S = 2 — try stride 1"))
        explorer.setKnob("stride", to: 3)
        explorer.setKnob("pad", to: 1)
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: true, progress: "output 10×10, want 10×10"))
        explorer.setKnob("size", to: 1)
        #expect(challenge.evaluate(explorer).passed == false)
        explorer.setKnob("pad", to: 2)
        #expect(challenge.evaluate(explorer) == ChallengeCheck(passed: true, progress: "output 10×10, want 10×10"))
    }

    @Test func theSquareWithPaddingOneAndStrideTwoGivesEightByEight() {
        let prediction = pages[0].prediction!
        #expect(prediction.truth(explorer) == nil)
        explorer.setKnob("image", to: 3)
        explorer.setKnob("pad", to: 1)
        #expect(prediction.truth(explorer) == nil)
        explorer.setKnob("stride", to: 2)
        #expect(prediction.truth(explorer) == 1)
        #expect(prediction.choices[1] == "8×8")
        #expect(explorer.model.output?.height == 8)
    }
}

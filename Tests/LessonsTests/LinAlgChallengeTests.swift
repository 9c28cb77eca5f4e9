import LessonKit
import Testing
@testable import LinAlgLesson

/// The linalg challenges solved and failed through the knobs, and the prediction's answer.
@Suite struct LinAlgChallengeTests: ChallengeTesting {
    let pages = LinAlgLesson().makePages(context: LessonContext())

    @Test func flattenThePlaneWithDHalf() throws {
        let flatten = try challenge(0, "flatten-the-plane"), cell = try #require(pages[0].cell)
        #expect(!flatten.evaluate(cell).passed)  // det 3
        try turn(cell, "d", by: -15)              // d 2 → 0.5: ad − bc = 1 − 1
        #expect(flatten.evaluate(cell).passed)
        for name in ["a", "b", "c", "d"] { cell.setKnob(name, to: 0) }
        #expect(!flatten.evaluate(cell).passed)  // the zero matrix squashes to a point
    }

    @Test func compressThePictureNeedsTheGeneratedImageAndEnoughK() throws {
        let compress = try challenge(2, "compress-the-picture"), cell = try #require(pages[2].cell)
        #expect(!compress.evaluate(cell).passed)  // the digit
        try turn(cell, "image", by: 1)
        cell.setKnob("k", to: 1)
        #expect(!compress.evaluate(cell).passed)  // one value keeps too little
        cell.setKnob("k", to: 5)
        #expect(compress.evaluate(cell).passed)
        cell.setKnob("k", to: 32)                 // 32·129 = 4128 numbers > 4096 pixels
        #expect(!compress.evaluate(cell).passed)
    }

    @Test func predictionAnswerIsTheDeterminant() throws {
        let prediction = try #require(pages[0].prediction), cell = try #require(pages[0].cell)
        #expect(prediction.truth(cell) == nil)
        run(cell)
        #expect(prediction.truth(cell) == 1)
        #expect(LinAlgLesson().challengeIDs() == ["flatten-the-plane", "compress-the-picture", "half-the-variance-with-5", "autoencoder-within-2.5-degrees"])
    }
}

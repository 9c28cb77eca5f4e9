import Charts
import Testing
@testable import LessonKit

@Suite("Readout lines")
struct ReadoutLinesTests {
    @Test func partsShareLinesWithThreeSpaces() {
        #expect(ReadoutLines.pack(["x = 1.5", "f = 2.25", "", "step 3"], width: 30, options: .standard)
            == ["x = 1.5   f = 2.25   step 3"])
        #expect(ReadoutLines.pack(["x = 1.5", "f = 2.25", "step 3"], width: 20, options: .standard)
            == ["x = 1.5   f = 2.25", "step 3"])
    }

    @Test func longPartsBreakAtSpacesAndASCIIIsSpelledOut() {
        #expect(ReadoutLines.pack(["the loss is NaN: lower the learning rate"], width: 21, options: .standard)
            == ["the loss is NaN:", "lower the learning", "rate"])
        #expect(ReadoutLines.pack(["σ′(0) = 0.25"], width: 40, options: .ascii) == ["sigma'(0) = 0.25"])
    }

    @Test func aBrokenPartKeepsItsLinesToItself() {
        // "rate" is the end of the first part: "x = 1" must not join it on its line.
        #expect(ReadoutLines.pack(["y = 2", "the loss is NaN: lower the learning rate", "x = 1", "z = 3"],
                                  width: 21, options: .standard)
            == ["y = 2", "the loss is NaN:", "lower the learning", "rate", "x = 1   z = 3"])
    }
}

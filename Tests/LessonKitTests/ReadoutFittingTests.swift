import Testing
import Charts
@testable import LessonKit

/// Review D8: readouts fitted to a cell never show a shortened number: packing breaks at
/// spaces (a number moves whole to the next line), in the ASCII spelling that is drawn.
@Suite struct ReadoutFittingTests {
    @Test func theMLPReadoutKeepsItsLossWhole() {
        let part = "label 0 → predicted 4 (y = 0.1) · loss −ln y₀ = 2.35"
        #expect(ReadoutLines.pack([part], width: 50, options: .ascii) == [
            "label 0 -> predicted 4 (y = 0.1) | loss -ln y0 =",
            "2.35",
        ])
        #expect(ReadoutLines.pack([part], width: 54, options: .standard) == [part])
    }

    @Test func wordsAreNeverSplit() {
        #expect(ReadoutLines.wrap("rel. error 1.2345e-08 ok", width: 12) == ["rel. error", "1.2345e-08", "ok"])
    }
}

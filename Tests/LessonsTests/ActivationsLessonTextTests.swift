import Charts
import LessonKit
import Testing
@testable import ActivationsLesson

/// The activations texts ask only for what the pages have (review D10): page 2 has no
/// function knob, only the cursor and leaky α, with all four derivatives drawn at once.
@Suite("Activations lesson: texts match the pages")
struct ActivationsLessonTextTests {
    @Test func derivativesTryUsesTheKnobsThePageHas() {
        let page = ActivationsLesson().makePages(context: LessonContext())[1]
        let names = page.cell?.knobs.map(\.label) ?? []
        #expect(names == ["cursor x", "leaky α"])
        #expect(!page.text.contains("set the function"))
        #expect(page.text.contains("Move the cursor to x = 4"))
        #expect(page.text.contains("raise the leaky α knob"))
    }

    @Test func theNumbersTheTryQuotesAreTheOnesOnScreen() {
        let cell = DerivativeCell()
        cell.setKnob("x", to: 4)
        // "sigmoid′ ≈ 0.018, tanh′ ≈ 0.0013, ReLU′ = 1"
        #expect(cell.readout == ["at x = 4:  sigmoid′ 0.0177   tanh′ 0.00134", "           ReLU′ 1   leaky ReLU′ 1"])
        // "x = −4: ReLU′ drops to 0 and only leaky ReLU′ keeps α"; raising α lifts it.
        cell.setKnob("x", to: -4)
        #expect(cell.readout[1] == "            ReLU′ 0   leaky ReLU′ 0.1")
        cell.setKnob("alpha", to: 0.3)
        #expect(cell.readout[1] == "            ReLU′ 0   leaky ReLU′ 0.3")
    }
}

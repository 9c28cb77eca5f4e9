import Testing
@testable import Charts

/// Review D11: event labels on line plots ("lr=0.501") never overwrite each other, avoid
/// hiding the curve where they can, and changes made at one x show one (the newest) label.
@Suite struct EventLabelTests {
    let flat = Series(y: [Double](repeating: 1, count: 21))

    @Test func closeChangesDoNotOverlapAndTheNewestWins() {
        var plot = LinePlot(series: [flat])
        plot.events = [EventMarker(x: 8, label: "lr=0.0501"), EventMarker(x: 9, label: "lr=0.1"),
                       EventMarker(x: 10, label: "lr=0.5")]
        #expect(plot.render(width: 30, height: 7, options: .standard).lines == [
            " ┌───────────────────────────┐",
            "2┤      lr=0.1⠅⠨lr=0.5       │",
            " │ lr=0.0501⠨ ⠅⠨             │",
            "1┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠩⠉⠍⠩⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│",
            "0┤          ⠨ ⠅⠨             │",
            " └┬─────┬──────┬──────┬─────┬┘",
            "  0     5      10     15    20",
        ])
    }

    @Test func labelsAtOneXShowOnlyTheLastGiven() {
        var plot = LinePlot(series: [flat])
        plot.events = [EventMarker(x: 5, label: "lr=0.1"), EventMarker(x: 5, label: "lr=0.2"),
                       EventMarker(x: 5, label: "lr=0.3")]
        #expect(plot.render(width: 30, height: 7, options: .standard).lines == [
            " ┌───────────────────────────┐",
            "2┤      ⠨lr=0.3              │",
            " │      ⠨                    │",
            "1┤⠉⠉⠉⠉⠉⠉⠩⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│",
            "0┤      ⠨                    │",
            " └┬─────┬──────┬──────┬─────┬┘",
            "  0     5      10     15    20",
        ])
    }

    @Test func aCursorLabelDoesNotHideTheCurve() {
        // The curve runs along the top row right of the cursor: the label moves down a row.
        var plot = LinePlot(series: [Series(x: [0, 4, 5, 10], y: [0, 0, 10, 10])])
        plot.events = [EventMarker(x: 5, label: "x")]
        #expect(plot.render(width: 26, height: 7, options: .standard).lines == [
            "  ┌──────────────────────┐",
            "10┤          ⢰⠍⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉│",
            "  │         ⢀⠇⠅x         │",
            " 5┤         ⡸ ⠅          │",
            " 0┤⣀⣀⣀⣀⣀⣀⣀⣀⣠⠃ ⠅          │",
            "  └┬──────────┬─────────┬┘",
            "   0          5         10",
        ])
    }
}

import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// The whole page text is reachable at 80×24 with the keys the hints name (UX review D2):
/// a "more" cue on the cut text pane, `t` for a full-screen reading view that scrolls.
@Suite struct ReadingViewTests {
    /// Forty numbered paragraphs ("line 1" … "line 40"), 79 text rows.
    static let longText = (1...40).map { "line \($0)" }.joined(separator: "\n\n")

    private func app() -> NotebookApp { ScriptedLesson(text: Self.longText, cell: ScriptedCell(status: "step 0")).openApp() }

    @Test func aCutTextPaneEndsInACueAndTheHintsSayT() {
        let lines = ScreenRenderer.render(app()).lines
        #expect(lines[5] == TestSupport.pad(" line 3", 79) + "│")
        #expect(lines[7] == TestSupport.pad(" ↓ more — t to read all", 79) + "│")
        #expect(lines[23] == TestSupport.pad(" ↑↓ knob   ←→ change   space play   n/p page   t read   ? help", 80))
    }

    @Test func tShowsTheTextFullScreenWherePgDnAndEndReachTheLastLine() {
        let app = app()
        app.handle(.character("t"))
        var lines = ScreenRenderer.render(app).lines
        #expect(lines[0].hasPrefix(" Scripted lesson  ·  page 1/1  ·  The page"))
        #expect(lines[1] == TestSupport.pad(" line 1", 79) + "┃")
        #expect(lines[21] == TestSupport.pad(" line 11", 79) + "│")          // 21 text rows
        #expect(lines[22] == TestSupport.pad(" ‖ paused  ·  step 0", 80))     // the status stays
        #expect(lines[23] == TestSupport.pad(" ↑↓ scroll   PgDn/PgUp screen   t back   ? help   q quit", 80))
        app.handle(.pageDown)                                                // 20 rows on: one stays in view
        lines = ScreenRenderer.render(app).lines
        #expect(lines[1] == TestSupport.pad(" line 11", 79) + "│")
        for _ in 0..<3 { app.handle(.pageDown) }
        lines = ScreenRenderer.render(app).lines
        #expect(lines[21] == TestSupport.pad(" line 40", 79) + "┃")
        app.handle(.home)
        app.handle(.end)
        #expect(ScreenRenderer.render(app).lines == lines)
        app.handle(.pageUp)
        #expect(ScreenRenderer.render(app).lines[1] == TestSupport.pad(" line 20", 79) + "│")
    }

    @Test func tOrEscSwapsBackAndNeitherLeavesTheLesson() {
        let app = app()
        app.handle(.character("t"))
        #expect(app.activeContexts == [.reading, .global])
        app.handle(.escape)
        #expect(app.session?.isReading == false && app.mode == .lesson)
        app.handle(.character("t"))
        app.handle(.character("t"))
        #expect(app.session?.isReading == false)
        #expect(ScreenRenderer.render(app).lines[8].hasPrefix("─ Scripted cell "))
    }

    @Test func theHelpListsTheReadingKeys() {
        let lines = HelpOverlayView.lines(unicode: true)
        #expect(lines.contains { $0.keys == nil && $0.text == "Reading the text (after t)" })
        #expect(lines.contains { $0.keys == "t" && $0.text == "read the whole text (full screen)" })
        #expect(lines.contains { $0.keys == "PgDn space" && $0.text == "one screen down" })
        #expect(lines.contains { $0.keys == "t Esc" && $0.text == "back to the page" })
    }

    @Test func aTextThatFitsHasNoCueAndNoReadHint() {
        let lines = ScreenRenderer.render(ScriptedLesson(cell: ScriptedCell()).openApp()).lines
        #expect(!lines.joined().contains("more"))
        #expect(lines[23] == TestSupport.pad(" ↑↓ knob   ←→ change   space play   n/p page   ? help   q quit", 80))
    }
}

import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// Status and notice rows never lose the advice (UX review D3, reliability §6): a long
/// status takes a second row from the cell, a long notice up to three rows, both wrapped at
/// word boundaries; a failed run says "stopped".
@Suite struct StatusRowsTests {
    static let advice = "stopped at iteration 27: loss above 4.6 for 20 iterations: learning rate too high — lower lr and press r"

    @Test func wrappingBreaksAtWordsAndEndsInAnEllipsisWhenTooLong() {
        #expect(WrappedText.lines("one two three four", width: 9, maximumLines: 3, ellipsis: "…")
            == ["one two", "three", "four"])
        #expect(WrappedText.lines("one two three four", width: 9, maximumLines: 2, ellipsis: "…")
            == ["one two", "three …"])
        #expect(WrappedText.lines("a /very/long/path/name end", width: 8, maximumLines: 4, ellipsis: "…")
            == ["a", "/very/lo", "ng/path/", "name end"])
        #expect(WrappedText.lines("", width: 8, maximumLines: 2, ellipsis: "…") == [""])
    }

    @Test func aLongStatusTakesTwoRowsFromTheCellAndAFailedRunSaysStopped() {
        let cell = ScriptedCell(status: Self.advice)
        cell.isFinished = true
        cell.hasFailed = true
        let lines = ScreenRenderer.render(ScriptedLesson(cell: cell).openApp()).lines
        #expect(lines[21] == TestSupport.pad(" ✗ stopped  ·  stopped at iteration 27: loss above 4.6 for 20 iterations:", 80))
        #expect(lines[22] == TestSupport.pad("               learning rate too high — lower lr and press r", 80))
        // The cell gave up its last row: 54 columns × 16 rows instead of 17 (rows 5–21 of 24:
        // one text line gets the 3-row minimum text pane, then the header).
        #expect(lines[20].hasPrefix(" 54x16 "))
    }

    @Test func aFinishedRunThatDidNotFailSaysFinishedAndAShortStatusKeepsOneRow() {
        let cell = ScriptedCell(status: "step 30 / 30")
        cell.isFinished = true
        let lines = ScreenRenderer.render(ScriptedLesson(cell: cell).openApp()).lines
        #expect(lines[22] == TestSupport.pad(" ■ finished  ·  step 30 / 30", 80))
        #expect(lines[21].hasPrefix(" 54x17 "))
    }

    @Test func inASCIIAStoppedRunIsMarkedWithAnExclamationMark() {
        let cell = ScriptedCell(status: "diverged")
        cell.isFinished = true
        cell.hasFailed = true
        let lines = ScreenRenderer.render(ScriptedLesson(cell: cell).openApp(renderOptions: .ascii)).lines
        #expect(lines[22] == TestSupport.pad(" ! stopped  |  diverged", 80))
    }

    @Test func theProgressSetAsideNoticeWrapsOverThreeRowsAt80Columns() {
        let app = TestSupport.appOnFakeLesson()
        let path = "/root/.local/state/nnbook/progress.json"
        app.show(message: "progress file \(path) was unreadable; moved it to \(path).corrupt-1796325173 and started with fresh progress")
        let lines = ScreenRenderer.render(app).lines
        // 78 columns a row: "… moved it" ends exactly at column 79.
        #expect(lines[21] == TestSupport.pad(" progress file /root/.local/state/nnbook/progress.json was unreadable; moved it", 80))
        #expect(lines[22] == TestSupport.pad(" to /root/.local/state/nnbook/progress.json.corrupt-1796325173 and started with", 80))
        #expect(lines[23] == TestSupport.pad(" fresh progress", 80))
        #expect(lines[20] == TestSupport.pad(" ‖ paused  ·  step 0 / 5", 80))    // the status moved up
        #expect(lines[19].hasPrefix(" 54x11 "))
    }
}

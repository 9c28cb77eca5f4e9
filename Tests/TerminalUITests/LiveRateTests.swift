import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// The frame loop while a cell plays: one `advance` per frame (animations take one step per
/// call), with a budget of most of the frame, and a finishing cell played to its end on a
/// paced screen.
@Suite struct LiveRateTests {
    @Test func aPlayingCellGetsOneAdvancePerFrameWithMostOfTheFrame() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        let loop = FrameLoop()
        let screen = PacedScreen(width: 80, height: 24) { !app.isPlaying }
        loop.run(app, on: screen)
        #expect(cell.steps == FakeCell.lastStep)
        #expect(cell.advanceCalls == FakeCell.lastStep)
        // space, then one frame per advance, then the finished frame.
        #expect(screen.frames == FakeCell.lastStep + 1)
        #expect(cell.budgets.allSatisfy { $0 >= loop.cellBudget && $0 <= loop.longestFrameInterval })
        // Drawing an 80×24 fake screen takes far less than a frame: the cell gets most of it.
        #expect(cell.budgets.allSatisfy { $0 > loop.frameInterval / 2 })
    }

    @Test func aLiveRunPlaysTheCellToTheEndThroughTheFrameLoop() {
        let live = LiveRate.run(lesson: FakeLesson(), page: 0, width: 80, height: 24, live: true) { _ in }
        let headless = LiveRate.run(lesson: FakeLesson(), page: 0, width: 80, height: 24, live: false) { _ in }
        #expect(live.frames == FakeCell.lastStep + 1)
        #expect(headless.frames == 0)
    }
}

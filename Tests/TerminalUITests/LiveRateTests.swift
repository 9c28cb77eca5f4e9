import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// The frame loop while a cell plays: it gives the cell slices between a minimum and the key
/// slice, never waits for a key, and plays a finishing cell to the end on a paced screen.
@Suite struct LiveRateTests {
    @Test func playingSlicesStayBetweenTheMinimumAndTheKeySlice() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        let loop = FrameLoop()
        let screen = VirtualScreen(width: 80, height: 24, input: [.key(.space)] + Array(repeating: .tick, count: 8))
        loop.run(app, on: screen)
        #expect(cell.budgets.count == FakeCell.lastStep)
        #expect(cell.budgets.allSatisfy { $0 >= loop.cellBudget && $0 <= loop.keySlice })
    }

    @Test func aKeyWhilePlayingIsDrawnBeforeTheCellTrainsAgain() {
        final class OrderScreen: Screen {
            var size = ScreenSize(width: 80, height: 24)
            var renderOptions = RenderOptions.standard
            var events: [String] = []
            var input: [InputEvent] = [.key(.space), .timeout, .key(.down), .timeout]
            let cell: () -> FakeCell
            init(cell: @escaping () -> FakeCell) { self.cell = cell }
            func present(_ grid: Grid) { events.append("present after \(cell().advanceCalls)") }
            func nextEvent(timeout: Double?) -> InputEvent {
                #expect(input.count == 4 || timeout == 0)  // playing: never waits
                return input.isEmpty ? .endOfInput : input.removeFirst()
            }
            func invalidate() {}
        }
        let app = TestSupport.appOnFakeLesson()
        let screen = OrderScreen { TestSupport.cell(of: app) }
        FrameLoop().run(app, on: screen)
        // space → drawn at once; a slice; down → drawn before the next slice.
        #expect(screen.events.prefix(3) == ["present after 0", "present after 0", "present after 1"])
        #expect(TestSupport.cell(of: app).advanceCalls == 2)
    }

    @Test func aLiveRunPlaysTheCellToTheEndThroughTheFrameLoop() {
        let live = LiveRate.run(lesson: FakeLesson(), page: 0, width: 80, height: 24, live: true) { _ in }
        let headless = LiveRate.run(lesson: FakeLesson(), page: 0, width: 80, height: 24, live: false) { _ in }
        #expect(live.frames >= 2)
        #expect(headless.frames == 0)
        #expect(live.seconds >= 0 && headless.seconds >= 0)
    }
}

import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// The frame loop on a scripted screen.
@Suite struct FrameLoopTests {
    @Test func playingAdvancesOncePerFrameAndStopsWhenFinished() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        let screen = VirtualScreen(width: 80, height: 24,
                                   input: [.key(.space)] + Array(repeating: .tick, count: 8))
        let loop = FrameLoop(frameInterval: 0, cellBudget: 0.001, renderShare: 0)
        #expect(loop.run(app, on: screen) == .endOfInput)
        #expect(cell.steps == FakeCell.lastStep)
        #expect(cell.advanceCalls == FakeCell.lastStep)
        #expect(!app.isPlaying)
        #expect(screen.grid.lines[22].hasPrefix(" ■ finished  ·  step 5 / 5"))
    }

    @Test func idleLoopWaitsWithoutATimeout() {
        final class RecordingScreen: Screen {
            var timeouts: [Double?] = []
            var size = ScreenSize.minimum
            var renderOptions = RenderOptions.standard
            func present(_ grid: Grid) {}
            func nextEvent(timeout: Double?) -> InputEvent {
                timeouts.append(timeout)
                return timeouts.count == 1 ? .key(.space) : timeouts.count == 2 ? .key(.space) : .endOfInput
            }
            func invalidate() {}
        }
        let app = TestSupport.appOnFakeLesson()
        let screen = RecordingScreen()
        FrameLoop().run(app, on: screen)
        #expect(screen.timeouts.count == 3)
        #expect(screen.timeouts[0] == nil)                      // idle: block
        #expect(screen.timeouts[1] != nil)                      // playing: wait at most a frame
        #expect(screen.timeouts[1]! <= 1.0 / 30.0)
        #expect(screen.timeouts[2] == nil)                      // paused again: block
    }

    @Test func quitEndsTheLoopAndResizeLaysOutAgain() {
        let app = TestSupport.appOnFakeLesson()
        let screen = VirtualScreen(width: 80, height: 24, input: [
            .resize(ScreenSize(width: 60, height: 20)), .key(.character("n")), .resize(.minimum), .key(.character("q")),
        ])
        #expect(FrameLoop().run(app, on: screen) == .quit)
        #expect(screen.grid.width == 80)
        #expect(app.session?.pageIndex == 0)                    // n ignored while too small
        #expect(screen.grid.lines[0].hasPrefix(" Fake lesson  ·  page 1/2"))
        #expect(screen.presentedFrames == 4)
    }

    @Test func controlLRedrawsEveryCell() {
        let app = TestSupport.appOnFakeLesson()
        let screen = VirtualScreen(width: 80, height: 24, input: [.key(.right), .key(.control("l"))])
        FrameLoop().run(app, on: screen)
        #expect(screen.presentedFrames == 3)
        #expect(screen.lastChangedCells.count == 80 * 24)
    }

    @Test func aKeyRedrawsOnlyWhatChanged() {
        let app = TestSupport.appOnFakeLesson()
        let screen = VirtualScreen(width: 80, height: 24, input: [.key(.down)])
        FrameLoop().run(app, on: screen)
        // The marker moves from "learning rate" to "hidden units"; the label styles change.
        #expect(screen.lastChangedCells.allSatisfy { $0.x >= 56 && ($0.y == 9 || $0.y == 11) })
        #expect(!screen.lastChangedCells.isEmpty)
    }
}

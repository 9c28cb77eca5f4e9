import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// What each key does to the notebook's state.
@Suite struct KeyHandlingTests {
    @Test func upDownSelectKnobsAndLeftRightChangeThem() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        #expect(app.session?.focus == .knobs)
        TestSupport.press([.right, .character("l")], on: app)
        #expect(cell.value("rate") == 0.7)
        TestSupport.press([.character("h")], on: app)
        #expect(abs(cell.value("rate") - 0.6) < 1e-12)
        TestSupport.press([.down], on: app)
        #expect(app.session?.selectedKnob == 1)
        TestSupport.press([.character("L")], on: app)           // big step: 4 + 10, clamped to 10
        #expect(cell.value("units") == 10)
        TestSupport.press([.character("[")], on: app)           // big step down: clamped to 1
        #expect(cell.value("units") == 1)
        TestSupport.press([.character("j"), .down, .down], on: app) // stops at the last knob
        #expect(app.session?.selectedKnob == 2)
        TestSupport.press([.right], on: app)
        #expect(cell.value("act") == 1)
        TestSupport.press([.up, .character("k"), .up], on: app)     // stops at the first knob
        #expect(app.session?.selectedKnob == 0)
    }

    @Test func equalsTypesAnExactValue() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        TestSupport.press([.character("="), .character("0"), .character("."), .character("2"), .character("5")], on: app)
        #expect(app.valueEntry?.text == "0.25")
        #expect(app.activeContexts == [.valueEntry])
        TestSupport.press([.enter], on: app)
        #expect(app.valueEntry == nil)
        #expect(cell.value("rate") == 0.25)
    }

    @Test func equalsRefusesAnInvalidValueAndSaysWhy() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        TestSupport.press([.character("="), .character("q"), .character("x"), .enter], on: app)
        #expect(!app.shouldQuit)                                // q was typed, not quit
        #expect(app.valueEntry?.text == "qx")
        #expect(app.valueEntry?.error == "invalid value 'qx' for 'rate': expected a number from 0 to 1")
        #expect(ScreenRenderer.render(app).lines[23]
            == " invalid value 'qx' for 'rate': expected a number from 0 to 1                   ")
        #expect(ScreenRenderer.render(app).lines[22].hasPrefix(" learning rate = qx▏   Enter sets, Esc cancels"))
        TestSupport.press([.backspace, .backspace, .character("7"), .enter], on: app)
        #expect(app.valueEntry?.error == "invalid value '7' for 'rate': expected a number from 0 to 1")
        TestSupport.press([.escape], on: app)
        #expect(app.valueEntry == nil)
        #expect(app.mode == .lesson)                            // Esc closed the line, not the lesson
        #expect(cell.value("rate") == 0.5)
    }

    @Test func equalsAcceptsAChoiceByName() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        TestSupport.press([.down, .down, .character("=")] + "relu".map { Key.character($0) } + [.enter], on: app)
        #expect(cell.value("act") == 2)
    }

    @Test func pagesTurnWithNPAndPageKeysAndProgressFollows() {
        var saved: [Progress] = []
        let app = NotebookApp(lessons: TestSupport.lessons, saveProgress: { saved.append($0); return $0 })
        app.openLesson(at: 0, page: 0)
        TestSupport.press([.character("n")], on: app)
        #expect(app.session?.pageIndex == 1)
        #expect(app.session?.focus == .text)                    // no cell: the text has the focus
        TestSupport.press([.pageDown], on: app)                 // already on the last page
        #expect(app.session?.pageIndex == 1)
        TestSupport.press([.pageUp], on: app)
        #expect(app.session?.pageIndex == 0)
        TestSupport.press([.character("p")], on: app)
        #expect(app.session?.pageIndex == 0)
        #expect(saved.map(\.lastPage) == [0, 1, 0])
        #expect(saved.last?.finished == ["fake"])
        #expect(saved.last?.visited == ["fake"])
    }

    @Test func helpOpensAndClosesWithQuestionMarkF1AndEsc() {
        let app = TestSupport.appOnFakeLesson()
        TestSupport.press([.character("?")], on: app)
        #expect(app.helpScroll == 0)
        TestSupport.press([.down, .down, .up], on: app)
        #expect(app.helpScroll == 1)
        TestSupport.press([.character("?")], on: app)
        #expect(app.helpScroll == nil)
        TestSupport.press([.function(1)], on: app)
        #expect(app.helpScroll == 0)
        TestSupport.press([.escape], on: app)
        #expect(app.helpScroll == nil)
        #expect(app.mode == .lesson)                            // Esc closed the overlay only
        TestSupport.press([.escape], on: app)                   // nothing open: Esc never leaves the lesson
        #expect(app.mode == .lesson)
        #expect(ScreenRenderer.render(app).lines[23]
            == TestSupport.pad(" Esc closes help and the = line; m goes to the lesson menu", 80))
    }

    @Test func menuNavigationOpensTheSelectedLesson() {
        let app = NotebookApp(lessons: TestSupport.lessons)
        TestSupport.press([.down, .character("j"), .down], on: app)
        #expect(app.menuSelection == 2)
        TestSupport.press([.up, .home], on: app)
        #expect(app.menuSelection == 0)
        TestSupport.press([.end, .character("k"), .enter], on: app)
        #expect(app.mode == .lesson)
        #expect(app.session?.lesson.id == "second")
        TestSupport.press([.character("m")], on: app)
        #expect(app.mode == .menu)
        #expect(app.menuSelection == 1)
        #expect(app.progress.visited == ["second"])
    }

    @Test func reopeningTheLastLessonResumesItsPage() {
        let progress = Progress(lastLesson: "fake", lastPage: 1, visited: ["fake"], finished: ["fake"])
        let app = NotebookApp(lessons: TestSupport.lessons, progress: progress)
        #expect(app.menuSelection == 0)
        TestSupport.press([.enter], on: app)
        #expect(app.session?.pageIndex == 1)
    }

    @Test func spacePlaysAndPausesSStepsRResets() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        TestSupport.press([.space], on: app)
        #expect(app.isPlaying)
        #expect(app.advance(budget: 0.01))
        #expect(cell.steps == 1)
        TestSupport.press([.space], on: app)
        #expect(!app.isPlaying)
        #expect(!app.advance(budget: 0.01))
        TestSupport.press([.character("s"), .character("s")], on: app)
        #expect(cell.steps == 3)
        TestSupport.press([.space, .character("s")], on: app)   // s pauses, then steps
        #expect(!app.isPlaying)
        #expect(cell.steps == 4)
        TestSupport.press([.character("r")], on: app)
        #expect(cell.steps == 0)
    }

    @Test func playingStopsWhenTheCellIsFinishedAndSpaceRestartsIt() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        TestSupport.press([.space], on: app)
        for _ in 0..<FakeCell.lastStep { _ = app.advance(budget: 0.01) }
        #expect(cell.isFinished)
        #expect(!app.isPlaying)
        #expect(ScreenRenderer.render(app).lines[22].hasPrefix(" ■ finished  ·  step 5 / 5"))
        TestSupport.press([.space], on: app)
        #expect(app.isPlaying)
        #expect(cell.steps == 0)
    }

    @Test func turningThePagePausesTheCell() {
        let app = TestSupport.appOnFakeLesson()
        TestSupport.press([.space, .character("n")], on: app)
        #expect(!app.isPlaying)
    }

    @Test func tabMovesTheFocusToTheTextWhereArrowsScroll() {
        let app = TestSupport.appOnFakeLesson()
        TestSupport.press([.tab], on: app)
        #expect(app.session?.focus == .text)
        #expect(ScreenRenderer.render(app).lines[23].hasPrefix(" ↑↓ scroll   ←→ change"))
        TestSupport.press([.down, .down, .down, .down], on: app)   // 9 text lines in 7 rows: at most 2
        #expect(app.session?.textScroll == 2)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[1] == " Paragraph two.                                                                │")
        #expect(lines[7] == " Paragraph five is the last one.                                               ┃")
        TestSupport.press([.home], on: app)
        #expect(app.session?.textScroll == 0)
        TestSupport.press([.end, .character("k")], on: app)
        #expect(app.session?.textScroll == 1)
        TestSupport.press([.backTab], on: app)
        #expect(app.session?.focus == .knobs)
    }

    @Test func tooSmallScreenAnswersOnlyQuitAndRedraw() {
        let app = TestSupport.appOnFakeLesson(size: ScreenSize(width: 60, height: 20))
        TestSupport.press([.character("n"), .character("?"), .space], on: app)
        #expect(app.session?.pageIndex == 0)
        #expect(app.helpScroll == nil)
        #expect(!app.isPlaying)
        TestSupport.press([.control("l")], on: app)
        #expect(app.takeRedrawRequest())
        #expect(!app.takeRedrawRequest())
        TestSupport.press([.character("q")], on: app)
        #expect(app.shouldQuit)
    }

    @Test func qQuitsFromTheMenuAndFromALesson() {
        let menu = NotebookApp(lessons: TestSupport.lessons)
        menu.handle(.character("q"))
        #expect(menu.shouldQuit)
        let lesson = TestSupport.appOnFakeLesson()
        lesson.handle(.character("q"))
        #expect(lesson.shouldQuit)
    }
}

import Foundation
import LessonKit
import Testing
@testable import TerminalUI

private typealias Progress = LessonKit.Progress

/// Experiments survive (UX review D1): leaving a lesson keeps it; knob values are kept in
/// progress per page and come back on the next start; `d` restores a page's defaults.
@Suite struct SessionKeepingTests {
    private func press(_ keys: [Key], _ app: NotebookApp) { TestSupport.press(keys, on: app) }

    @Test func leavingForTheMenuAndComingBackFindsTheSameCellKnobsStepsAndPage() {
        let app = TestSupport.appOnFakeLesson()
        let cell = TestSupport.cell(of: app)
        press([.right, .space], app)                           // rate 0.6, playing
        _ = app.advance(budget: 0.01)
        _ = app.advance(budget: 0.01)
        press([.character("m")], app)
        #expect(app.mode == .menu)
        #expect(app.sessions["fake"]?.isPlaying == false)      // paused while away: nothing runs
        #expect(!app.advance(budget: 0.01))
        press([.down, .enter, .character("n"), .character("m")], app)    // the second lesson, its page 2
        press([.up, .enter], app)
        #expect(TestSupport.cell(of: app) === cell)
        #expect(cell.value("rate") == 0.6)
        #expect(cell.steps == 2)
        press([.character("m"), .down, .enter], app)
        #expect(app.session?.lesson.id == "second")
        #expect(app.session?.pageIndex == 1)                   // the page last seen in that lesson
    }

    @Test func escClosesTheValueLineAndHelpButNeverLeavesTheLesson() {
        let app = TestSupport.appOnFakeLesson()
        press([.character("="), .escape, .character("?"), .escape, .escape, .escape], app)
        #expect(app.mode == .lesson)
        #expect(app.valueEntry == nil && app.helpScroll == nil)
        #expect(app.message == "Esc closes help and the = line; m goes to the lesson menu")
        press([.right], app)                                   // the hint goes with the next key
        #expect(app.message == nil)
    }

    @Test func anyLessonReopensOnItsOwnLastPageFromProgress() {
        let progress = Progress(lastLesson: "fake", lastPage: 0, visited: ["fake", "second"], pages: ["fake": 0, "second": 1])
        let app = NotebookApp(lessons: TestSupport.lessons, progress: progress)
        press([.down, .enter], app)
        #expect(app.session?.pageIndex == 1)
    }

    @Test func knobChangesAreSavedPerPageAndOnlyWhenTheyDifferFromTheDefaults() {
        var saved: [Progress] = []
        let app = NotebookApp(lessons: TestSupport.lessons, saveProgress: { saved.append($0); return $0 })
        app.knobSaveInterval = .zero
        app.openLesson(at: 0, page: 0)
        press([.right, .down, .down, .right], app)             // rate 0.6, act tanh
        #expect(saved.last?.knobs == ["fake": ["0": ["rate": 0.6, "act": 1]]])
        press([.left], app)                                    // act back to sigmoid: not kept
        #expect(saved.last?.knobs == ["fake": ["0": ["rate": 0.6]]])
    }

    @Test func quickKnobChangesAreSavedAtTheLatestOnQuit() {
        var saved: [Progress] = []
        let app = NotebookApp(lessons: TestSupport.lessons, saveProgress: { saved.append($0); return $0 })
        app.knobSaveInterval = .seconds(3600)
        app.openLesson(at: 0, page: 0)
        #expect(saved.count == 1)                              // opening saved the visit
        press([.right, .right, .right], app)                   // within the interval: they wait
        #expect(saved.count == 1)
        #expect(app.hasUnsavedProgress)
        press([.character("q")], app)
        #expect(saved.count == 2)
        #expect(saved.last?.knobValues(lesson: "fake", page: 0) == ["rate": 0.8])
    }

    @Test func savedKnobsAreRestoredInANewNotebookAndBadValuesIgnored() {
        let progress = Progress(knobs: ["fake": ["0": ["rate": 0.25, "units": 99, "act": 2, "bogus": 1],
                                                 "7": ["rate": 0.1]]])
        let app = NotebookApp(lessons: TestSupport.lessons, progress: progress)
        app.openLesson(at: 0, page: 0)
        let cell = TestSupport.cell(of: app)
        #expect(cell.value("rate") == 0.25)
        #expect(cell.value("units") == 4)                      // 99 is outside 1…10: ignored
        #expect(cell.value("act") == 2)
    }

    @Test func dRestoresThePageDefaultsAndResetsTheCell() {
        var saved: [Progress] = []
        let app = NotebookApp(lessons: TestSupport.lessons, saveProgress: { saved.append($0); return $0 })
        app.knobSaveInterval = .zero
        app.openLesson(at: 0, page: 0)
        let cell = TestSupport.cell(of: app)
        press([.right, .down, .character("L"), .character("s"), .character("s")], app)
        #expect(cell.value("rate") == 0.6 && cell.value("units") == 10 && cell.steps == 2)
        press([.character("d")], app)
        #expect(cell.value("rate") == 0.5 && cell.value("units") == 4 && cell.value("act") == 0)
        #expect(cell.steps == 0)
        #expect(saved.last?.knobs == [:])
        #expect(HelpOverlayView.lines(unicode: true).contains { $0.keys == "d" && $0.text == "knobs to their defaults, reset the cell" })
    }

    /// The reliability review's lost update, with two notebooks on one state directory.
    @Test func twoNotebooksOnOneProgressDirectoryLoseNoUpdates() throws {
        let directory = NSTemporaryDirectory() + "nnbook-two-notebooks-\(UUID().uuidString)"
        let storeA = ProgressStore(directory: directory)
        let storeB = ProgressStore(directory: directory)
        let a = NotebookApp(lessons: TestSupport.lessons, progress: storeA.load().progress,
                            saveProgress: { try storeA.save($0) })
        let b = NotebookApp(lessons: TestSupport.lessons, progress: storeB.load().progress,
                            saveProgress: { try storeB.save($0) })
        a.openLesson(at: 0, page: 0)                           // fake: 2 pages
        b.openLesson(at: 1, page: 0)                           // second
        press([.character("n")], a)                            // A finishes "fake"
        press([.character("n"), .character("p")], b)
        press([.character("q")], a)
        press([.character("q")], b)
        let final = ProgressStore(directory: directory).load().progress
        #expect(final.visited == ["fake", "second"])
        #expect(final.finished == ["fake", "second"])
        #expect(final.pages == ["fake": 1, "second": 0])
        #expect(final.lastLesson == "second")
    }
}

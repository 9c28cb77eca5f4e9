import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// Challenges checked after keys and frames, recorded once in progress with a success
/// notice; the `c` panel with hints and the prediction; the cue; the menu's status.
@Suite struct ChallengesPanelTests {
    private func openApp(saved: Box = Box()) -> NotebookApp {
        let app = NotebookApp(lessons: [CourseFakeLesson(), FakeLesson()], size: .minimum,
                              saveProgress: { saved.saves.append($0); return $0 })
        app.openLesson(at: 0, page: 0)
        return app
    }

    /// Collects what the app saved.
    final class Box { var saves: [Progress] = [] }

    @Test func aChallengeMetByKnobsIsRecordedOnceWithASuccessNotice() {
        let saved = Box()
        let app = openApp(saved: saved)
        TestSupport.press([.right, .right], on: app)                     // rate 0.5 → 0.7
        #expect(app.notice == nil && !app.progress.hasMet(challenge: "high", lesson: "course"))
        app.handle(.right)                                                // 0.8
        #expect(app.notice == "✓ Challenge done: Turn the rate up to 0.8. (1 of 2 on this page)")
        #expect(saved.saves.last?.challenges == ["course": ["high"]])
        let savesAfterSuccess = saved.saves.count
        TestSupport.press([.left, .right], on: app)                       // met again: no second notice
        #expect(app.notice == nil)
        #expect(saved.saves.last?.challenges == ["course": ["high"]] && saved.saves.count >= savesAfterSuccess)
    }

    @Test func aChallengeMetWhilePlayingIsCheckedEveryFrame() {
        let app = openApp()
        app.handle(.space)
        for _ in 0..<3 { _ = app.advance(budget: 0.01) }
        #expect(app.notice == "✓ Challenge done: Run three steps. (1 of 2 on this page)")
        #expect(app.progress.challenges == ["course": ["run3"]])
    }

    @Test func theCueThePanelAndHintsAt80x24() {
        let app = openApp()
        var lines = ScreenRenderer.render(app).lines
        let header = lines.firstIndex { $0.contains("Fake cell") }!
        #expect(lines[header].hasPrefix("─ Fake cell ─ c: 2 challenges (0 done), 1 prediction ─┬ Knobs"))
        #expect(lines[23].contains("c goals"))

        TestSupport.press([.character("c"), .down, .character("i")], on: app)
        #expect(app.activeContexts == [.challenges, .lesson, .global])
        lines = ScreenRenderer.render(app).lines
        let panel = lines[(header + 1)...].map { String($0.prefix(54)) }
        #expect(Array(panel.prefix(8)) == [
            " Challenges: 0 of 2 done",
            "   ○ Turn the rate up to 0.8.",
            "      rate 0.5 of 0.8",
            " ▸ ○ Run three steps.",
            "      0 of 3 steps",
            "      Hint: Press s.",
            "",
            " Predict: Will the run finish?",
        ].map { TestSupport.pad($0, 54) })
        #expect(panel[8] == TestSupport.pad("   1 yes   2 no   x skip", 54))
        // Knobs still turn with the panel open, and the readout follows.
        app.handle(.right)
        #expect(ScreenRenderer.render(app).lines[header + 3].hasPrefix("      rate 0.6 of 0.8"))
        app.handle(.escape)
        #expect(!app.session!.showsChallenges)
    }

    @Test func aPredictionIsRecordedThenRevealedWhenTheRunShowsTheTruth() {
        let app = openApp()
        TestSupport.press([.character("c"), .character("3")], on: app)    // no third choice: ignored
        #expect(app.progress.predictions == [:])
        app.handle(.character("2"))                                       // "no"
        #expect(app.progress.predictions == ["course": ["finish": 1]])
        app.handle(.character("1"))                                       // answered once only
        #expect(app.progress.predictions == ["course": ["finish": 1]])
        #expect(app.session!.cues(progress: app.progress) == ["c: 2 challenges (0 done)", "c: 0/2 challenges", "c: 0/2 done"])
        let panelText = { ScreenRenderer.render(app).lines.joined(separator: "\n") }
        #expect(panelText().contains("You said no — run the cell to see."))
        app.handle(.space)
        for _ in 0..<5 { _ = app.advance(budget: 0.01) }
        #expect(app.notice == "✗ You said no; the run shows yes — It stops at step 5.")
        #expect(panelText().contains("✗ You said no; the run shows yes — It stops at step 5."))
    }

    @Test func skippingRecordsASkipAndBlocksNothing() {
        let app = openApp()
        TestSupport.press([.character("c"), .character("x"), .space], on: app)
        #expect(app.progress.predictions == ["course": ["finish": Progress.skipped]])
        #expect(app.isPlaying)
        #expect(ScreenRenderer.render(app).lines.contains { $0.hasPrefix("   (skipped)") })
    }

    @Test func aPageWithoutChallengesHasNoCueAndCDoesNothing() {
        let app = openApp()
        app.handle(.character("n"))
        app.handle(.character("c"))
        #expect(!app.session!.showsChallenges)
        #expect(!ScreenRenderer.render(app).lines[23].contains("goals"))
    }
}

/// The menu: parts as headings, each lesson's challenges met of all, ✓ when all are met.
@Suite struct CourseMenuTests {
    @Test func theMenuGroupsPartsAndCountsChallenges() {
        var progress = Progress()
        progress.visit(lesson: "fake", page: 0, pageCount: 2)
        progress.meet(challenge: "high", lesson: "course")
        let app = NotebookApp(lessons: [CourseFakeLesson(), FakeLesson(), CourseFakeLesson(id: "other", title: "Other")],
                              progress: progress, size: .minimum)
        app.parts = ["course": "Basics", "fake": "Basics", "other": "Training"]
        var lines = ScreenRenderer.render(app).lines
        #expect(Array(lines[2...6]) == [
            "   Basics",
            "   • Course lesson  1/2  Challenges and a prediction, for tests",
            " ▸ • Fake lesson         Two pages and an animated cell, for tests",
            "   Training",
            "     Other          0/2  Challenges and a prediction, for tests",
        ].map { TestSupport.pad($0, 80) })
        #expect(lines[21].hasPrefix(" ✓ done   • visited   n/m challenges met"))
        app.openLesson(at: 0, page: 0)
        TestSupport.press([.space], on: app)
        for _ in 0..<3 { _ = app.advance(budget: 0.01) }
        app.perform(.backToMenu)
        lines = ScreenRenderer.render(app).lines
        #expect(lines[3] == TestSupport.pad(" ▸ ✓ Course lesson  2/2  Challenges and a prediction, for tests", 80))
        #expect(LessonStatus(lesson: "course", challengeIDs: ["high", "run3"], progress: app.progress) == .done)
        #expect(LessonStatus(lesson: "other", challengeIDs: ["high", "run3"], progress: app.progress) == .notStarted)
    }
}

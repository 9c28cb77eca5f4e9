import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// The menu shows whole titles and a welcome line (UX review, first run); the knob panel
/// says how many knobs are hidden above and below (D14).
@Suite struct MenuAndKnobPanelTests {
    static let lessons: [any Lesson] = [
        FakeLesson(id: "perceptron", title: "Perceptron gates",
                   summary: "AND, NAND and OR from one perceptron, XOR from two layers, and the learning rule"),
        FakeLesson(id: "backprop", title: "Backprop on a computation graph",
                   summary: "Forward values, backward gradients node by node; the chain rule checked numerically"),
    ]

    @Test func at80ColumnsTitlesAreWholeAndSummariesAreCutAtAWord() {
        let lines = ScreenRenderer.render(NotebookApp(lessons: Self.lessons)).lines
        #expect(lines[2] == TestSupport.pad(" ▸   Perceptron gates                 AND, NAND and OR from one perceptron, …", 80))
        #expect(lines[3] == TestSupport.pad("     Backprop on a computation graph  Forward values, backward gradients node …", 80))
    }

    @Test func aNewLearnerIsToldWhereToStartAndAReturningOneIsNot() {
        let new = ScreenRenderer.render(NotebookApp(lessons: Self.lessons)).lines
        #expect(new[22] == TestSupport.pad(" New here? Start with Perceptron gates — Enter opens it; ? shows every key.", 80))
        let returning = NotebookApp(lessons: Self.lessons, progress: Progress(visited: ["backprop"]))
        #expect(ScreenRenderer.render(returning).lines[22] == String(repeating: " ", count: 80))
        let ascii = NotebookApp(lessons: Self.lessons, renderOptions: .ascii)
        #expect(ScreenRenderer.render(ascii).lines[22]
            == TestSupport.pad(" New here? Start with Perceptron gates -- Enter opens it; ? shows every key.", 80))
    }

    @Test func at200ColumnsNothingIsCut() {
        let lines = ScreenRenderer.render(NotebookApp(lessons: Self.lessons, size: ScreenSize(width: 200, height: 60))).lines
        #expect(lines[3] == TestSupport.pad("     Backprop on a computation graph  "
            + "Forward values, backward gradients node by node; the chain rule checked numerically", 200))
    }

    @Test func theKnobWindowKeepsTheSelectionAndRowsForTheCues() {
        // 23 knobs in 13 rows: 6 knobs and a "below" cue; in the middle 5 knobs and two cues.
        #expect(KnobPanelView.window(count: 23, selected: 0, rows: 13) == (0, 6))
        #expect(KnobPanelView.window(count: 23, selected: 10, rows: 13) == (8, 5))
        #expect(KnobPanelView.window(count: 23, selected: 22, rows: 13) == (17, 6))
        #expect(KnobPanelView.window(count: 6, selected: 5, rows: 13) == (0, 6))
    }

    @Test func thePanelSaysHowManyKnobsAreHiddenAboveAndBelow() {
        let app = ScriptedLesson(cell: ScriptedCell(knobCount: 23)).openApp()
        var lines = ScreenRenderer.render(app).lines             // panel rows 5–21 (17 rows: 8 knobs)
        #expect(lines[5].hasSuffix("│ ▸ knob 1                "))
        #expect(lines[21].hasSuffix("│   ▼ 15 more             "))
        for _ in 0..<10 { app.handle(.down) }
        lines = ScreenRenderer.render(app).lines
        #expect(lines[5].hasSuffix("│   ▲ 7 more              "))
        #expect(lines[6].hasSuffix("│   knob 8                "))
        #expect(lines[12].hasSuffix("│ ▸ knob 11               "))
        #expect(lines[21].hasSuffix("│   ▼ 9 more              "))         // 7 knobs between two cues
        let ascii = ScriptedLesson(cell: ScriptedCell(knobCount: 23)).openApp(renderOptions: .ascii)
        for _ in 0..<22 { ascii.handle(.down) }
        lines = ScreenRenderer.render(ascii).lines
        #expect(lines[5].hasSuffix("|   ^ 15 more             "))
        #expect(lines[20].hasSuffix("| > knob 23               "))
    }
}

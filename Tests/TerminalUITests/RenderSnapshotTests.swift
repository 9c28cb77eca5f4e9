import Charts
import LessonKit
import Testing
@testable import TerminalUI

/// Exact screens at 80×24 (and the too-small screen), snapshot style.
@Suite struct RenderSnapshotTests {
    /// The panel's value row for knob `name` of a fresh fake cell: the value as LessonKit
    /// formats it, padded to its 10-column field, then the bar.
    private func valueRow(_ name: String, bar: String) -> String {
        let knob = FakeCell().knobs.first { $0.name == name }!
        return "│   " + TestSupport.pad(knob.formattedValue, 10) + bar + " "
    }

    @Test func menuAt80x24ShowsEveryLessonWithItsProgressMark() {
        let progress = Progress(lastLesson: "second", lastPage: 0, visited: ["fake", "second"], finished: ["fake"])
        let app = NotebookApp(lessons: TestSupport.lessons, progress: progress)
        let lines = ScreenRenderer.render(app).lines
        let expected = [
            " nnbook  ·  deep learning from scratch, one live experiment at a time           ",
            "                                                                                ",
            "   ✓ Fake lesson    Two pages and an animated cell, for tests                   ",
            " ▸ • Second lesson  Another lesson, visited                                     ",
            "     Third lesson   A lesson nobody opened yet                                  ",
        ] + Array(repeating: String(repeating: " ", count: 80), count: 16) + [
            " ✓ finished   • visited   ·   left off in Second lesson, page 1                 ",
            "                                                                                ",
            " ↑↓ select   Enter open   ? help   q quit                                       ",
        ]
        #expect(lines == expected)
    }

    @Test func menuInASCII() {
        let progress = Progress(lastLesson: "fake", lastPage: 1, visited: ["fake", "second"], finished: ["fake"])
        let app = NotebookApp(lessons: TestSupport.lessons, progress: progress, renderOptions: .ascii)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[0] == " nnbook  |  deep learning from scratch, one live experiment at a time           ")
        #expect(lines[2] == " > * Fake lesson    Two pages and an animated cell, for tests                   ")
        #expect(lines[3] == "   - Second lesson  Another lesson, visited                                     ")
        #expect(lines[21] == " * finished   - visited   |   left off in Fake lesson, page 2                   ")
        #expect(lines[23] == " Up/Down select   Enter open   ? help   q quit                                  ")
    }

    @Test func lessonPageAt80x24() {
        let app = TestSupport.appOnFakeLesson()
        let lines = ScreenRenderer.render(app).lines
        let empty = "                                                      │                         "
        let expected = [
            " Fake lesson  ·  page 1/2  ·  Knobs and steps                                   ",
            " The fake lesson tests the notebook screens.                                   ┃",
            "                                                                               ┃",
            " Paragraph two.                                                                ┃",
            "                                                                               ┃",
            " Paragraph three.                                                              ┃",
            "                                                                               │",
            " ↓ more — t to read all                                                        │",
            "─ Fake cell ──────────────────────────────────────────┬ Knobs ──────────────────",
            " steps 0                                              │ ▸ learning rate         ",
            " rate 0.5                                             " + valueRow("rate", bar: "━━━━━━─────"),
            " units 4                                              │   hidden units          ",
            " act sigmoid                                          " + valueRow("units", bar: "━━━━───────"),
            "                                                      │   activation            ",
            "                                                      │   ◂ sigmoid ▸           ",
            empty, empty, empty, empty, empty, empty,
            " 54x13                                                │                         ",
            " ‖ paused  ·  step 0 / 5                                                        ",
            " ↑↓ knob   ←→ change   space play   n/p page   t read   ? help                  ",
        ]
        #expect(lines == expected)
    }

    @Test func pageWithoutACellGivesTheTextTheWholeScreen() {
        let app = TestSupport.appOnFakeLesson()
        app.perform(.nextPage)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[0] == " Fake lesson  ·  page 2/2  ·  Only words                                        ")
        #expect(lines[1] == " A page without a cell gets the whole screen for its text.                      ")
        #expect(lines[2...22].allSatisfy { $0 == String(repeating: " ", count: 80) })
        #expect(lines[23] == " ↑↓ scroll   n/p page   ? help   q quit                                         ")
    }

    @Test func tooSmallAt60x20() {
        let app = TestSupport.appOnFakeLesson(size: ScreenSize(width: 60, height: 20))
        let lines = ScreenRenderer.render(app).lines
        let blank = String(repeating: " ", count: 60)
        #expect(lines.count == 20)
        #expect(lines[9] == "           terminal too small: 60×20 (need 80×24)           ")
        #expect(lines[10] == "               enlarge it, or press q to quit               ")
        #expect(lines.enumerated().allSatisfy { $0.offset == 9 || $0.offset == 10 || $0.element == blank })
    }

    @Test func helpOverlayListsTheKeymapInABox() {
        let app = NotebookApp(lessons: TestSupport.lessons)
        app.perform(.showHelp)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[1] == "       ┌─ Keys ─────────────────────────────────────────────────────────┐       ")
        #expect(lines[2] == " ▸   Fa│ Anywhere                                                       │       ")
        #expect(lines[3] == "     Se│  ? F1                show the keys (this help)                 │       ")
        #expect(lines[4] == "     Th│  Ctrl-L              redraw the screen                         │       ")
        #expect(lines[5] == "       │  q                   quit                                      │       ")
        #expect(lines[21] == " ✓ fini│  space               play / pause the cell                     │       ")
        #expect(lines[22] == " New he└─────────────────────────────────── Esc or ? closes  ↑↓ scroll ─┘       ")
        #expect(lines[23] == " Esc close   q quit                                                             ")
    }

    @Test func wideLayoutPutsTheTextBesideTheCell() {
        let app = TestSupport.appOnFakeLesson(size: ScreenSize(width: 200, height: 60))
        let lines = ScreenRenderer.render(app).lines
        // Text column of 80 (min(84, 200·2/5)), divider at column 79, cell 90 wide, panel 30.
        #expect(lines[1].hasPrefix(" The fake lesson tests the notebook screens." + String(repeating: " ", count: 35) + "├─ Fake cell ─"))
        #expect(lines[9].hasPrefix(" Paragraph five is the last one."))
        #expect(Array(lines[1])[170] == "┬")
        #expect(Array(lines[57])[79] == "│")
        #expect(lines[57].dropFirst(80).hasPrefix(" 90x56 "))
        #expect(lines[2].hasSuffix("│ ▸ learning rate             "))
    }

    @Test func headlessRenderStepsTheCellAndDrawsInASCII() throws {
        let grid = try Notebook.render(lesson: FakeLesson(), page: 0, width: 80, height: 24, steps: 3,
                                       options: Notebook.Options(ascii: true))
        #expect(grid.lines[8] == "- Fake cell ------------------------------------------+ Knobs ------------------")
        #expect(grid.lines[9] == " steps 3                                              | > learning rate         ")
        #expect(grid.lines[14] == "                                                      |   < sigmoid >           ")
        #expect(grid.lines[22] == " = paused  |  step 3 / 5                                                        ")
        #expect(throws: LessonKitError.invalidPage(3, pageCount: 2)) {
            try Notebook.render(lesson: FakeLesson(), page: 2, width: 80, height: 24, steps: 0, options: .init())
        }
    }

    @Test func asciiModeTransliteratesLessonSuppliedTitles() throws {
        let lesson = FakeLesson(id: "greek", title: "σ(x) — the sigmoid", summary: "x² · w")
        let grid = try Notebook.render(lesson: lesson, page: 0, width: 80, height: 24, steps: 0,
                                       options: Notebook.Options(ascii: true))
        #expect(grid.lines[0].hasPrefix(" sigma(x) -- the sigmoid"))
        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}

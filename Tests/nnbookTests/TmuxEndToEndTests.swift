#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The real `nnbook` binary driven inside tmux, as a learner drives it: keys in, the screen
/// read back, and after it ends the shell's `$?` and `stty -a` compared with before.
///
/// Needs tmux (these tests fail, saying so, without it). The lesson tests use the FIRST
/// lesson `nnbook list` shows and compare the screen with `nnbook render` of the same page
/// (the notebook runs with `--no-color`, as `render` draws); they fail with "no lessons
/// registered" while the registry is empty.
@Suite(.serialized) struct TmuxEndToEndTests {
    static let menuTitle = " nnbook  ·  deep learning from scratch, one live experiment at a time"
    static let menuLegend = " ✓ done   • visited   n/m challenges met"
    static let menuHints = " ↑↓ select   Enter open   ? help   q quit"

    // MARK: - Menu and help

    @Test func menuAt80x24AndTheHelpOverlayOpensWithQuestionMarkAndClosesWithEsc() throws {
        let lessons = try ListedLesson.all()
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook()
        let menu = TmuxScreenText.lines(of: try tmux.waitFor(Self.menuHints), height: 24)
        #expect(menu[0] == Self.menuTitle)
        #expect(menu[21] == Self.menuLegend)
        #expect(menu[23] == Self.menuHints)
        if let first = lessons.first {
            // The lessons are grouped in parts: the first part's name, then the first lesson.
            #expect(menu[2] == "   Foundations")
            #expect(menu[3].hasPrefix(" ▸   " + first.title.prefix(20)), "first lesson selected: \(menu[3])")
        } else {
            #expect(menu[2] == "")
        }

        try tmux.sendKeys("?")
        // The hints row is drawn last: once it shows, the whole overlay is there.
        let help = TmuxScreenText.lines(of: try tmux.waitFor(" Esc close   q quit"), height: 24)
        #expect(help[1] == "       ┌─ Keys " + String(repeating: "─", count: 57) + "┐")
        // Rows 2 and 3 may show the menu's lessons left and right of the box.
        #expect(help[2].contains("│ Anywhere" + String(repeating: " ", count: 55) + "│"))
        #expect(help[3].contains("│  ? F1                show the keys (this help)                 │"))
        // Row 22 around the box: the menu's welcome line for a learner who has opened nothing yet.
        #expect(help[22] == " New he└" + String(repeating: "─", count: 35) + " Esc or ? closes  ↑↓ scroll ─┘ it; …")
        #expect(help[23] == " Esc close   q quit")

        try tmux.sendKeys("Escape")
        try tmux.waitForLines(menu)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    // MARK: - Lessons

    @Test func enterOpensTheFirstListedLessonAndNAndPTurnItsPages() throws {
        let lesson = try ListedLesson.first()
        let page1 = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 80, height: 24)
        guard try RenderedScreen.pageCount(in: page1) >= 2 else { throw TmuxLessonError.noPage("second page") }
        let page2 = try RenderedScreen.lines(lesson: lesson.id, page: 2, width: 80, height: 24)
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"])
        try tmux.waitFor(Self.menuHints)

        try tmux.sendKeys("Enter")
        let opened = try tmux.waitForLines(page1)
        // A long title squeezes the header's separators (" · "), so only the pieces are fixed.
        #expect(opened[0].hasPrefix(" \(lesson.title) ") && opened[0].contains("page 1/"), "\(opened[0])")
        try tmux.sendKeys("n")
        #expect(try tmux.waitForLines(page2)[0].contains("page 2/"))
        try tmux.sendKeys("p")
        try tmux.waitForLines(page1)

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    @Test func turningAKnobChangesTheScreenAndTurningItBackRestoresIt() throws {
        let lesson = try ListedLesson.first()
        let page1 = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 80, height: 24)
        let pageCount = try RenderedScreen.pageCount(in: page1)
        var knobPage: (number: Int, lines: [String])?
        for number in 1...pageCount {
            let lines = number == 1 ? page1 : try RenderedScreen.lines(lesson: lesson.id, page: number, width: 80, height: 24)
            if RenderedScreen.hasKnobs(lines) {
                knobPage = (number, lines)
                break
            }
        }
        guard let knobPage else { throw TmuxLessonError.noPage("page with a knob") }
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", lesson.id, "--no-color"])
        try tmux.waitForLines(page1)
        for number in stride(from: 2, through: knobPage.number, by: 1) {
            try tmux.sendKeys("n")
            try tmux.waitFor("page \(number)/\(pageCount)")
        }
        let before = try tmux.waitForLines(knobPage.lines)

        // → turns the selected knob up; at the top of its range nothing changes, so ← instead.
        let beforeText = try tmux.capture()
        try tmux.sendKeys("Right")
        var back = "Left"
        if (try? tmux.waitForChange(from: beforeText, timeout: 5)) == nil {
            try tmux.sendKeys("Left")
            try tmux.waitForChange(from: beforeText)
            back = "Right"
        }
        let turned = try tmux.captureLines()
        #expect(turned != before)
        #expect(turned[0] == before[0], "still on the same page")
        try tmux.sendKeys(back)
        try tmux.waitForLines(knobPage.lines)

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    // MARK: - Leaving: q, Ctrl-C, SIGTERM

    @Test func qQuitsWithStatus0AndTheTerminalAsItWas() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        // As in a real terminal, the shell (so nnbook) runs with no signal 1–31 blocked (but
        // SIGCHLD while bash waits) or ignored (but those an interactive bash ignores itself:
        // SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU).
        let (blocked, ignored) = try tmux.shellSignalMasks()
        let standard: UInt64 = 0x7FFF_FFFF
        #expect(blocked & standard & ~(1 << UInt64(SIGCHLD - 1)) == 0)
        #expect(ignored & standard == 0x38_4004)
        let before = try tmux.terminalState()
        try tmux.startNnbook()
        try tmux.waitFor(Self.menuHints)
        #expect(try tmux.paneFormat("#{alternate_on}") == "1", "nnbook draws on the alternate screen")
        try tmux.sendKeys("q")
        let (status, after) = try tmux.exitStatusAndTerminalState()
        #expect(status == 0)
        #expect(after == before)
        #expect(after.alternateScreen == "0" && after.cursorVisible == "1")
    }

    @Test func ctrlCExitsWith130AndRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        let before = try tmux.terminalState()
        try tmux.startNnbook()
        try tmux.waitFor(Self.menuHints)
        try tmux.sendKeys("C-c")
        let (status, after) = try tmux.exitStatusAndTerminalState()
        #expect(status == 130)
        #expect(after == before)
    }

    @Test func sigtermExitsWith143AndRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        let before = try tmux.terminalState()
        try tmux.startNnbook()
        try tmux.waitFor(Self.menuHints)
        let pid = try tmux.childProcessID(named: "nnbook")
        #expect(kill(pid, SIGTERM) == 0)
        let (status, after) = try tmux.exitStatusAndTerminalState()
        #expect(status == 143)
        #expect(after == before)
        #expect(!(try tmux.capture()).contains("Terminated"), "nnbook handled SIGTERM rather than dying of it")
    }

    // MARK: - Sizes

    @Test func resizingTo60x20SaysTooSmallAndBackTo80x24Recovers() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook()
        let menu = TmuxScreenText.lines(of: try tmux.waitFor(Self.menuHints), height: 24)

        try tmux.resize(width: 60, height: 20)
        var small = Array(repeating: "", count: 20)
        small[9] = "           terminal too small: 60×20 (need 80×24)"
        small[10] = "               enlarge it, or press q to quit"
        try tmux.waitForLines(small)

        try tmux.resize(width: 80, height: 24)
        try tmux.waitForLines(menu)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    @Test func at200x60TheLessonAndTheMenuDrawWithoutGarbage() throws {
        let lessons = try ListedLesson.all()
        let lesson = try ListedLesson.first()
        let small = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 80, height: 24)
        let large = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 200, height: 60)
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"])
        try tmux.waitFor(Self.menuHints)
        try tmux.sendKeys("Enter")
        try tmux.waitForLines(small)

        try tmux.resize(width: 200, height: 60)
        try tmux.waitForLines(large)

        // Back to the menu: nothing of the lesson may stay behind.
        try tmux.sendKeys("m")
        let menu = TmuxScreenText.lines(of: try tmux.waitFor(Self.menuHints), height: 60)
        #expect(menu[0] == Self.menuTitle)
        #expect(menu[57].hasPrefix(Self.menuLegend))
        #expect(menu[59] == Self.menuHints)
        // Every lesson in order, under its part's heading ("   Basics"), then nothing.
        let listed = menu[2..<57].filter { !$0.isEmpty }
        let headings = ["   Foundations", "   Basics", "   Training", "   Training well", "   Convnets", "   Sequences"]
        let lessonRows = listed.filter { !headings.contains($0) }
        #expect(listed.count == lessonRows.count + (lessons.isEmpty ? 0 : headings.count))
        #expect(lessonRows.count == lessons.count)
        for (row, lesson) in zip(lessonRows, lessons) { #expect(row.contains(lesson.title.prefix(20)), "\(row)") }
        for row in [1] + Array((2 + listed.count)..<57) + [58] { #expect(menu[row] == "", "row \(row): \(menu[row])") }

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    // MARK: - Locale

    @Test func underLangCItDrawsASCIIOnly() throws {
        let lesson = try ListedLesson.first()
        // The screen drawn with --ascii, where any character the lesson itself gives outside
        // ASCII (a title "Sigmoid σ") is drawn as "?" by the terminal layer.
        let page1 = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 80, height: 24, ascii: true)
            .map(Self.withASCIIFallback)
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"], environment: ["LANG": "C"])
        let hints = " Up/Down select   Enter open   ? help   q quit"
        let menu = TmuxScreenText.lines(of: try tmux.waitFor(hints), height: 24)
        #expect(menu[0] == " nnbook  |  deep learning from scratch, one live experiment at a time")
        #expect(menu[21] == " * done   - visited   n/m challenges met")
        #expect(menu[23] == hints)
        #expect(Self.nonASCII(in: menu) == [])

        try tmux.sendKeys("?")
        let help = TmuxScreenText.lines(of: try tmux.waitFor(" Esc close   q quit"), height: 24)
        #expect(help[1] == "       +- Keys " + String(repeating: "-", count: 57) + "+")
        #expect(Self.nonASCII(in: help) == [])
        try tmux.sendKeys("Escape")
        try tmux.waitForLines(menu)

        try tmux.sendKeys("Enter")
        let page = try tmux.waitForLines(page1)
        #expect(Self.nonASCII(in: page) == [])
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// `line` with every character outside ASCII replaced by "?", as the curses screen draws it.
    static func withASCIIFallback(_ line: String) -> String {
        String(line.map { $0.unicodeScalars.allSatisfy { $0.value < 0x7F } ? $0 : "?" })
    }

    /// The characters outside printable ASCII in `lines`.
    static func nonASCII(in lines: [String]) -> [Character] {
        lines.flatMap { line in line.filter { !$0.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } } }
    }
}

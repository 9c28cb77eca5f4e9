#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The notebook shell in the real binary under tmux at 80×24: the whole page text is
/// reachable with keys the hints row names (UX review D2), and an experiment survives a
/// visit to the menu, Esc, and a restart of the notebook (D1).
@Suite(.serialized) struct TmuxShellTests {
    /// The hints row (last line) of `screen`.
    private func hints(_ screen: String) -> String { TmuxScreenText.lines(of: screen, height: 24)[23] }

    @Test func perceptronPage1sTryListIsReachedWithTheKeysTheHintsName() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "perceptron", "--no-color"])
        let page = try tmux.waitFor(all: [" Perceptron gates  ·  page 1/4", "↓ more — t to read all", "t read"])
        #expect(!page.contains("Try"), "the exercises start below the fold")
        #expect(hints(page).contains("t read"))

        try tmux.sendKeys("t")
        var screen = try tmux.waitFor("PgDn/PgUp screen")
        #expect(hints(screen).contains("PgDn/PgUp screen") && hints(screen).contains("t back"))
        // PgDn until the scroll bar's thumb reaches the last text row (row 21): the end of the text.
        var presses = 0
        while TmuxScreenText.lines(of: screen, height: 24)[21].last != "┃" {
            presses += 1
            try #require(presses <= 10, "the end of the text after 10 × PgDn:\n\(screen)")
            try tmux.sendKeys("NPage")
            screen = try tmux.waitForChange(from: screen)
        }
        #expect(screen.contains("Try"))
        #expect(!screen.contains("─ a perceptron"), "the reading view hides the cell")

        try tmux.sendKeys("t")
        try tmux.waitFor(all: ["─ a perceptron", "t read"])
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    @Test func aTurnedKnobSurvivesEscTheMenuAndARestart() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "perceptron", "--no-color"])
        try tmux.waitFor("w = (0.5, 0.5), b = -0.7: AND")
        try tmux.sendKeys("Right")                                   // w1: 0.5 → 0.6
        try tmux.waitFor("w = (0.6, 0.5), b = -0.7")
        try tmux.sendKeys("Escape")
        try tmux.waitFor("m goes to the lesson menu")
        try tmux.sendKeys("m")
        try tmux.waitFor("↑↓ select   Enter open")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(all: [" Perceptron gates  ·  page 1/4", "w = (0.6, 0.5), b = -0.7"])
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
        let saved = try String(contentsOf: tmux.stateDirectory.appendingPathComponent("nnbook/progress.json"),
                               encoding: .utf8)
        #expect(saved.contains("\"knobs\""), "progress.json:\n\(saved)")

        try tmux.startNnbook(["--no-color"])                         // where the learner left off
        try tmux.waitFor(all: [" Perceptron gates  ·  page 1/4", "w = (0.6, 0.5), b = -0.7"])
        try tmux.sendKeys("d")                                       // the page's defaults again
        try tmux.waitFor("w = (0.5, 0.5), b = -0.7: AND")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The CPU time (user + system, in clock ticks) `pid` has used, from /proc/PID/stat.
    private func cpuTicks(of pid: pid_t) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
        return try #require(Int(fields[11])) + (try #require(Int(fields[12])))
    }

    @Test func trainingPausesInTheMenuAndGoesOnFromWhereItWasOnReturn() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "mlp", "--no-color"])
        try tmux.waitFor("page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("press space to train")
        try tmux.sendKeys("Space")
        try tmux.waitFor("▶ playing")
        try tmux.sendKeys("m")
        let menu = try tmux.waitFor("↑↓ select   Enter open")
        // Idle in the menu: (next to) no CPU time over a second.
        let pid = try tmux.childProcessID(named: "nnbook")
        let before = try cpuTicks(of: pid)
        usleep(1_000_000)
        #expect(try cpuTicks(of: pid) - before <= 2)
        #expect(try tmux.capture() == menu)

        try tmux.sendKeys("Enter")                                   // back on page 2, paused, trained
        let page = TmuxScreenText.lines(of: try tmux.waitFor(all: ["page 2/4", "‖ paused"]), height: 24)
        #expect(page[22].contains("iteration"), "the run went on from where it was: \(page[22])")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

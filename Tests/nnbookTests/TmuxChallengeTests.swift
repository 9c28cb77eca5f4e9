import Foundation
import Testing

/// A challenge solved with keys in the real notebook at 80×24 (issue 10): the learner types
/// NAND's weights on perceptron page 1, sees the success notice, finds the challenge ticked in
/// the `c` panel and counted in the menu, and the count survives a restart.
@Suite(.serialized) struct TmuxChallengeTests {
    @Test func nandSolvedWithKeysShowsSuccessAndTheMenuCountsIt() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "perceptron", "--no-color"])
        try tmux.waitFor("w = (0.5, 0.5), b = -0.7: AND")
        for (index, value) in ["-0.5", "-0.5", "0.7"].enumerated() {
            if index > 0 { try tmux.sendKeys("Down") }
            try tmux.sendKeys("=")
            try tmux.waitFor("Enter sets")
            try tmux.sendText(value)
            try tmux.sendKeys("Enter")
            try tmux.waitForAbsence(of: "Enter sets")
        }
        try tmux.waitFor("✓ Challenge done: Set w1, w2 and b so the unit computes NAND.")
        try tmux.sendKeys("c")
        let panel = try tmux.waitFor("OR")
        #expect(panel.contains("✓ Set w1, w2 and b so the unit computes NAND."), "\(panel)")
        try tmux.sendKeys("c")
        try tmux.waitForAbsence(of: "c close")
        try tmux.sendKeys("m")
        let menu = try tmux.waitFor("Enter open")
        let row = try #require(menu.split(separator: "\n").first { $0.contains("Perceptron gates") })
        #expect(row.contains("1/3"), "\(row)")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)

        try tmux.startNnbook(["--no-color"])
        try tmux.waitFor("w = (-0.5, -0.5), b = 0.7")
        try tmux.sendKeys("m")
        let again = try tmux.waitFor("Enter open")
        #expect(again.split(separator: "\n").first { $0.contains("Perceptron gates") }?.contains("1/3") == true, "\(again)")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// A goal longer than the panel is wide wraps under its text, marks on its first line only.
    @Test func aWrappedGoalCarriesItsMarksOnce() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "losses", "--no-color"])
        try tmux.waitFor("1/3")
        try tmux.sendKeys("n", "n")
        try tmux.waitFor("3/3")
        try tmux.sendKeys("c")
        let lines = TmuxScreenText.lines(of: try tmux.waitFor("Challenges: 0 of 1 done"), height: 24)
        let first = try #require(lines.firstIndex { $0.contains("▸ ○ Find the largest learning rate") })
        #expect(lines[first + 1].hasPrefix("     still converges"), "\(lines[first + 1])")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// A prediction's choices wrap as whole choices at 80 columns: "5 RMSprop", not "5" / "RMSprop".
    @Test func predictionChoicesWrapWhole() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "optimizers", "--no-color"])
        try tmux.waitFor("1/4")
        try tmux.sendKeys("c")
        let screen = try tmux.waitFor("x skip")
        #expect(screen.contains("5 RMSprop"), "\(screen)")
        #expect(screen.contains("1 SGD   2 Momentum"))
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// A goal of three lines at 80×24 is shown whole, with its how-close line (no "…").
    @Test func aThreeLineGoalIsShownWhole() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "cnn", "--no-color"])
        try tmux.waitFor("1/5")
        try tmux.sendKeys("c")
        try tmux.waitFor("Challenges: 0 of 2 done")
        // The panel's last line, not its first: on a busy machine a capture can fall between
        // ncurses writing the header and the goal's how-close line.
        let screen = try tmux.waitFor("edit entries by hand")
        #expect(screen.contains("Challenges: 0 of 2 done"), "\(screen)")
        #expect(screen.contains("regions and weakly to a horizontal edge."), "\(screen)")
        #expect(screen.contains("edit entries by hand") && !screen.contains("by hand …"), "\(screen)")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

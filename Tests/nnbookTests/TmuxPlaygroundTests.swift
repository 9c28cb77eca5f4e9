import Foundation
import Testing

/// The playground lesson in the real binary under tmux: open it, step the flower run, then
/// while it plays turn the data set from flower to circles (the run restarts on the new data
/// and the title says so), and pause and quit.
@Suite(.serialized) struct TmuxPlaygroundTests {
    @Test func changingTheDataSetWhileItPlays() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "playground", "--no-color"])
        try tmux.waitFor("Shallow and deep nets on 2-D data · page 1/3")
        try tmux.waitFor("200 training points, 200 test points, press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 1 / 10000")
        try tmux.sendKeys("Space")
        try tmux.waitForScreen("training past 40 iterations") { screen in
            // The status line, the last "iteration N" on the screen (the curves' x label comes first).
            guard let r = screen.range(of: "iteration ", options: .backwards) else { return false }
            let number = screen[r.upperBound...].prefix { $0.isNumber }
            return (Int(number) ?? 0) > 40
        }
        let before = try tmux.capture()
        #expect(before.contains("playground: flower · 2-4-2 tanh"))
        // The selected knob is the data set: → gives the circles and a fresh run on them.
        try tmux.sendKeys("Right")
        let after = try tmux.waitFor("playground: circles · 2-4-2 tanh")
        #expect(after.contains("◂ circles ▸"))
        #expect(after != before)
        try tmux.sendKeys("Space")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

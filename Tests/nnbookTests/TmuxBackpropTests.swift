import Testing

/// The backprop lesson in the real binary under tmux: open it, step the graph, turn a knob,
/// quit.
@Suite(.serialized) struct TmuxBackpropTests {
    @Test func openingBackpropSteppingAndTurningTheExampleKnob() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "backprop", "--no-color"])
        try tmux.waitFor("Backprop on a computation graph  ·  page 1/5")
        try tmux.waitFor("ready · 2 forward then 2 backward steps")
        try tmux.sendKeys("s")
        try tmux.waitFor("forward 1/2 · apple_price = 200")
        let before = try tmux.capture()
        // The selected knob is the graph choice: → picks apple-orange, a new graph.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("apple-orange")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

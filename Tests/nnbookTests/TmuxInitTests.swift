import Testing

/// The init lesson in the real binary under tmux: open it, let the histograms compute, turn
/// the init knob to Xavier mid-run and see the titles and readout change, quit.
@Suite(.serialized) struct TmuxInitTests {
    @Test func turningTheInitKnobRedrawsTheHistograms() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "init", "--no-color"])
        try tmux.waitFor("Weight initialization  ·  page 1/4")
        try tmux.sendKeys("Space")
        try tmux.waitFor("sigmoid, σ = 1:")
        let before = try tmux.capture()
        // Down to the init knob, then → twice: 1 → 0.01 → xavier.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        try tmux.sendKeys("Right")
        try tmux.sendKeys("Space")
        try tmux.waitFor("sigmoid, Xavier σ = 0.1:")
        let after = try tmux.capture()
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The training page: start the three nets, raise the learning rate while they train and
    /// see the knob's new value on screen while the iterations keep counting.
    @Test func raisingTheLearningRateMidTraining() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "init", "--no-color"])
        try tmux.waitFor("Weight initialization  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.waitFor("space starts training")
        try tmux.sendKeys("Space")
        try tmux.waitFor("synthetic digits")
        let before = try tmux.capture()
        try tmux.sendKeys("Right")
        try tmux.waitFor("0.0126")
        #expect(try tmux.capture() != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

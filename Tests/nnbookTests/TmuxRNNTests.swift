import Testing

/// The rnn lesson in the real binary under tmux: open it, go to the sine page, train two
/// iterations, turn the learning rate up mid-run (the knob and the loss curve's mark change
/// on screen), quit.
@Suite(.serialized) struct TmuxRNNTests {
    @Test func trainingTheSineThenTurningTheLearningRateUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "rnn", "--no-color"])
        try tmux.waitFor("Recurrent networks  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("page 2/4")
        try tmux.waitFor("untrained: press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 1 / 1500")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 2 / 1500")
        let before = try tmux.capture()
        #expect(!before.contains("lr=") && before.contains("0.05"))
        // The first knob is the task; ↓ selects the learning rate, → raises it one step
        // (×10^0.25: 0.05 → 0.0889), marked on the loss curve.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("0.0889")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

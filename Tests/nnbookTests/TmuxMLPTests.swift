import Testing

/// The mlp lesson in the real binary under tmux: open it, turn to the training page, train
/// one iteration, raise the learning rate, quit.
@Suite(.serialized) struct TmuxMLPTests {
    @Test func openingMLPTrainingOneIterationAndRaisingTheLearningRate() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "mlp", "--no-color"])
        try tmux.waitFor("Training a two-layer net  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("synthetic digits: 5000 train / 1000 test, press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 1")
        let before = try tmux.capture()
        // The selected knob is the learning rate: → multiplies it by 10^0.1.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("lr 0.126")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

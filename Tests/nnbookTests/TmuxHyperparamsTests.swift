import Testing

/// The hyperparams lesson in the real binary under tmux: open it, train one iteration of the
/// first trial, raise the number of trials mid-run, quit.
@Suite(.serialized) struct TmuxHyperparamsTests {
    @Test func openingHyperparamsSteppingAndRaisingTheTrials() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "hyperparams", "--no-color"])
        try tmux.waitFor("Hyperparameter search  ·  page 1/4")
        try tmux.waitFor("synthetic digits: 400 train / 100 validation · press space")
        try tmux.sendKeys("s")
        try tmux.waitFor("trial 1 / 20 · epoch 0 / 50")
        let before = try tmux.capture()
        // The selected knob is the number of trials: → adds 5, keeping the trial in training.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("trial 1 / 25 · epoch 0 / 50")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

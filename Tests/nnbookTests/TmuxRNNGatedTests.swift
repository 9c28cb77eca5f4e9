import Testing

/// The rnn lesson's gated-cell page in the real binary under tmux: turn to page 4, play the
/// race, raise the learning rate while it plays (the knob and the curve's mark change on
/// screen), pause, quit.
@Suite(.serialized) struct TmuxRNNGatedTests {
    @Test func playingTheRaceThenTurningTheLearningRateUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "rnn", "--no-color"])
        try tmux.waitFor("Recurrent networks  ·  page 1/")
        for _ in 0..<3 { try tmux.sendKeys("n") }
        try tmux.waitFor("A gated cell remembers")
        try tmux.waitFor("untrained: press space to train both nets")
        try tmux.sendKeys("Space")
        try tmux.waitFor("iteration ")
        // Knobs: task, delay, hidden, learning rate: three ↓ select it, → raises it one step
        // (×10^0.25: 0.01 → 0.0178), marked on the accuracy curve while the race plays on.
        for _ in 0..<3 { try tmux.sendKeys("Down") }
        try tmux.sendKeys("Right")
        try tmux.waitFor("0.0178")
        try tmux.waitFor("lr=0.018")
        try tmux.waitFor("iteration 500 / 500 · done: r restarts", timeout: 60)
        try tmux.waitFor("accuracy: RNN")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

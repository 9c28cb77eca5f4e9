import Testing

/// The linalg lesson's autoencoder page in the real binary under tmux: go to page 5, play the
/// training, halve the learning rate while it plays (the knob changes on screen and training
/// goes on), pause, quit.
@Suite(.serialized) struct TmuxLinAlgAutoencoderTests {
    @Test func turningTheLearningRateWhileTheAutoencoderPlays() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "linalg", "--no-color"])
        try tmux.waitFor("page 1/5")
        for _ in 0..<4 { try tmux.sendKeys("n") }
        try tmux.waitFor("· 5/5 ·")
        try tmux.waitFor("press space to train")
        try tmux.sendKeys("Space")
        try tmux.waitFor("/ 3000", timeout: 30)
        #expect(!(try tmux.capture()).contains("0.015"))
        // The selected knob is the learning rate: ← halves it on its log scale, 0.03 → 0.015.
        try tmux.sendKeys("Left")
        let changed = try tmux.waitFor("0.015", timeout: 30)
        // Training goes on at the new rate: the iteration count keeps moving.
        _ = try tmux.waitForChange(from: changed)
        try tmux.sendKeys("Space")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Testing

/// The batchnorm lesson in the real binary under tmux: open it, turn to the one-scale page,
/// train one iteration, change σ mid-run (both nets restart), quit.
@Suite(.serialized) struct TmuxBatchNormTests {
    @Test func openingBatchNormTrainingAndChangingSigma() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "batchnorm", "--no-color"])
        try tmux.waitFor("Batch normalization  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.waitFor("page 4/4")
        try tmux.waitFor("press space")
        for _ in 0..<10 { try tmux.sendKeys("s") }
        try tmux.waitFor("epoch 1 / 20")
        let before = try tmux.capture()
        // The selected knob is σ: → multiplies it by 10^0.1 and restarts both nets.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("0.0126")
        try tmux.waitFor("press space")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

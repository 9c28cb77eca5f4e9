import Testing

/// The status lines of the mlp and cnn lessons at 80×24 in the real binary under tmux: when
/// a run blows up or a setting is invalid, what to do is on screen, not cut off at the right
/// edge (UX review D3).
@Suite(.serialized) struct TmuxLessonAdviceTests {
    /// MLP training at lr 100 stops within a few dozen iterations and says to lower the rate.
    @Test func mlpAtLearningRate100SaysToLowerIt() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "mlp", "--no-color"])
        try tmux.waitFor("Training a two-layer net  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("press space to train")
        // The selected knob is the learning rate: type its value.
        try tmux.sendKeys("=")
        try tmux.sendText("100")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("lr 100")
        try tmux.sendKeys("Space")
        let screen = try tmux.waitFor("lr too high — lower it, press r · stopped at it. ", timeout: 60)
        #expect(screen.contains("lr too high — lower it, press r"))
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The convolution explorer with P = 1, S = 2 on the book's 4×4: the short reason and the
    /// fix fit the status line.
    @Test func cnnExplorerSaysHowToFixAStride() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "cnn", "--no-color"])
        try tmux.waitFor("OH = OW = (4 + 2·0 − 3)/1 + 1 = 2")
        // Down to the padding (the sixth knob), up to 1; then the stride, up to 2.
        for _ in 0..<5 { try tmux.sendKeys("Down") }
        try tmux.sendKeys("Right")
        try tmux.waitFor("OH = OW = (4 + 2·1 − 3)/1 + 1 = 4")
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        try tmux.waitFor("no output: H + 2P − F = 3 is not a multiple of S = 2 — try stride 1")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Testing

/// The embeddings lesson in the real binary under tmux: open it, train two slices of ten
/// iterations, turn the margin α up mid-run (the knob changes on screen), train on, switch the
/// narrow view to the loss curve where the change is marked, quit.
@Suite(.serialized) struct TmuxEmbeddingsTests {
    @Test func trainingThenTurningTheMarginUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "embeddings", "--no-color"])
        try tmux.waitFor("Embeddings and the triplet loss  ·  page 1/4")
        try tmux.waitFor("press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 10 / 600")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 20 / 600")
        let before = try tmux.capture()
        #expect(!before.contains("0.25"))
        // The selected knob is the margin α: → raises it by 0.05 (at 80 columns the scatter
        // shows without the loss curve, so the knob's value is what changes on screen).
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("0.25")
        #expect(after != before)
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 30 / 600")
        // The last knob, view, shows the loss curve with the change marked.
        for _ in 0..<4 { try tmux.sendKeys("Down") }
        try tmux.sendKeys("Right")
        try tmux.waitFor("α=0.25")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

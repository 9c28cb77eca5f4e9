import Testing

/// The deepnets lesson in the real binary under tmux: open it, go to the residual page, step
/// both nets, turn the learning rate up mid-run (the knob and the curve's mark change on
/// screen), quit.
@Suite(.serialized) struct TmuxDeepNetsTests {
    @Test func steppingTheResidualRaceThenTurningTheLearningRateUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "deepnets", "--no-color"])
        try tmux.waitFor("page 1/5")
        try tmux.waitFor("61,706")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.waitFor("plain vs residual, 20 hidden layers")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 1 / 600")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 2 / 600")
        let before = try tmux.capture()
        #expect(!before.contains("lr=0.16"))
        // Knobs: hidden layers, then the learning rate; → is one step of ×10^0.2 from 0.1.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("lr=0.16")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The augmentation page once it plays: a wider shift range is marked on the curves. (The
    /// run can end within a second, so the test waits for the first epoch, not for a given one.)
    @Test func turningTheShiftOnceTheAugmentationRunPlays() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "deepnets", "--no-color"])
        try tmux.waitFor("page 1/5")
        for _ in 0..<4 { try tmux.sendKeys("n") }
        try tmux.waitFor("data augmentation: 784-100-10 on 200 images")
        try tmux.waitFor("press space to train both nets")
        try tmux.sendKeys("Space")
        try tmux.waitFor(" / 150")
        let before = try tmux.capture()
        #expect(!before.contains("shift=3"))
        // The first knob is the shift: → widens it from 2 to 3 pixels while the nets train.
        try tmux.sendKeys("Right")
        try tmux.waitFor("shift=3")
        #expect(try tmux.capture() != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

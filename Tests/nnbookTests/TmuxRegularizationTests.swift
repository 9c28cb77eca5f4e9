import Testing

/// The regularization lesson in the real binary under tmux: open it, train two epochs of the
/// overfitting run, turn weight decay λ up from 0 mid-run (the knob and the curve's mark
/// change on screen), quit.
@Suite(.serialized) struct TmuxRegularizationTests {
    @Test func trainingTwoEpochsThenTurningWeightDecayUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "regularization", "--no-color"])
        try tmux.waitFor("Overfitting, weight decay, dropout  ·  page 1/3")
        try tmux.waitFor("synthetic digits: first 300 training images, press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("epoch 1 / 200")
        try tmux.sendKeys("s")
        try tmux.waitFor("epoch 2 / 200")
        let before = try tmux.capture()
        #expect(!before.contains("λ=0.0001"))
        // The selected knob is λ: → from 0 gives the smallest step, 0.0001, marked on the curves.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("λ=0.0001")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Testing

/// The logistic lesson in the real binary under tmux: open it, play the blobs, raise the
/// learning rate while it plays (the knob and the curves' mark change on screen), quit.
@Suite(.serialized) struct TmuxLogisticTests {
    @Test func raisingTheLearningRateWhileItPlays() throws {
        let tmux = try TmuxSession(width: 200, height: 50)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "logistic", "--no-color"])
        try tmux.waitFor("Logistic regression: one neuron  ·  page 1/4")
        try tmux.waitFor("200 training points, 400 test points, press space to train")
        try tmux.sendKeys("Space")
        try tmux.waitFor("iteration")
        // The selected knob is the task; the learning rate is the next one.
        try tmux.sendKeys("Down")
        let before = try tmux.capture()
        #expect(!before.contains("lr=0.18"))
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("lr=0.18")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

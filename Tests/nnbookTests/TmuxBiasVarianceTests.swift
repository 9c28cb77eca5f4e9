import Testing

/// The biasvariance lesson in the real binary under tmux: on the diagnosis page, train ten
/// epochs, turn weight decay λ up from 0 mid-run (the knob and the curve's mark change on
/// screen), then play and turn the net bigger while it plays (the run restarts with the new
/// title), quit.
@Suite(.serialized) struct TmuxBiasVarianceTests {
    @Test func weightDecayMidRunThenABiggerNetWhilePlaying() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "biasvariance", "--no-color"])
        try tmux.waitFor("Train/dev/test, bias and variance  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("diagnosis: 2-1×2-2 on noisy moons")
        try tmux.waitFor("400 training points, 400 dev points, press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("epoch 10 / 600")
        let before = try tmux.capture()
        #expect(!before.contains("λ=0.0001"))
        // Knobs: data set, hidden units, training points, flipped labels, weight decay λ.
        try tmux.sendKeys("Down", "Down", "Down", "Down")
        try tmux.waitFor("▸ weight decay λ")
        try tmux.sendKeys("Right")
        try tmux.waitFor("λ=0.0001")
        // Play, and make the net bigger while it plays: the run restarts as 2-2×2-2.
        try tmux.sendKeys("Up", "Up", "Up")
        try tmux.waitFor("▸ hidden units")
        try tmux.sendKeys("Space")
        try tmux.sendKeys("Right")
        try tmux.waitFor("diagnosis: 2-2×2-2 on noisy moons")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Testing

/// The rnn lesson in the real binary under tmux: open it, go to the sine page, train two
/// iterations, turn the learning rate up mid-run (the knob and the loss curve's mark change
/// on screen), quit; and the text page's temperature turned while it trains.
@Suite(.serialized) struct TmuxRNNTests {
    @Test func trainingTheSineThenTurningTheLearningRateUp() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "rnn", "--no-color"])
        try tmux.waitFor("Recurrent networks  ·  page 1/5")
        try tmux.sendKeys("n")
        try tmux.waitFor("page 2/5")
        try tmux.waitFor("untrained: press space to train")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 1 / 1500")
        try tmux.sendKeys("s")
        try tmux.waitFor("iteration 2 / 1500")
        let before = try tmux.capture()
        #expect(!before.contains("lr=") && before.contains("0.05"))
        // The first knob is the task; ↓ selects the learning rate, → raises it one step
        // (×10^0.25: 0.05 → 0.0889), marked on the loss curve.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("0.0889")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The text page: page forward until its title shows (it is the lesson's last page), play,
    /// turn the temperature (the first knob) down to 0.2 while the model trains: the sample is
    /// redrawn at once at the new temperature, training goes on, the terminal comes back.
    @Test func turningTheTemperatureWhileTheTextModelTrains() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "rnn", "--no-color"])
        try tmux.waitFor("Recurrent networks  ·  page 1/")
        var screen = try tmux.capture()
        for _ in 0..<8 where !screen.contains("a character-level RNN learns to write") {
            try tmux.sendKeys("n")
            screen = try tmux.waitForChange(from: screen)
            screen = try tmux.capture()
        }
        try tmux.waitFor(all: ["a character-level RNN learns to write", "untrained: press space to train", "sample at τ = 1, after 0"])
        try tmux.sendKeys("Space")
        try tmux.waitForScreen("training past window 40", timeout: 60) { screen in
            screen.split(separator: "\n").contains { line in
                guard let range = line.range(of: "window ") else { return false }
                return Int(line[range.upperBound...].prefix { $0.isNumber }).map { $0 > 40 } ?? false
            }
        }
        // The temperature is the first knob: eight steps of 0.1 down from 1.
        for _ in 0..<8 { try tmux.sendKeys("Left") }
        let cold = try tmux.waitFor("sample at τ = 0.2, after", timeout: 20)
        #expect(cold.contains("0.2") && !cold.lowercased().contains("nan"))
        try tmux.waitForChange(from: cold)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

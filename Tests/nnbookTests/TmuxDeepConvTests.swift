import Testing

/// The DeepConvNet page in the real binary under tmux: open the deepnets lesson, go to page
/// 4, play the book's net (one iteration per frame: seconds each in a debug build), turn the
/// learning rate up while it plays — the knob, the status and the curves' mark change on
/// screen — pause and quit with the terminal restored.
@Suite(.serialized) struct TmuxDeepConvTests {
    @Test func turningTheLearningRateWhileDeepConvNetTrains() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "deepnets", "--no-color"])
        try tmux.waitFor("page 1/5")
        for _ in 0..<3 { try tmux.sendKeys("n") }
        try tmux.waitFor("DeepConvNet trained with Adam")
        try tmux.waitFor("press space to train")
        try tmux.sendKeys("Space")
        try tmux.waitFor("iteration 1 / 500", timeout: 60)
        let before = try tmux.capture()
        #expect(!before.contains("lr=0.00178"))
        // Knobs: iterations, batch size, learning rate; → is one step of ×10^0.25 from 0.001.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        try tmux.waitFor("lr=0.00178", timeout: 60)
        try tmux.sendKeys("Space")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

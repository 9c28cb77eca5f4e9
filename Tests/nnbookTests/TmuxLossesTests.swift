import Foundation
import Testing

/// The losses lesson in the real binary under tmux: open it, go to the descent page, turn
/// the learning rate, play, and quit cleanly.
@Suite(.serialized) struct TmuxLossesTests {
    @Test func turningTheLearningRateOnTheDescentPageRedrawsAndQQuits() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "losses", "--no-color"])
        try tmux.waitFor("Losses and gradient descent")
        try tmux.sendKeys("n")
        try tmux.waitFor("page 2/3")
        try tmux.sendKeys("n")
        let before = try tmux.waitFor(all: ["f = x₀² + x₁², lr = 0.1 ", "step 0 / 100"])

        try tmux.sendKeys("Right")
        try tmux.waitForChange(from: before)
        try tmux.waitFor(all: ["lr = 0.178", "page 3/3"])

        // Six more steps of ×10^¼ give 5.62, one more 10 (the top); play: it diverges and,
        // with the numerical gradient, gets stuck: the whole advice is on the 80-column screen.
        for _ in 0..<6 { try tmux.sendKeys("Right") }
        try tmux.waitFor("lr = 5.62")
        try tmux.sendKeys("Right")
        try tmux.waitFor("lr = 10 ")
        try tmux.sendKeys("Space")
        try tmux.waitFor("step 11 / 100   stuck at |x| = 2.6e+13 — gradient 0, lower η")

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

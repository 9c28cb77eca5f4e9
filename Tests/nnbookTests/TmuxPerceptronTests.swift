import Foundation
import Testing

/// The perceptron lesson in the real binary under tmux: open it, turn the bias from the
/// book's AND (−0.7) up to its OR (−0.2) and see the gate's name change; then play the
/// learning rule and see it converge.
@Suite(.serialized) struct TmuxPerceptronTests {
    @Test func turningTheBiasTurnsANDIntoORAndTheLearningRuleConverges() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "perceptron", "--no-color"])
        try tmux.waitFor(" Perceptron gates  ·  page 1/4")
        let before = try tmux.waitFor("✓ this is AND (book)")

        // The bias is the third knob; each → adds 0.1.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        // Wait for the result itself: the first change on screen may be the selection
        // moving down, before → has been handled.
        let turned = try tmux.waitFor("b = -0.6: AND")
        #expect(turned != before)
        for _ in 0..<4 { try tmux.sendKeys("Right") }
        try tmux.waitFor(all: ["✓ this is OR (book)", "w = (0.5, 0.5), b = -0.2: OR"])

        // Page 4: play until the status says it converged (AND from start #1: 3 epochs).
        for page in 2...4 {
            try tmux.sendKeys("n")
            try tmux.waitFor("page \(page)/4")
        }
        // 12 presentations at 5 per second.
        try tmux.waitFor("start #1: press space to play")
        try tmux.sendKeys("Space")
        try tmux.waitFor("converged after 3 epochs", timeout: 20)

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

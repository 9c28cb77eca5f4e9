import Foundation
import Testing

/// The cnn lesson in the real binary under tmux: open it, switch the explorer to a digit,
/// set a stride that does not fit (the formula explains it instead of crashing), and quit.
@Suite(.serialized) struct TmuxCNNTests {
    @Test func turningTheExplorerKnobsRedrawsAndExplainsAnInvalidStride() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "cnn", "--no-color"])
        try tmux.waitFor("Convolutional networks")
        let before = try tmux.waitFor(all: ["OH = OW = (4 + 2·0 − 3)/1 + 1 = 2", "[15] 16"])

        // The first knob is the image: the book's 4×4 becomes a 28×28 digit.
        try tmux.sendKeys("Right")
        try tmux.waitForChange(from: before)
        try tmux.waitFor(all: ["input 28×28", "OH = OW = (28 + 2·0 − 3)/1 + 1 = 26"])

        // Down to the stride (the seventh knob) and up to 2: 25/2 is not whole.
        for _ in 0..<6 { try tmux.sendKeys("Down") }
        try tmux.sendKeys("Right")
        try tmux.waitFor(all: ["13.5 ✗", "no output"])

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

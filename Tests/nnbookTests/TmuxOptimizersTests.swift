import Foundation
import Testing

/// The optimizers lesson in the real binary under tmux: open it, play the book's race to
/// the end, switch the surface with the first knob, and quit cleanly.
@Suite(.serialized) struct TmuxOptimizersTests {
    @Test func playingTheRaceAndSwitchingTheSurfaceRedrawsAndQQuits() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "optimizers", "--no-color"])
        _ = try tmux.waitFor("Optimizer races")
        let before = try tmux.waitFor("step 0 / 30")

        try tmux.sendKeys("Space")
        _ = try tmux.waitForChange(from: before)
        _ = try tmux.waitFor("finished")
        try tmux.waitFor(all: ["AdaGrad     0.12", "step 30 / 30"])

        let finished = try tmux.waitFor("step 30 / 30")
        try tmux.sendKeys("Right")  // surface: book → rosenbrock
        _ = try tmux.waitForChange(from: finished)
        try tmux.waitFor(all: ["Rosenbrock", "◂ rosenbrock ▸"])
        _ = try tmux.waitFor("step 0 / 300")

        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

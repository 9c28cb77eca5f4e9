import Foundation
import Testing

/// The schedules lesson in the real binary under tmux: play the year of temperatures and
/// turn β up while it plays (the chart's title and the curve's mark change on screen); start
/// the mini-batch race and raise the learning rate mid-race (marked on the curves).
@Suite(.serialized) struct TmuxSchedulesTests {
    @Test func turningBetaUpWhileTheYearPlays() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "schedules", "--no-color"])
        try tmux.waitFor("Averages, mini-batches, lr decay · page 1/4 ·")
        try tmux.waitFor("day 0 / 365 — space plays the year, s adds a day")
        try tmux.sendKeys("Space")
        // Playing: the day counter moves on by itself.
        _ = try tmux.waitForScreen("a day past 20") { screen in
            guard let range = screen.range(of: #"day (\d+) / 365"#, options: .regularExpression) else { return false }
            let digits = screen[range].dropFirst(4).prefix { $0.isNumber }
            return (Int(digits) ?? 0) > 20
        }
        let before = try tmux.capture()
        #expect(before.contains("β = 0.9") && !before.contains("β=0.95"))
        // The selected knob is β: → goes from 0.9 to 0.95, marked where the year has got to.
        try tmux.sendKeys("Right")
        try tmux.waitFor(all: ["β = 0.95", "β=0.95", "◂ 0.95 ▸"])
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    @Test func raisingTheLearningRateMidRace() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "schedules", "--no-color"])
        try tmux.waitFor("Averages, mini-batches, lr decay · page 1/4 ·")
        try tmux.sendKeys("n")
        try tmux.sendKeys("n")
        try tmux.waitFor("epoch 0 / 3 — space starts the race, s trains one epoch")
        try tmux.sendKeys("s")
        try tmux.waitFor(all: ["epoch 1 / 3", "batch 1 · ", " it/s"])
        let before = try tmux.capture()
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("lr=0.0889")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Testing

/// The linalg lesson in the real binary under tmux: open it, step the map from I towards A,
/// turn entry a up (the knob and the determinant readout change on screen), then flatten the
/// plane with d and see the singular-matrix message, quit.
@Suite(.serialized) struct TmuxLinAlgTests {
    @Test func turningEntriesChangesTheMapAndTheDeterminant() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "linalg", "--no-color"])
        try tmux.waitFor("page 1/5")
        try tmux.waitFor("press space to move the plane from I to A")
        try tmux.waitFor("det A = ad − bc = 3 · area × 3")
        try tmux.sendKeys("s")
        let before = try tmux.capture()
        // The selected knob is entry a: → adds 0.1, so det = 2.1·2 − 1 = 3.2.
        try tmux.sendKeys("Right")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("det A = ad − bc = 3.2 · area × 3.2")
        #expect(after != before)
        // Down to entry d and 15 steps left: d = 0.5, det = 2.1·0.5 − 1 = 0.05; then a back to 2.
        for _ in 0..<3 { try tmux.sendKeys("Down") }
        for _ in 0..<15 { try tmux.sendKeys("Left") }
        for _ in 0..<3 { try tmux.sendKeys("Up") }
        try tmux.sendKeys("Left")
        try tmux.waitFor("singular: det = 0")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

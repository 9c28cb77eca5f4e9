import Testing

/// The detection lesson in the real binary under tmux: open it, go to the non-max suppression
/// page (the third), take two decisions, lower the IoU threshold mid-run (the knob, the restarted pass and
/// its mark in the decision log change on screen), quit.
@Suite(.serialized) struct TmuxDetectionTests {
    @Test func steppingNMSThenLoweringTheIoUThreshold() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "detection", "--no-color"])
        try tmux.waitFor("Object detection: IoU, NMS, YOLO  ·  page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("2/4 · Sliding windows")
        try tmux.sendKeys("n")
        try tmux.waitFor("page 3/4")
        try tmux.waitFor("decision 0 of 13")
        try tmux.sendKeys("s")
        try tmux.waitFor("decision 1 of 13")
        try tmux.sendKeys("s")
        try tmux.waitFor("decision 2 of 13")
        try tmux.waitFor("kept 2")
        // Knobs: scene, objects, score threshold, IoU threshold.
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Down")
        let before = try tmux.capture()
        #expect(!before.contains("restarted"))
        try tmux.sendKeys("Left")
        let after = try tmux.waitForChange(from: before)
        try tmux.waitFor("── iou=0.65: restarted ──")
        try tmux.waitFor("decision 0 of 13")
        #expect(after != before)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    /// The sliding-window page: train the classifier (space), scan at stride 4 until the maps
    /// are equal, then turn the stride knob to 3: a new scan whose map differs in size, and the
    /// screen says so.
    @Test func turningTheStrideKnobOfTheSlidingWindow() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "detection", "--no-color"])
        try tmux.waitFor("page 1/4")
        try tmux.sendKeys("n")
        try tmux.waitFor("iteration 0 / 600")
        // Knobs: scene, objects, stride (2 → 4).
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Down")
        try tmux.sendKeys("Right")
        try tmux.sendKeys("Right")
        try tmux.sendKeys("Space")
        try tmux.waitFor("stride 4 is the net's stride: the two maps are equal", timeout: 180)
        let before = try tmux.waitFor("max |slow − conv| 0")
        #expect(before.contains("slow, s=4"))
        try tmux.sendKeys("Left")
        try tmux.sendKeys("s")
        try tmux.waitFor("slow, s=3")
        if !(try tmux.capture()).contains("maps 13×13 vs 10×10") { try tmux.sendKeys("Space") }
        let after = try tmux.waitFor("maps 13×13 vs 10×10", timeout: 60)
        try tmux.waitFor("stride 3: not the net's stride 4")
        #expect(!after.contains("max |slow − conv|"))
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

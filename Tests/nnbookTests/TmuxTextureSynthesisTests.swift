import Testing

/// The embeddings lesson's texture synthesis page in the real binary under tmux: go to page 4,
/// play the descent, turn the target texture from stripes to columns while it runs (the
/// knob, the target picture and a mark on the loss curve change on screen), pause, quit.
@Suite(.serialized) struct TmuxTextureSynthesisTests {
    @Test func turningTheTextureWhileTheSynthesisPlays() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "embeddings", "--no-color"])
        try tmux.waitFor("Embeddings and the triplet loss  ·  page 1/4")
        for _ in 0..<3 { try tmux.sendKeys("n") }
        try tmux.waitFor(all: ["page 4/4", "16×16 noise: press space to descend on its pixels", "◂ stripes ▸"])
        try tmux.sendKeys("Space")
        try tmux.waitFor(all: ["▶ playing", "texture loss E ="])
        // The selected knob is the target texture: → turns it to columns while the run plays.
        try tmux.sendKeys("Right")
        try tmux.waitFor("◂ columns ▸")
        // The knob panel and the mark on the loss curve both name the new texture.
        let marked = try tmux.waitForScreen("a 'columns' mark on the curve") { $0.components(separatedBy: "columns").count >= 3 }
        // The target picture is columns now: every one of its rows starts "█ █".
        let lines = marked.split(separator: "\n", omittingEmptySubsequences: false)
        let target = try #require(lines.firstIndex { $0.hasPrefix("target T") })
        #expect(lines[target + 1].hasPrefix("█ █ █ █"))
        try tmux.sendKeys("Space")
        try tmux.waitFor("‖ paused")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

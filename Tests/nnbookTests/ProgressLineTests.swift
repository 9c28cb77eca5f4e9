import Foundation
import Synchronization
import Testing
@testable import nnbook

/// The progress line of long headless runs: drawn on a terminal after 2 s, wiped at the
/// end, absent when stderr is not a terminal (reliability review, finding 5).
@Suite(.serialized) struct ProgressLineTests {
    /// Collects what a `ProgressLine` writes.
    final class Sink: Sendable {
        let text = Mutex("")
        var write: @Sendable (String) -> Void { { [self] piece in text.withLock { $0 += piece } } }
    }

    @Test func theLineShowsStepsAndPercentAndIsWipedAtTheEnd() {
        let sink = Sink()
        let line = ProgressLine(label: "mlp", enabled: true, delay: .zero, write: sink.write)
        #expect(line.text(done: 1200, total: 100_000) == "mlp: step 1200 / 100000 (1.2 %)")
        line.report(done: 1, total: 8)
        line.report(done: 2, total: 8)  // within 0.1 s of the first: not drawn
        line.finish()
        let drawn = "mlp: step 1 / 8 (12.5 %)"
        #expect(sink.text.withLock { $0 } == "\r" + drawn + "\r" + String(repeating: " ", count: drawn.count) + "\r")
    }

    @Test func nothingBeforeTheDelayNorWhenOff() {
        let sink = Sink()
        let early = ProgressLine(label: "mlp", enabled: true, delay: .seconds(60), write: sink.write)
        early.report(done: 1, total: 2)
        early.finish()
        let off = ProgressLine(label: "mlp", enabled: false, delay: .zero, write: sink.write)
        #expect(off.reporter == nil)
        off.report(done: 1, total: 2)
        off.finish()
        #expect(sink.text.withLock { $0 } == "")
    }

    @Test func aLongRunShowsProgressOnATerminalOnly() throws {
        // 10,000 training iterations and the race's 3 × 10,000: ~7 s on an idle machine, so the
        // line (drawn after 2 s) stays up for seconds, not the fraction of a second 1000 steps
        // gave it (a busy test machine's screen polls missed it).
        let arguments = ["run", "mlp", "--steps", "10000", "--table", "loss"]
        let piped = try NnbookBinary.run(arguments, timeout: 300)
        #expect(piped.status == 0)
        #expect(piped.stderr == "", "no progress when stderr is not a terminal")

        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        let binary = try #require(NnbookBinary.url)
        try tmux.type(([binary.path] + arguments).map(TmuxSession.quoted).joined(separator: " ") + " > /dev/null")
        let screen = try tmux.waitForScreen("a progress line", timeout: 120) { $0.contains("mlp: step ") && $0.contains(" / 40000 (") }
        #expect(screen.contains { $0 == "%" })
        try tmux.waitForShell(timeout: 300)
        // Wiped: the prompt line holds no progress text any more.
        #expect(!(try tmux.capture()).contains("mlp: step "))
    }
}

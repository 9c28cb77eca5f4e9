import Charts
import Foundation
import LessonKit
import Synchronization

/// The progress line of a long headless run, on stderr: `mlp: step 1200 / 100000 (1.2 %)`,
/// redrawn in place (after a carriage return) at most ten times a second once the run has
/// taken `delay` (2 s), and wiped by `finish()`. Nothing at all when stderr is not a
/// terminal, so scripts and logs get only the data.
final class ProgressLine: Sendable {
    private struct State {
        var drawn: ContinuousClock.Instant?
        var width = 0
    }

    private let label: String
    private let enabled: Bool
    private let delay: Duration
    private let start = ContinuousClock.now
    private let write: @Sendable (String) -> Void
    private let state = Mutex(State())

    /// - Parameters:
    ///   - label: what runs, e.g. the lesson id.
    ///   - enabled: whether to draw at all (default: when stderr is a terminal).
    ///   - delay: how long a run goes before the line appears.
    ///   - write: where the text goes (default: stderr).
    init(label: String, enabled: Bool = isatty(STDERR_FILENO) == 1, delay: Duration = .seconds(2),
         write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.label = label
        self.enabled = enabled
        self.delay = delay
        self.write = write
    }

    /// What to hand a run as its `StepProgress`; nil when the line is off, so the run pays nothing.
    var reporter: StepProgress? {
        guard enabled else { return nil }
        return { [self] done, total in report(done: done, total: total) }
    }

    /// The line for `done` of `total` steps: "mlp: step 1200 / 100000 (1.2 %)" (in Chinese
    /// "mlp：第 1200 / 100000 步（1.2 %）").
    func text(done: Int, total: Int) -> String {
        let percent = total > 0 ? Double(done) / Double(total) * 100 : 100
        let percentText = String(format: "%.1f", percent)
        return tr("\(label): step \(done) / \(total) (\(percentText) %)", "\(label)：第 \(done) / \(total) 步（\(percentText) %）")
    }

    /// Draws the line if the run has gone on for `delay` and the last draw is 0.1 s old.
    func report(done: Int, total: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - start >= delay else { return }
        let line: String? = state.withLock { state in
            if let drawn = state.drawn, now - drawn < .milliseconds(100) { return nil }
            state.drawn = now
            let text = text(done: done, total: total)
            let width = displayWidth(of: text)
            let padding = String(repeating: " ", count: max(0, state.width - width))
            state.width = width
            return "\r" + text + padding
        }
        if let line { write(line) }
    }

    /// Wipes the line if it was drawn, leaving the cursor at the start of the empty line.
    func finish() {
        let width = state.withLock { state in
            defer { state = State() }
            return state.width
        }
        if width > 0 { write("\r" + String(repeating: " ", count: width) + "\r") }
    }
}

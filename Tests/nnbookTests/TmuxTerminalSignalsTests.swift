#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The ways out of the notebook that the reliability review (2026-12, §2.1 and §2.3) found
/// leaving the terminal broken, driven through the real binary in tmux: SIGQUIT and Ctrl-\,
/// the signals whose default action ends the process (USR1, USR2, PIPE, ALRM), Ctrl-S (XON/
/// XOFF flow control) and terminals that cannot move the cursor (TERM=dumb).
///
/// Each test opens the first listed lesson (`--no-color`, compared with `nnbook render` of
/// its first page), acts, and checks the shell's `$?` and that `stty -a`, the alternate
/// screen, the cursor and the keypad modes are as they were before nnbook started.
@Suite(.serialized) struct TmuxTerminalSignalsTests {
    /// A tmux session at its prompt (after `setup`, a shell command, if given), the
    /// terminal's state there, and the first lesson open in nnbook with its first page drawn.
    private func sessionWithLessonOpen(environment: [String: String] = [:], setup: String? = nil) throws
        -> (tmux: TmuxSession, before: TerminalState, page1: [String]) {
        let lesson = try ListedLesson.first()
        let page1 = try RenderedScreen.lines(lesson: lesson.id, page: 1, width: 80, height: 24)
        let tmux = try TmuxSession(width: 80, height: 24)
        do {
            if let setup { _ = try tmux.shell(setup) }
            let before = try tmux.terminalState()
            try tmux.startNnbook(["open", lesson.id, "--no-color"], environment: environment)
            try tmux.waitForLines(page1)
            return (tmux, before, page1)
        } catch {
            tmux.close()
            throw error
        }
    }

    // MARK: - SIGQUIT

    /// The Swift runtime's own settings on a learner's machine: its crash handler (which
    /// handles SIGQUIT too) prints a report and, on a terminal, waits ~30 s at a prompt.
    private static let runtimeDefaultBacktrace = ["SWIFT_BACKTRACE": "enable=yes,interactive=yes"]

    @Test func ctrlBackslashExitsWith131AndRestoresTheTerminal() throws {
        let (tmux, before, _) = try sessionWithLessonOpen(environment: Self.runtimeDefaultBacktrace)
        defer { tmux.close() }
        try tmux.sendKeys("C-\\")
        let (status, after) = try tmux.exitStatusAndTerminalState(timeout: 5)
        #expect(status == 131)
        #expect(after == before)
        #expect(after.alternateScreen == "0" && after.cursorVisible == "1")
        #expect(!(try tmux.capture()).contains("crashed"), "no backtrace from the Swift runtime")
    }

    @Test func killQuitExitsWith131AndRestoresTheTerminal() throws {
        let (tmux, before, _) = try sessionWithLessonOpen(environment: Self.runtimeDefaultBacktrace)
        defer { tmux.close() }
        #expect(kill(try tmux.childProcessID(named: "nnbook"), SIGQUIT) == 0)
        let (status, after) = try tmux.exitStatusAndTerminalState(timeout: 5)
        #expect(status == 131)
        #expect(after == before)
        #expect(!(try tmux.capture()).contains("crashed"), "no backtrace from the Swift runtime")
    }

    // MARK: - Signals whose default action ends the process

    /// (signal, the shell's `$?` when it ends the process: 128 + its number on Linux).
    static let terminatingSignals: [(signal: Int32, status: Int32)] = [
        (SIGUSR1, 138), (SIGUSR2, 140), (SIGPIPE, 141), (SIGALRM, 142),
    ]

    @Test(arguments: terminatingSignals)
    func aTerminatingSignalStillEndsTheProcessButRestoresTheTerminalFirst(signal: Int32, status: Int32) throws {
        let (tmux, before, _) = try sessionWithLessonOpen()
        defer { tmux.close() }
        #expect(kill(try tmux.childProcessID(named: "nnbook"), signal) == 0)
        let (exitStatus, after) = try tmux.exitStatusAndTerminalState(timeout: 5)
        #expect(exitStatus == status)
        #expect(after == before)
        #expect(after.alternateScreen == "0" && after.cursorVisible == "1")
    }

    /// The crash path the handlers above must not break: a crash signal puts the terminal
    /// back, then gets the previous action, here the default (the Swift runtime's backtracer
    /// is off, so the process dies at once; no core file: `ulimit -c 0`).
    @Test(arguments: [(SIGSEGV, 139), (SIGABRT, 134)] as [(Int32, Int32)])
    func aCrashSignalRestoresTheTerminalThenEndsTheProcess(signal: Int32, status: Int32) throws {
        let (tmux, before, _) = try sessionWithLessonOpen(environment: ["SWIFT_BACKTRACE": "enable=no"],
                                                          setup: "ulimit -c 0")
        defer { tmux.close() }
        #expect(kill(try tmux.childProcessID(named: "nnbook"), signal) == 0)
        let (exitStatus, after) = try tmux.exitStatusAndTerminalState(timeout: 5)
        #expect(exitStatus == status)
        #expect(after == before)
    }

    // MARK: - Ctrl-S

    @Test func ctrlSDoesNotFreezeTheNotebookAndFlowControlComesBackOnExit() throws {
        let lesson = try ListedLesson.first()
        let page2 = try RenderedScreen.lines(lesson: lesson.id, page: 2, width: 80, height: 24)
        let (tmux, before, _) = try sessionWithLessonOpen()
        defer { tmux.close() }
        #expect(Self.words(before.stty).contains("ixon"), "the shell's terminal has flow control on")
        let running = Self.words(try Self.sttyFromOutside(of: tmux))
        #expect(running.contains("-ixon") && running.contains("-ixoff"), "while nnbook runs: \(running)")

        // With XON/XOFF on, Ctrl-S stops the output: the page would not turn, nor q quit.
        try tmux.sendKeys("C-s")
        try tmux.sendKeys("n")
        try tmux.waitForLines(page2, timeout: 5)
        try tmux.sendKeys("q")
        let (status, after) = try tmux.exitStatusAndTerminalState(timeout: 3)
        #expect(status == 0)
        #expect(after == before)
    }

    /// `stty -a` of the pane's terminal, read by the test (the shell in the pane is busy).
    private static func sttyFromOutside(of tmux: TmuxSession) throws -> String {
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/stty")
        process.arguments = ["-a", "-F", try tmux.paneFormat("#{pane_tty}")]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// The settings `stty -a` printed, one word each ("ixon", "-ixoff", ...).
    private static func words(_ stty: String) -> Set<String> {
        Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    // MARK: - Terminals nnbook cannot draw on

    @Test func termDumbIsRefusedWithOneClearLineAndStatus1() throws {
        let output = try runRefused(term: "dumb")
        #expect(output.text == "nnbook: error: cannot start the terminal interface: TERM=dumb cannot move the cursor; "
            + "use a terminal such as xterm, or run lessons headless with 'nnbook run' / 'nnbook render'\nstatus 1\n")
        #expect(output.after == output.before)
    }

    @Test func anUnknownTermIsStillRefusedAsUnknown() throws {
        let output = try runRefused(term: "nonexistent-term")
        #expect(output.text == "nnbook: error: cannot start the terminal interface: "
            + "unknown terminal type 'nonexistent-term'\nstatus 1\n")
        #expect(output.after == output.before)
    }

    /// Runs `TERM=term nnbook open LESSON` at the shell prompt with stdin and stdout on the
    /// terminal; returns its stderr followed by "status N", and the terminal's state before
    /// and after.
    private func runRefused(term: String) throws -> (text: String, before: TerminalState, after: TerminalState) {
        guard let binary = NnbookBinary.url else { throw NnbookBinaryError.notFound }
        let lesson = try ListedLesson.first()
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        let before = try tmux.terminalState()
        // An assignment must not be quoted as a whole (`'TERM=dumb'` would be a command name).
        let command = "TERM=" + TmuxSession.quoted(term) + " "
            + [binary.path, "open", lesson.id].map(TmuxSession.quoted).joined(separator: " ")
        let text = try tmux.shell("\(command) 2>&1 >/dev/tty; echo \"status $?\"")
        return (text, before, try tmux.terminalState())
    }
}

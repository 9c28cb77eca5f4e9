import Foundation

/// What a program can leave behind in a terminal: the tty settings (`stty -a`) and the
/// modes of tmux's emulator (alternate screen, cursor shown, keypad modes).
struct TerminalState: Equatable, CustomStringConvertible {
    var stty: String
    var alternateScreen: String
    var cursorVisible: String
    var keypadCursor: String
    var keypad: String

    var description: String {
        "alternate screen \(alternateScreen), cursor visible \(cursorVisible), keypad cursor \(keypadCursor), "
            + "keypad \(keypad), stty -a:\n\(stty)"
    }
}

/// Starting the built `nnbook` in the session's shell and checking what it left behind.
extension TmuxSession {
    /// Types `nnbook ARGUMENTS` (the built binary, see `NnbookBinary`) at the shell prompt,
    /// prefixed with `VARIABLE=value` assignments from `environment`. Does not wait.
    func startNnbook(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
        guard let binary = NnbookBinary.url else { throw NnbookBinaryError.notFound }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value)) " }.joined()
        try type(assignments + ([binary.path] + arguments).map(Self.quoted).joined(separator: " "))
    }

    /// The terminal's state now; the shell must be at its prompt.
    func terminalState() throws -> TerminalState {
        try terminalState(stty: shell("stty -a"))
    }

    /// Waits for the program in the shell to end; then its exit status (`$?`) and the
    /// terminal's state.
    func exitStatusAndTerminalState(timeout: Double = 10) throws -> (status: Int32?, terminal: TerminalState) {
        try waitForShell(timeout: timeout)
        let output = try shell("echo \"$?\"; stty -a")
        let lines = output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let status = lines.first.flatMap { Int32($0) }
        return (status, try terminalState(stty: lines.count > 1 ? String(lines[1]) : ""))
    }

    private func terminalState(stty: String) throws -> TerminalState {
        TerminalState(stty: stty,
                      alternateScreen: try paneFormat("#{alternate_on}"),
                      cursorVisible: try paneFormat("#{cursor_flag}"),
                      keypadCursor: try paneFormat("#{keypad_cursor_flag}"),
                      keypad: try paneFormat("#{keypad_flag}"))
    }

    /// The shell's blocked and ignored signals (bit n-1 for signal n), from /proc (Linux).
    func shellSignalMasks() throws -> (blocked: UInt64, ignored: UInt64) {
        let fields = try shell("grep -E '^Sig(Blk|Ign):' /proc/$$/status").split(whereSeparator: \.isWhitespace)
        guard fields.count == 4, let blocked = UInt64(fields[1], radix: 16), let ignored = UInt64(fields[3], radix: 16) else {
            throw TmuxError.failed(command: "reading the shell's signal masks", output: fields.joined(separator: " "))
        }
        return (blocked, ignored)
    }

    /// Polls until the screen, as `height` lines with trailing spaces cut, equals `expected`.
    @discardableResult
    func waitForLines(_ expected: [String], timeout: Double = 10) throws -> [String] {
        let screen = try waitForScreen("the screen\n" + expected.joined(separator: "\n") + "\n(end)", timeout: timeout) {
            TmuxScreenText.lines(of: $0, height: self.height) == expected
        }
        return TmuxScreenText.lines(of: screen, height: height)
    }
}

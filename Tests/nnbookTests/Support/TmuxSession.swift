#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A private tmux server with one session running an interactive bash, for driving the real
/// `nnbook` binary in a real terminal (a pseudo-terminal that tmux emulates and lets us read).
///
/// Each session has its own server (`tmux -L <unique socket> -f /dev/null`) and a fresh
/// scratch directory holding `XDG_STATE_HOME` (so no real progress is touched) and the
/// files through which shell commands report back. The shell runs with LANG=C.UTF-8,
/// `SWIFT_BACKTRACE=interactive=no`, TERM as tmux sets it, and no LC_ALL/LC_CTYPE/NNBOOK_LANG/NO_COLOR/
/// ESCDELAY from the test's environment.
///
/// Synchronisation is by polling (every 50 ms) for what should appear, never by fixed
/// sleeps. Call `close()` in a `defer` right after creating it (it also runs on deinit):
/// it kills the server whatever happened. Linux only (processes are found through /proc).
final class TmuxSession {
    /// The session's current screen width and height.
    private(set) var width: Int
    private(set) var height: Int
    /// The scratch directory (state directory, shell reports); removed by `close()`.
    let scratch: URL
    /// What `XDG_STATE_HOME` is in the session.
    var stateDirectory: URL { scratch.appendingPathComponent("state") }

    private let tmux: URL
    private let socket: String
    private let target = "e2e"
    private var serverProcessID: pid_t?
    private var socketPath: String?
    private var shellCommands = 0
    private var closed = false

    /// How often the screen and the pane are polled.
    static let pollInterval: useconds_t = 50_000

    /// Starts a server and a `width`×`height` session running `bash --norc --noprofile -i`.
    /// Throws `TmuxError.notInstalled` when there is no tmux on the PATH.
    init(width: Int = 80, height: Int = 24) throws {
        tmux = try Self.findTmux()
        self.width = width
        self.height = height
        socket = "nnbook-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        let environment = [
            "LANG=C.UTF-8",
            "SWIFT_BACKTRACE=interactive=no",
            "XDG_STATE_HOME=\(stateDirectory.path)",
            "HISTFILE=\(scratch.appendingPathComponent("history").path)",
            "PS1=e2e$ ",
        ].map(Self.quoted)
        let unset = ["LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NNBOOK_LANG", "NO_COLOR", "ESCDELAY", "PROMPT_COMMAND"]
        let shell = "exec env " + unset.map { "-u \($0) " }.joined() + environment.joined(separator: " ")
            + " bash --norc --noprofile -i"
        do {
            // The client forks the server as a daemon and exits; see `TmuxSpawn` for why not `Process`.
            let started = try TmuxSpawn.run(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target,
                                                   "-x", "\(width)", "-y", "\(height)", shell])
            guard started.status == 0 else {
                throw TmuxError.failed(command: "tmux new-session", output: started.stderr)
            }
            let server = try command(["display-message", "-p", "#{pid} #{socket_path}"])
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
            serverProcessID = server.first.flatMap { pid_t($0) }
            socketPath = server.count > 1 ? String(server[1]) : nil
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Kills the server and removes the scratch directory. Safe to call more than once.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? Self.execute(tmux, ["-L", socket, "kill-server"])
        if let server = serverProcessID {
            // kill-server is asynchronous: make sure the server is gone before the next test.
            let deadline = Date().addingTimeInterval(2)
            while ProcessTable.isRunning(server) && Date() < deadline { usleep(Self.pollInterval) }
            if ProcessTable.isRunning(server) { kill(server, SIGKILL) }
        }
        // The server leaves its socket file behind.
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: - Input

    /// Types `text` literally (`send-keys -l`; `--` so a text such as "-0.5" is not a flag).
    func sendText(_ text: String) throws {
        try command(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Presses named keys in order, as tmux names them: `Enter`, `Escape`, `Up`, `Left`,
    /// `C-c`, or single characters such as `?`, `q`, `n`.
    func sendKeys(_ keys: String...) throws {
        try command(["send-keys", "-t", target] + keys)
    }

    /// Resizes the window (the program in it gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try command(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    // MARK: - Output

    /// The visible screen as text (`capture-pane -p`): one line per row, trailing spaces cut.
    func capture() throws -> String {
        try command(["capture-pane", "-p", "-t", target])
    }

    /// The visible screen as exactly `height` lines, trailing spaces cut.
    func captureLines() throws -> [String] {
        TmuxScreenText.lines(of: try capture(), height: height)
    }

    /// A tmux format of the pane (`display-message -p`), e.g. `#{alternate_on}`.
    func paneFormat(_ format: String) throws -> String {
        try command(["display-message", "-p", "-t", target, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `isDone` holds for it; returns that screen. Throws
    /// `TmuxError.timedOut` (with `what` and the last screen) after `timeout` seconds.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Double = 10, until isDone: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture()
            if isDone(screen) { return screen }
            if Date() >= deadline { throw TmuxError.timedOut(what: what, screen: screen) }
            usleep(Self.pollInterval)
        }
    }

    /// Polls the screen until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitForScreen("'\(text)' on the screen", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until it contains every one of `texts`; returns that screen. (One
    /// capture can catch a frame half drawn, so waiting for one text and then expecting
    /// another from the same frame is flaky.)
    @discardableResult
    func waitFor(all texts: [String], timeout: Double = 10) throws -> String {
        try waitForScreen("\(texts.map { "'\($0)'" }.joined(separator: ", ")) on the screen", timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Polls the screen until it no longer contains `text`; returns that screen.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Double = 10) throws -> String {
        try waitForScreen("'\(text)' gone from the screen", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls the screen until it differs from `previous`; returns the new screen.
    @discardableResult
    func waitForChange(from previous: String, timeout: Double = 10) throws -> String {
        try waitForScreen("a change of the screen", timeout: timeout) { $0 != previous }
    }

    // MARK: - The shell and the program in it

    /// The name of the pane's foreground process (`bash`, `nnbook`).
    func foregroundCommand() throws -> String { try paneFormat("#{pane_current_command}") }

    /// Waits until the shell is the foreground process again (the program in it ended).
    func waitForShell(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = try foregroundCommand()
            if current == "bash" { return }
            if Date() >= deadline {
                throw TmuxError.timedOut(what: "the shell back in the foreground (still '\(current)')",
                                         screen: (try? capture()) ?? "")
            }
            usleep(Self.pollInterval)
        }
    }

    /// Types `commandLine` at the shell prompt and presses Enter, without waiting.
    func type(_ commandLine: String) throws {
        try sendText(commandLine)
        try sendKeys("Enter")
    }

    /// Runs `commandLine` in the shell (which must be at its prompt) and returns what it
    /// printed (stdout and stderr). The output goes through a file, not the screen, so it is
    /// exact; `$?` in `commandLine` is the status of the previous command (e.g. nnbook's).
    func shell(_ commandLine: String, timeout: Double = 10) throws -> String {
        shellCommands += 1
        let partial = scratch.appendingPathComponent("shell-\(shellCommands).partial")
        let done = scratch.appendingPathComponent("shell-\(shellCommands).out")
        let (partialPath, donePath) = (Self.quoted(partial.path), Self.quoted(done.path))
        try type("{ \(commandLine); } >\(partialPath) 2>&1; mv \(partialPath) \(donePath)")
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: done.path) {
            if Date() >= deadline {
                throw TmuxError.timedOut(what: "the shell to run '\(commandLine)'", screen: (try? capture()) ?? "")
            }
            usleep(Self.pollInterval)
        }
        return try String(contentsOf: done, encoding: .utf8)
    }

    /// The process id of the pane's shell.
    func shellProcessID() throws -> pid_t {
        let text = try paneFormat("#{pane_pid}")
        guard let pid = pid_t(text) else { throw TmuxError.failed(command: "display-message #{pane_pid}", output: text) }
        return pid
    }

    /// The process id of the shell's child named `name` (e.g. the running `nnbook`).
    func childProcessID(named name: String) throws -> pid_t {
        let shell = try shellProcessID()
        guard let pid = ProcessTable.children(of: shell).first(where: { ProcessTable.name(of: $0) == name }) else {
            throw TmuxError.failed(command: "find the '\(name)' child of the shell (pid \(shell))",
                                   output: "no such process")
        }
        return pid
    }

    // MARK: - Running tmux

    /// Runs `tmux -L <socket> -f /dev/null ARGUMENTS`; returns its stdout, throws if it failed.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        let result = try Self.execute(tmux, ["-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw TmuxError.failed(command: "tmux " + arguments.joined(separator: " "), output: result.output)
        }
        return result.stdout
    }

    /// `text` quoted for the shell (in single quotes).
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Finds `tmux` on the PATH.
    static func findTmux() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw TmuxError.notInstalled
    }

    /// Runs a program to completion with stdin from /dev/null and its output in temporary
    /// files (not pipes: the tmux server a `new-session` forks must not hold them open).
    private static func execute(_ executable: URL, _ arguments: [String]) throws
        -> (status: Int32, stdout: String, output: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-tmux-run-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out")
        let errURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, stdout, stdout + stderr)
    }
}

/// Why a tmux session could not do what a test asked.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case failed(command: String, output: String)
    case timedOut(what: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled:
            return "tmux is not installed: the end-to-end tests drive nnbook inside tmux. "
                + "Install it (e.g. 'apt-get install tmux'; README lists it, .ci/run installs it)."
        case let .failed(command, output):
            return "\(command) failed: \(output.trimmingCharacters(in: .whitespacesAndNewlines))"
        case let .timedOut(what, screen):
            return "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

/// Screen text as the tests compare it.
enum TmuxScreenText {
    /// `text` as exactly `height` lines with trailing spaces cut (missing lines are empty).
    static func lines(of text: String, height: Int) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
        if lines.count > height { lines = Array(lines.prefix(height)) }
        while lines.count < height { lines.append("") }
        return lines
    }
}

/// The processes of the machine, read from /proc (Linux).
enum ProcessTable {
    /// The ids of the direct children of `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), parentID(of: pid) == parent else { return nil }
            return pid
        }
    }

    /// The parent of `pid` (field 4 of /proc/PID/stat).
    static func parentID(of pid: pid_t) -> pid_t? {
        let fields = statFields(of: pid)
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }

    /// Whether `pid` exists and has not ended (an ended process stays a zombie until its
    /// parent, here often a slow init, reaps it).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let state = statFields(of: pid).first else { return false }
        return state != "Z" && state != "X"
    }

    /// The fields of /proc/PID/stat after the parenthesised name: state, parent, ...
    private static func statFields(of pid: pid_t) -> [Substring] {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return [] }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    /// The command name of `pid` (/proc/PID/comm).
    static func name(of pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Starting the tmux server the way a terminal starts a shell: with NO signal blocked or
/// ignored, and no stray file descriptors.
///
/// Why not `Foundation.Process`: the test runs on a thread that blocks most signals (and
/// the test process ignores SIGPIPE), and a spawned child inherits both — so the shell in
/// the pane, and nnbook, would run with SIGHUP/SIGINT blocked, unlike on a real terminal.
/// And `tmux new-session` forks the server as a daemon, which keeps the socket through
/// which `Process` learns that its child ended, so `waitUntilExit()` would never return.
/// Here `posix_spawn` resets the signal mask and dispositions, closes every descriptor above
/// stderr (where the C library can), and `waitpid` waits for the tmux client only.
enum TmuxSpawn {
    /// Runs `executable ARGUMENTS` to completion with stdin and stdout on /dev/null; returns
    /// its exit status (or 128 + the signal that killed it) and what it wrote to stderr.
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-tmux-spawn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errorURL) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeDescriptorsAboveStderr(&actions)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw TmuxError.failed(command: "posix_spawn \(executable.path)", output: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let stderr = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        let signal = status & 0x7F
        return (signal == 0 ? (status >> 8) & 0xFF : 128 + signal, stderr)
    }

    /// Adds "close every descriptor from 3 on" when the C library has it (glibc 2.34+),
    /// looked up at run time so the tests still build with an older one.
    private static func closeDescriptorsAboveStderr(_ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return
        }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
    }
}

import Foundation

/// The built `nnbook` executable, run as a child process the way a learner or a script runs it.
///
/// Where the binary is found, first match wins:
/// 1. `$NNBOOK_BINARY`, if set (e.g. to test a release build);
/// 2. beside the test bundle: `swift test` builds every product into the same directory as
///    `nnbookPackageTests.xctest` (`.build/<triple>/debug/`), found from `Bundle.main` and
///    from the running executable's path;
/// 3. `.build/debug/nnbook` under the package root, found from this file's `#filePath`.
/// The test target depends on the `nnbook` target, so `swift test` always builds it first.
enum NnbookBinary {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let url: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["NNBOOK_BINARY"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        var directories = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates += directories.map { $0.appendingPathComponent("nnbook") }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/nnbook"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: url.path)
        }
    }()

    /// Runs `nnbook ARGUMENTS` (with `environment` added) with stdin from /dev/null (not a terminal), LANG=C.UTF-8, Swift
    /// backtraces to stderr only, and a fresh XDG_STATE_HOME so no real progress is touched.
    /// The language is English (NNBOOK_LANG=en, no LC_ALL/LC_CTYPE/LC_MESSAGES from the
    /// developer's shell) unless `environment` says otherwise: tests do not depend on the
    /// developer's locale.
    /// Gives up (and kills the child) after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 30, environment extra: [String: String] = [:]) throws -> Result {
        guard let url else { throw NnbookBinaryError.notFound }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["NNBOOK_LANG"] = "en"
        for name in ["LC_ALL", "LC_CTYPE", "LC_MESSAGES"] { environment[name] = nil }
        environment["SWIFT_BACKTRACE"] = "interactive=no,output-to=stderr"
        environment["XDG_STATE_HOME"] = scratch.appendingPathComponent("state").path
        environment.merge(extra) { _, given in given }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = try FileHandle(forWritingTo: stdoutURL)
        let err = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw NnbookBinaryError.timedOut(arguments)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8)
        )
    }
}

enum NnbookBinaryError: Error, CustomStringConvertible {
    case notFound
    case timedOut([String])

    var description: String {
        switch self {
        case .notFound: return "the nnbook binary was not found (run 'swift build', or set NNBOOK_BINARY)"
        case let .timedOut(arguments): return "nnbook \(arguments.joined(separator: " ")) did not finish in time"
        }
    }
}

import Foundation

/// Loads and saves `Progress` as `progress.json` under `$XDG_STATE_HOME/nnbook/` (default
/// `~/.local/state/nnbook/`).
///
/// Saving is atomic: the JSON goes to a temporary file in the same directory, which is then
/// renamed over `progress.json`, so a crash never leaves half a file. A file that cannot be
/// read or decoded is never fatal: it is renamed aside to `progress.json.corrupt-<unix time>`
/// and `load` returns empty progress with a warning naming both files.
public final class ProgressStore: @unchecked Sendable {
    /// The directory holding `progress.json`.
    public let directory: String
    /// The full path of `progress.json`.
    public var filePath: String { directory + "/progress.json" }

    private let lock = NSLock()

    /// A store in `directory`, or in the XDG state directory when nil.
    public init(directory: String? = nil) {
        self.directory = directory ?? ProgressStore.defaultDirectory()
    }

    /// `$XDG_STATE_HOME/nnbook` if that variable holds an absolute path (the XDG spec ignores
    /// relative ones), else `$HOME/.local/state/nnbook`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state.trimmingTrailingSlashes + "/nnbook"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home.trimmingTrailingSlashes + "/.local/state/nnbook"
    }

    /// The saved progress (empty if none), and a warning to show if the file was unreadable
    /// and has been set aside.
    public func load() -> (progress: Progress, warning: String?) {
        lock.lock()
        defer { lock.unlock() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: filePath, isDirectory: &isDirectory) else { return (Progress(), nil) }
        if !isDirectory.boolValue,
           let data = FileManager.default.contents(atPath: filePath),
           let progress = try? JSONDecoder().decode(Progress.self, from: data) {
            return (progress, nil)
        }
        return (Progress(), setAside())
    }

    /// Saves `progress` (atomically: write a temporary file, then rename), creating the
    /// directory if needed.
    public func save(_ progress: Progress) throws {
        lock.lock()
        defer { lock.unlock() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ProgressStoreError.cannotCreateDirectory(directory)
        }
        let temporary = directory + "/.progress.json.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            if let handle = FileHandle(forUpdatingAtPath: temporary) {
                try? handle.synchronize()
                try? handle.close()
            }
        } catch {
            unlink(temporary)
            throw ProgressStoreError.cannotWrite(temporary)
        }
        if rename(temporary, filePath) != 0 {
            unlink(temporary)
            throw ProgressStoreError.cannotWrite(filePath)
        }
    }

    /// Renames the unreadable file to `progress.json.corrupt-<unix time>` (with `-2`, `-3`, …
    /// if that exists) and returns the warning to show.
    private func setAside() -> String {
        let base = "\(filePath).corrupt-\(Int(Date().timeIntervalSince1970))"
        var target = base
        var n = 2
        while FileManager.default.fileExists(atPath: target) { target = "\(base)-\(n)"; n += 1 }
        if rename(filePath, target) == 0 {
            return "progress file \(filePath) was unreadable; moved it to \(target) and started with fresh progress"
        }
        return "progress file \(filePath) is unreadable and could not be moved aside; starting with fresh progress"
    }
}

/// Why progress could not be saved.
public enum ProgressStoreError: Error, CustomStringConvertible, Equatable {
    case cannotCreateDirectory(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case let .cannotCreateDirectory(path): return "cannot create the progress directory \(path)"
        case let .cannotWrite(path): return "cannot write the progress file \(path)"
        }
    }
}

private extension String {
    var trimmingTrailingSlashes: String {
        var s = self
        while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
        return s
    }
}

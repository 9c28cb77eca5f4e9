import Charts
import Foundation

/// Loads and saves `Progress` as `progress.json` under `$XDG_STATE_HOME/nnbook/` (default
/// `~/.local/state/nnbook/`).
///
/// - Saving is atomic: the JSON goes to a temporary file beside the target, which is then
///   renamed over it, so a crash never leaves half a file. A `progress.json` that is a
///   symbolic link is written through to its target (the link stays).
/// - Two notebooks at once lose no updates: a save takes an exclusive `flock` on
///   `progress.json.lock`, reads the file, merges this store's changes into it
///   (`Progress.merged(into:base:)`) and writes the result.
/// - A file that cannot be decoded is never fatal: it is renamed aside to
///   `progress.json.corrupt-<unix time>` and `load` returns empty progress with a warning
///   naming both files. A file that cannot be read for lack of permission is left alone:
///   `load` warns, and this store then never writes (nothing overwrites it).
public final class ProgressStore: @unchecked Sendable {
    /// The directory holding `progress.json`.
    public let directory: String
    /// The full path of `progress.json`.
    public var filePath: String { directory + "/progress.json" }
    /// The lock file that serialises saves of several notebooks.
    public var lockPath: String { directory + "/progress.json.lock" }
    /// Whether saving is off for this session (the file exists but could not be read).
    public var isSavingDisabled: Bool { lock.withLock { savingDisabled } }

    /// Opens a file for reading (`open(2)`; -1 and `errno` on failure). Tests replace it to
    /// simulate errors that root cannot provoke (EACCES).
    var openForReading: (String) -> Int32 = { open($0, O_RDONLY) }

    private let lock = NSLock()
    /// What this store last read or wrote: the base its changes are measured against.
    private var baseline = Progress()
    private var savingDisabled = false

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

    /// The saved progress (empty if none), and a warning to show if the file could not be
    /// used: set aside when undecodable, left alone (and saving turned off) when unreadable.
    public func load() -> (progress: Progress, warning: String?) {
        lock.lock()
        defer { lock.unlock() }
        switch read() {
        case let .success(progress):
            baseline = progress ?? Progress()
            return (baseline, nil)
        case let .failure(failure):
            baseline = Progress()
            switch failure {
            case let .unreadable(code):
                savingDisabled = true
                return (Progress(), tr("cannot read progress file \(filePath): \(Self.describe(code)); "
                                         + "progress will not be saved this session",
                                       "无法读取进度文件 \(filePath)：\(Self.describe(code))；本次不会保存进度"))
            case .undecodable:
                return (Progress(), setAside())
            }
        }
    }

    /// Saves `progress`: under the lock file, merges it into what the file holds now and
    /// writes the result atomically, creating the directory if needed. Returns the merged
    /// progress (what the file now holds), or `progress` unchanged when saving is off.
    @discardableResult
    public func save(_ progress: Progress) throws -> Progress {
        try underFileLock(orReturn: progress) { disk in progress.merged(into: disk, base: baseline) }
    }

    /// Changes the file in place: under the lock file, reads what it holds now, applies
    /// `change` and writes the result (e.g. `nnbook progress --reset`, which must remove
    /// entries that a merge would keep). Returns what the file now holds.
    @discardableResult
    public func update(_ change: (inout Progress) -> Void) throws -> Progress {
        try underFileLock(orReturn: Progress()) { disk in
            var changed = disk
            change(&changed)
            return changed
        }
    }

    /// Takes the lock file, computes the new progress from what the file holds now and
    /// writes it atomically, creating the directory if needed; `fallback` when saving is off.
    private func underFileLock(orReturn fallback: Progress, _ make: (Progress) -> Progress) throws -> Progress {
        lock.lock()
        defer { lock.unlock() }
        if savingDisabled { return fallback }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ProgressStoreError.cannotCreateDirectory(directory)
        }
        let lockFile = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFile >= 0 else { throw ProgressStoreError.cannotWrite(lockPath) }
        defer { close(lockFile) }
        while flock(lockFile, LOCK_EX) != 0 {
            guard errno == EINTR else { throw ProgressStoreError.cannotWrite(lockPath) }
        }
        defer { flock(lockFile, LOCK_UN) }

        // A file that became unreadable or undecodable since `load` is replaced by our progress.
        let disk = (try? read().get()).flatMap { $0 } ?? Progress()
        let result = make(disk)
        try write(result, to: Self.resolvingLinks(filePath))
        baseline = result
        return result
    }

    // MARK: - Reading and writing

    /// Why the file could not be used.
    private enum ReadFailure: Error {
        /// `open` or `read` failed with this errno (not ENOENT).
        case unreadable(Int32)
        /// The bytes are not progress JSON, or the path is a directory.
        case undecodable
    }

    /// The progress in the file; nil when there is no file.
    private func read() -> Result<Progress?, ReadFailure> {
        let descriptor = openForReading(filePath)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return .success(nil) }
            if code == EISDIR { return .failure(.undecodable) }
            return .failure(.unreadable(code))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                return .failure(code == EISDIR ? .undecodable : .unreadable(code))
            }
            data.append(buffer, count: count)
        }
        guard let progress = try? JSONDecoder().decode(Progress.self, from: data) else { return .failure(.undecodable) }
        return .success(progress)
    }

    /// Writes `progress` to `path` atomically: a temporary file in the same directory, then
    /// a rename over `path`.
    private func write(_ progress: Progress, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.progress.json.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
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
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw ProgressStoreError.cannotWrite(path)
        }
    }

    /// `path` with symbolic links followed (at most 16), so a rename replaces the link's
    /// target and not the link. A dangling link resolves to where it points.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<16 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = target.hasPrefix("/") ? target
                : (current as NSString).deletingLastPathComponent + "/" + target
        }
        return current
    }

    /// Renames the undecodable file to `progress.json.corrupt-<unix time>` (with `-2`, `-3`,
    /// … if that exists) and returns the warning to show.
    private func setAside() -> String {
        let base = "\(filePath).corrupt-\(Int(Date().timeIntervalSince1970))"
        var target = base
        var n = 2
        while FileManager.default.fileExists(atPath: target) { target = "\(base)-\(n)"; n += 1 }
        if rename(filePath, target) == 0 {
            return tr("progress file \(filePath) was unreadable; moved it to \(target) and started with fresh progress",
                      "进度文件 \(filePath) 无法读取，已移到 \(target)，进度从头开始")
        }
        return tr("progress file \(filePath) is unreadable and could not be moved aside; starting with fresh progress",
                  "进度文件 \(filePath) 无法读取，也无法移开；进度从头开始")
    }

    /// "permission denied" for EACCES, the C library's words otherwise.
    private static func describe(_ code: Int32) -> String {
        code == EACCES || code == EPERM ? tr("permission denied", "权限不足") : String(cString: strerror(code))
    }
}

/// Why progress could not be saved.
public enum ProgressStoreError: Error, CustomStringConvertible, Equatable {
    case cannotCreateDirectory(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case let .cannotCreateDirectory(path):
            return tr("cannot create the progress directory \(path)", "无法创建进度目录 \(path)")
        case let .cannotWrite(path): return tr("cannot write the progress file \(path)", "无法写入进度文件 \(path)")
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

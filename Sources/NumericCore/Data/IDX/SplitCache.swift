import Foundation
import Synchronization

/// The MNIST splits this process has loaded, one per directory, name and image size: the
/// mlp, cnn and optimizers lessons all ask for the same files, which are then read once.
///
/// An entry (a split, or the error its files gave) is used only while the four files are
/// unchanged — same device, inode, length and modification time — so a file replaced on
/// disk is read again. Thread-safe: a caller asking for a directory that is being loaded
/// waits for that load instead of reading the files a second time.
final class SplitCache: Sendable {
    /// What a split is cached under.
    struct Key: Hashable, Sendable {
        var directory: String
        var name: String
        var width: Int?
        var height: Int?
    }

    /// The identity and version of one file, from `stat`.
    struct FileStamp: Hashable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

        /// The stamp of the file at `path`, nil if it cannot be looked at.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        }
    }

    private struct Entry {
        var stamps: [FileStamp]
        var result: Result<DataSplit, DataError>
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var diskLoads = 0
    }

    private let state = Mutex(State())

    /// The process-wide cache `MNIST.load` uses.
    static let shared = SplitCache()

    /// How many times `load` actually ran (the files were read), over this cache's life.
    var diskLoads: Int { state.withLock { $0.diskLoads } }

    /// The split cached under `key` if `files` are unchanged since it was loaded, else the
    /// result of `load` (remembered unless the files cannot be stamped).
    func split(for key: Key, files: [String], load: () throws(DataError) -> DataSplit) throws(DataError) -> DataSplit {
        let result = state.withLock { state -> Result<DataSplit, DataError> in
            let stamps = files.compactMap(FileStamp.init(path:))
            if stamps.count == files.count, let entry = state.entries[key], entry.stamps == stamps {
                return entry.result
            }
            state.diskLoads += 1
            let result = Result { () throws(DataError) -> DataSplit in try load() }
            // Stamps taken before the load: a file changed while it was read is read again next time.
            if stamps.count == files.count { state.entries[key] = Entry(stamps: stamps, result: result) }
            return result
        }
        return try result.get()
    }
}

import Foundation

/// A regular file opened for reading by the dataset loader.
///
/// Anything else at the path — a directory, a FIFO, a device such as /dev/zero or
/// /dev/null, a socket — is refused from `stat` before it is opened (opening a FIFO would
/// wait for a writer; /dev/zero never ends), and the descriptor is checked again after
/// opening in case the path changed in between. Every failure is a `DataError` that says
/// what is wrong in plain words ("permission denied"), see `DataError.fileSystem`.
final class RegularFile {
    /// The path as given.
    let path: String
    /// The file's length in bytes when it was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens the regular file at `path` for reading.
    init(path: String) throws(DataError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw DataError.fileSystem(path: path, errno: errno) }
        try Self.requireRegular(info, path: path)
        // O_NONBLOCK: should a FIFO appear at the path after the check, open does not wait.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw DataError.fileSystem(path: path, errno: errno) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else {
            let code = errno
            close(descriptor)
            throw DataError.fileSystem(path: path, errno: code)
        }
        do {
            try Self.requireRegular(opened, path: path)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.size = Int(opened.st_size)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes starting at byte `offset` (fewer only where the file ends).
    func read(offset: Int, count: Int) throws(DataError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: max(0, count)) { buffer, initialized in
            var done = 0
            while done < buffer.count {
                let got = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if got > 0 {
                    done += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
            initialized = done
        }
        guard failure == 0 else { throw DataError.fileSystem(path: path, errno: failure) }
        return bytes
    }

    /// Throws unless `info` describes a regular file.
    private static func requireRegular(_ info: stat, path: String) throws(DataError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw DataError.unreadableFile(path: path, reason: "it is a directory")
        case S_IFIFO: throw DataError.notRegularFile(path: path, kind: "a FIFO")
        case S_IFCHR: throw DataError.notRegularFile(path: path, kind: "a character device")
        case S_IFBLK: throw DataError.notRegularFile(path: path, kind: "a block device")
        case S_IFSOCK: throw DataError.notRegularFile(path: path, kind: "a socket")
        default: throw DataError.notRegularFile(path: path, kind: "an unknown kind of file")
        }
    }
}

extension DataError {
    /// The error for a failed file-system call on `path` with error number `code`, in
    /// words a learner can act on (Foundation's "You don't have permission" is said for
    /// several different problems).
    static func fileSystem(path: String, errno code: Int32) -> DataError {
        switch code {
        case ENOENT, ENOTDIR: return .missingFile(path: path)
        case EACCES, EPERM: return .unreadableFile(path: path, reason: "permission denied")
        case EISDIR: return .unreadableFile(path: path, reason: "it is a directory")
        case ELOOP: return .unreadableFile(path: path, reason: "too many levels of symbolic links (a symlink loop?)")
        default: return .unreadableFile(path: path, reason: String(cString: strerror(code)))
        }
    }
}

import Foundation
import Testing
@testable import NumericCore

/// What the loader says about paths that are not readable regular files (review §5.1, cases
/// 92–98 and 9c: a FIFO, /dev/zero, /dev/null and /dev/urandom were "You don't have
/// permission", an unreadable directory was "missing file"). Tests run as root, whom file
/// modes do not stop: the permission cases run in a child process that becomes `nobody`,
/// and the wording is also checked through its seams (`DataError.fileSystem` and
/// `MNIST.findFile`'s `status`).
@Suite("Data: file kinds and permissions")
struct DataFileKindTests {
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("train-images-idx3-ubyte")
        #expect(mkfifo(path, 0o644) == 0)
        // Opening a FIFO for reading blocks until a writer comes; this must return at once.
        #expect(errorMessage { _ = try IDX.readImages(path: path) }
                == "cannot read \(path): it is not a regular file (it is a FIFO)")
    }

    @Test(arguments: ["/dev/null", "/dev/zero", "/dev/urandom"])
    func aDeviceIsNotARegularFile(device: String) throws {
        #expect(errorMessage { _ = try IDX.readLabels(path: device) }
                == "cannot read \(device): it is not a regular file (it is a character device)")
        // As the review made it: the standard name is a symlink to the device.
        let directory = try TemporaryDirectory()
        let link = directory.file("train-labels-idx1-ubyte")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: device)
        #expect(errorMessage { _ = try IDX.readLabels(path: link) }
                == "cannot read \(link): it is not a regular file (it is a character device)")
    }

    @Test func aDirectoryAndSymlinkProblemsSayWhatTheyAre() throws {
        let directory = try TemporaryDirectory()
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.path) }
                == "cannot read \(directory.path): it is a directory")
        let loop = directory.file("loop")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(errorMessage { _ = try IDX.readLabels(path: loop) }
                == "cannot read \(loop): too many levels of symbolic links (a symlink loop?)")
        let dangling = directory.file("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: directory.file("nowhere"))
        #expect(errorMessage { _ = try IDX.readLabels(path: dangling) } == "missing file: \(dangling)")
        // In an MNIST directory, a looping name is reported as such, not as missing.
        try writeMNIST(SyntheticDigits.make(train: 2, test: 2, seed: 1), to: directory)
        try FileManager.default.removeItem(atPath: directory.file("train-images-idx3-ubyte"))
        try FileManager.default.createSymbolicLink(atPath: directory.file("train-images-idx3-ubyte"),
                                                   withDestinationPath: directory.file("train-images-idx3-ubyte"))
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path) }
                == "cannot read \(directory.file("train-images-idx3-ubyte")): too many levels of symbolic links (a symlink loop?)")
    }

    @Test func errorNumbersBecomePlainWords() {
        #expect(DataError.fileSystem(path: "/d/f", errno: EACCES).description == "cannot read /d/f: permission denied")
        #expect(DataError.fileSystem(path: "/d/f", errno: EPERM).description == "cannot read /d/f: permission denied")
        #expect(DataError.fileSystem(path: "/d/f", errno: ENOENT).description == "missing file: /d/f")
        #expect(DataError.fileSystem(path: "/d/f", errno: EISDIR).description == "cannot read /d/f: it is a directory")
        #expect(DataError.fileSystem(path: "/d/f", errno: EIO).description == "cannot read /d/f: Input/output error")
    }

    @Test func anUnsearchableDirectoryIsNotAMissingFile() {
        // stat on a name inside a directory without search permission fails with EACCES.
        #expect(errorMessage { _ = try MNIST.findFile(directory: "/data/mnist", stem: "train-images-idx3-ubyte",
                                                      status: { _ in EACCES }) }
                == "cannot read directory /data/mnist: permission denied")
        // Only ENOENT for every spelling is a missing file.
        var tried: [String] = []
        #expect(errorMessage { _ = try MNIST.findFile(directory: "/data/mnist", stem: "t10k-labels-idx1-ubyte",
                                                      status: { tried.append($0); return ENOENT }) }
                == "missing file: /data/mnist/t10k-labels-idx1-ubyte[.gz]")
        #expect(tried == ["/data/mnist/t10k-labels-idx1-ubyte", "/data/mnist/t10k-labels-idx1-ubyte.gz",
                          "/data/mnist/t10k-labels.idx1-ubyte", "/data/mnist/t10k-labels.idx1-ubyte.gz"])
    }

    /// A real unreadable file and directory: as root, the check runs in a child process that
    /// first becomes the unprivileged user `nobody` (uid 65534).
    @Test(.enabled(if: geteuid() == 0, "needs root to switch to nobody"))
    func asNobodyUnreadablePathsSayPermissionDenied() async throws {
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 2, test: 2, seed: 1), to: directory)
        chmod(directory.file("train-images-idx3-ubyte"), 0)
        let locked = directory.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(locked, 0)
        let root = directory.path
        await #expect(processExitsWith: .exitCode(0)) { [root = root as String] in
            guard setgid(65534) == 0, setuid(65534) == 0 else { exit(2) }
            let file = errorMessage { _ = try MNIST.load(directory: root) }
            let folder = errorMessage { _ = try MNIST.load(directory: root + "/locked") }
            exit(file == "cannot read \(root)/train-images-idx3-ubyte: permission denied"
                 && folder == "cannot read directory \(root)/locked: permission denied" ? 0 : 1)
        }
    }

    /// A real unreadable file, when the tests do not run as root.
    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode"))
    func anUnreadableFileSaysPermissionDenied() throws {
        let directory = try TemporaryDirectory()
        try directory.write("labels", IDX.encodeLabels([1]))
        chmod(directory.file("labels"), 0)
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("labels")) }
                == "cannot read \(directory.file("labels")): permission denied")
    }
}

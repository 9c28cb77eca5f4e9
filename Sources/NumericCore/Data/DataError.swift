/// Why a dataset file could not be loaded. Every message names the file and the problem,
/// so a learner who points nnbook at a broken download knows which file to fetch again.
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// No file at `path` (for a dataset, `path` lists the names that were tried).
    case missingFile(path: String)
    /// The file exists but could not be read ("permission denied", "it is a directory").
    case unreadableFile(path: String, reason: String)
    /// The path names something other than a regular file (a FIFO, a device such as
    /// /dev/zero, a socket), which is refused before it is opened: reading it could block
    /// or never end.
    case notRegularFile(path: String, kind: String)
    /// The directory that should hold the files cannot be searched or read.
    case unreadableDirectory(path: String, reason: String)
    /// The file's header describes no samples at all (`noun`: "images" or "labels").
    case emptyFile(path: String, noun: String)
    /// The file's header describes more samples than nnbook accepts (`noun`: "images" or
    /// "labels"); refused before anything is allocated or inflated.
    case tooManyItems(path: String, count: Int, noun: String, limit: Int)
    /// The file ends early: its header promises `expected` bytes, it holds `actual`.
    case truncatedFile(path: String, expected: Int, actual: Int)
    /// The first four bytes are not the IDX magic number the file should have.
    case wrongMagic(path: String, found: UInt32, expected: UInt32)
    /// The header is not usable (impossible sizes, too many items, zero-sized images).
    case badHeader(path: String, reason: String)
    /// An images file and its labels file disagree on the number of samples.
    case countMismatch(imagesPath: String, images: Int, labelsPath: String, labels: Int)
    /// The images are not the size they should be (e.g. train and test sizes differ).
    case wrongImageSize(path: String, width: Int, height: Int, expectedWidth: Int, expectedHeight: Int)
    /// A label is outside the range the dataset allows.
    case badLabel(path: String, index: Int, value: Int)
    /// The gzip wrapper or the compressed stream inside it is damaged.
    case corruptGzip(path: String, reason: String)

    /// A one-line message naming the file and what is wrong with it.
    public var description: String {
        switch self {
        case let .missingFile(path):
            return "missing file: \(path)"
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .notRegularFile(path, kind):
            return "cannot read \(path): it is not a regular file (it is \(kind))"
        case let .unreadableDirectory(path, reason):
            return "cannot read directory \(path): \(reason)"
        case let .emptyFile(path, noun):
            return "\(path) holds 0 \(noun); expected at least 1"
        case let .tooManyItems(path, count, noun, limit):
            return "\(path) holds \(count) \(noun); nnbook reads at most \(limit) (MNIST's training set has 60000)"
        case let .truncatedFile(path, expected, actual):
            return "truncated file \(path): expected \(expected) bytes, got \(actual)"
        case let .wrongMagic(path, found, expected):
            return "wrong magic number in \(path): got \(DataError.hex(found)), expected \(DataError.hex(expected))"
        case let .badHeader(path, reason):
            return "bad IDX header in \(path): \(reason)"
        case let .countMismatch(imagesPath, images, labelsPath, labels):
            return "mismatched counts: \(imagesPath) holds \(images) images but \(labelsPath) holds \(labels) labels"
        case let .wrongImageSize(path, width, height, expectedWidth, expectedHeight):
            return "wrong image size in \(path): \(width)×\(height), expected \(expectedWidth)×\(expectedHeight)"
        case let .badLabel(path, index, value):
            return "bad label in \(path): label \(index) is \(value)"
        case let .corruptGzip(path, reason):
            return "corrupt gzip file \(path): \(reason)"
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}

/// What is wrong with a gzip file or the DEFLATE stream inside it. The description is a
/// short phrase ("bad CRC-32: ..."); `DataError.corruptGzip` adds the file name.
public enum GzipError: Error, Equatable, CustomStringConvertible {
    /// The gzip header is malformed (magic bytes, method, flags, or it ends early).
    case badHeader(String)
    /// The compressed stream is invalid (a bad block type, code, length or distance).
    case inflate(String)
    /// The data ends before the stream or its trailer is complete.
    case truncated(String)
    /// The CRC-32 in the trailer does not match the decompressed data.
    case crcMismatch(stored: UInt32, computed: UInt32)
    /// The length in the trailer (ISIZE, modulo 2³²) does not match the decompressed data.
    case sizeMismatch(stored: UInt32, computed: UInt32)
    /// The decompressed data would exceed the caller's limit (protects against gzip bombs).
    case tooLarge(limit: Int)

    /// A short phrase naming the problem.
    public var description: String {
        switch self {
        case let .badHeader(what): return "bad header: \(what)"
        case let .inflate(what): return "inflate error: \(what)"
        case let .truncated(what): return "truncated: \(what)"
        case let .crcMismatch(stored, computed):
            return "bad CRC-32: stored \(DataError.hex(stored)), computed \(DataError.hex(computed))"
        case let .sizeMismatch(stored, computed):
            return "bad length: trailer says \(stored) bytes, decompressed \(computed)"
        case let .tooLarge(limit): return "decompressed data exceeds the limit of \(limit) bytes"
        }
    }
}

import Foundation

/// The IDX file format of MNIST and Fashion-MNIST: a big-endian header (magic number,
/// then one 32-bit size per dimension) followed by unsigned bytes. Images files have magic
/// 0x00000803 and dimensions (count, rows, columns); labels files 0x00000801 and (count).
/// Files may be raw or gzip-compressed (`.gz`); both are read and written here.
public enum IDX {
    /// The magic number of an images file: unsigned bytes, three dimensions.
    public static let imagesMagic: UInt32 = 0x0000_0803
    /// The magic number of a labels file: unsigned bytes, one dimension.
    public static let labelsMagic: UInt32 = 0x0000_0801

    /// The pixels of an images file: `count` images of `rows`×`columns` bytes, row-major.
    public struct Images: Sendable, Equatable {
        /// Number of images.
        public var count: Int
        /// Image height in pixels.
        public var rows: Int
        /// Image width in pixels.
        public var columns: Int
        /// count·rows·columns bytes, 0 (background) to 255 (ink).
        public var pixels: [UInt8]
    }

    // MARK: Reading

    /// The images in the IDX file at `path` (raw, or gzip when it ends in `.gz` or starts
    /// with the gzip magic bytes).
    public static func readImages(path: String) throws -> Images {
        let bytes = try readFile(path: path)
        let dimensions = try header(bytes, path: path, magic: imagesMagic, dimensions: 3)
        let (count, rows, columns) = (dimensions[0], dimensions[1], dimensions[2])
        guard rows > 0, columns > 0 else {
            throw DataError.badHeader(path: path, reason: "images of \(columns)×\(rows) pixels")
        }
        let payload = try payloadSize(bytes, path: path, headerSize: 16, dimensions: dimensions)
        return Images(count: count, rows: rows, columns: columns, pixels: Array(bytes[16..<(16 + payload)]))
    }

    /// The labels in the IDX file at `path` (raw or gzip).
    public static func readLabels(path: String) throws -> [UInt8] {
        let bytes = try readFile(path: path)
        let dimensions = try header(bytes, path: path, magic: labelsMagic, dimensions: 1)
        let payload = try payloadSize(bytes, path: path, headerSize: 8, dimensions: dimensions)
        return Array(bytes[8..<(8 + payload)])
    }

    /// A dataset from an images file and its labels file; pixels are scaled to [0, 1]
    /// (byte / 255). Every label must be below `classes`.
    public static func loadDataset(imagesPath: String, labelsPath: String, name: String,
                                   classes: Int = 10) throws -> Dataset {
        let images = try readImages(path: imagesPath)
        let labels = try readLabels(path: labelsPath)
        guard images.count == labels.count else {
            throw DataError.countMismatch(imagesPath: imagesPath, images: images.count,
                                          labelsPath: labelsPath, labels: labels.count)
        }
        if let bad = labels.firstIndex(where: { Int($0) >= classes }) {
            throw DataError.badLabel(path: labelsPath, index: bad, value: Int(labels[bad]))
        }
        let scalars = images.pixels.map { Double($0) / 255 }
        return Dataset(name: name, source: imagesPath,
                       images: Tensor(shape: [images.count, images.rows * images.columns], scalars: scalars),
                       labels: labels.map { Int($0) }, classes: classes,
                       width: images.columns, height: images.rows)
    }

    /// The bytes of the file at `path`, decompressed when it is gzip.
    static func readFile(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError.missingFile(path: path)
        }
        guard !isDirectory.boolValue else { throw DataError.unreadableFile(path: path, reason: "it is a directory") }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DataError.unreadableFile(path: path, reason: error.localizedDescription)
        }
        guard path.hasSuffix(".gz") || Gzip.hasGzipMagic(bytes) else { return bytes }
        do {
            return try Gzip.decompress(bytes)
        } catch let error as GzipError {
            throw DataError.corruptGzip(path: path, reason: error.description)
        }
    }

    /// Checks the magic number and returns the header's dimensions.
    private static func header(_ bytes: [UInt8], path: String, magic: UInt32, dimensions: Int) throws -> [Int] {
        let headerSize = 4 + 4 * dimensions
        guard bytes.count >= 4 else { throw DataError.truncatedFile(path: path, expected: headerSize, actual: bytes.count) }
        let found = bigEndian32(bytes, at: 0)
        guard found == magic else { throw DataError.wrongMagic(path: path, found: found, expected: magic) }
        guard bytes.count >= headerSize else {
            throw DataError.truncatedFile(path: path, expected: headerSize, actual: bytes.count)
        }
        return (0..<dimensions).map { Int(bigEndian32(bytes, at: 4 + 4 * $0)) }
    }

    /// The number of data bytes the header promises, checked against the file's length
    /// without trusting the header (the product may not overflow, the bytes must be there).
    private static func payloadSize(_ bytes: [UInt8], path: String, headerSize: Int, dimensions: [Int]) throws -> Int {
        var size = 1
        for extent in dimensions {
            let (product, overflow) = size.multipliedReportingOverflow(by: extent)
            guard !overflow, product <= Int(Int32.max) else {
                throw DataError.badHeader(path: path, reason: "dimensions \(dimensions) describe more than 2³¹ bytes")
            }
            size = product
        }
        let expected = headerSize + size
        guard bytes.count >= expected else {
            throw DataError.truncatedFile(path: path, expected: expected, actual: bytes.count)
        }
        guard bytes.count == expected else {
            throw DataError.badHeader(path: path, reason: "dimensions \(dimensions) need \(expected) bytes, the file has \(bytes.count)")
        }
        return size
    }

    private static func bigEndian32(_ bytes: [UInt8], at i: Int) -> UInt32 {
        UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
    }

    // MARK: Writing

    /// An images file's bytes: header and one byte per pixel (value·255, rounded, clamped).
    public static func encodeImages(_ images: Tensor, rows: Int, columns: Int) -> [UInt8] {
        let count = images.count / max(1, rows * columns)
        var out = [UInt8]()
        out.reserveCapacity(16 + images.count)
        for value in [imagesMagic, UInt32(count), UInt32(rows), UInt32(columns)] { appendBigEndian32(&out, value) }
        for value in images.scalars {
            out.append(UInt8((min(max(value, 0), 1) * 255).rounded()))
        }
        return out
    }

    /// A labels file's bytes: header and one byte per label.
    /// - Precondition: every label is in 0...255.
    public static func encodeLabels(_ labels: [Int]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(8 + labels.count)
        for value in [labelsMagic, UInt32(labels.count)] { appendBigEndian32(&out, value) }
        out.append(contentsOf: labels.map { UInt8($0) })
        return out
    }

    /// Writes `dataset` as an images file and a labels file (gzip-compressed with stored
    /// blocks when `gzip` is true; give the paths a `.gz` suffix then).
    public static func write(_ dataset: Dataset, imagesPath: String, labelsPath: String, gzip: Bool = false) throws {
        var imageBytes = encodeImages(dataset.images, rows: dataset.height, columns: dataset.width)
        var labelBytes = encodeLabels(dataset.labels)
        if gzip {
            imageBytes = Gzip.compress(imageBytes)
            labelBytes = Gzip.compress(labelBytes)
        }
        try Data(imageBytes).write(to: URL(fileURLWithPath: imagesPath))
        try Data(labelBytes).write(to: URL(fileURLWithPath: labelsPath))
    }

    private static func appendBigEndian32(_ out: inout [UInt8], _ value: UInt32) {
        out.append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}

/// Reads one IDX file, raw or gzip, header first: nothing is allocated for the data and
/// nothing past the header is inflated until the header has been checked against the
/// `IDXLimits` and, for a raw file, against the file's real length. A `.gz` file then
/// inflates to exactly the size its header describes, or is refused at the first byte past it.
enum IDXReader {
    /// What kind of IDX file is expected.
    struct Kind {
        /// The magic number the file must start with.
        let magic: UInt32
        /// The number of dimensions its header lists (3 for images, 1 for labels).
        let rank: Int
        /// What one item is called in messages ("images", "labels").
        let noun: String

        /// magic, then one 32-bit size per dimension.
        var headerSize: Int { 4 + 4 * rank }

        static let images = Kind(magic: IDX.imagesMagic, rank: 3, noun: "images")
        static let labels = Kind(magic: IDX.labelsMagic, rank: 1, noun: "labels")
    }

    /// The header's dimensions and the data bytes after the header.
    static func read(path: String, kind: Kind, limits: IDXLimits) throws(DataError) -> (dimensions: [Int], payload: [UInt8]) {
        let file = try RegularFile(path: path)
        let start = try file.read(offset: 0, count: 2)
        if path.hasSuffix(".gz") || Gzip.hasGzipMagic(start) {
            return try readGzip(file, kind: kind, limits: limits)
        }
        let header = try file.read(offset: 0, count: min(kind.headerSize, file.size))
        let dimensions = try check(header: header, path: path, kind: kind, limits: limits)
        let payloadSize = try self.payloadSize(dimensions, path: path)
        let expected = kind.headerSize + payloadSize
        guard file.size >= expected else { throw .truncatedFile(path: path, expected: expected, actual: file.size) }
        guard file.size == expected else {
            throw .badHeader(path: path, reason: "dimensions \(dimensions) need \(expected) bytes, the file has \(file.size)")
        }
        let payload = try file.read(offset: kind.headerSize, count: payloadSize)
        guard payload.count == payloadSize else {  // the file shrank while it was read
            throw .truncatedFile(path: path, expected: expected, actual: kind.headerSize + payload.count)
        }
        return (dimensions, payload)
    }

    /// A gzip file: the header is inflated on its own and checked, then the whole file is
    /// inflated with its header's size as the limit; the header bytes are then dropped in
    /// place, so the payload is never copied.
    private static func readGzip(_ file: RegularFile, kind: Kind, limits: IDXLimits) throws(DataError) -> (dimensions: [Int], payload: [UInt8]) {
        let path = file.path
        let largest = maxCompressedSize(kind: kind, limits: limits)
        guard file.size <= largest else {
            throw .corruptGzip(path: path, reason: "the file has \(file.size) bytes, more than a gzip of the largest IDX file nnbook reads (\(largest) bytes)")
        }
        let compressed = try file.read(offset: 0, count: file.size)
        let header = try gzip(path) { try Gzip.decompressPrefix(compressed, count: kind.headerSize) }
        let dimensions = try check(header: header, path: path, kind: kind, limits: limits)
        let expected = try kind.headerSize + payloadSize(dimensions, path: path)
        var bytes: [UInt8]
        do {
            bytes = try Gzip.decompress(compressed, limit: expected)
        } catch GzipError.tooLarge {
            throw .corruptGzip(path: path, reason: "it decompresses past the \(expected) bytes its header describes")
        } catch {
            throw .corruptGzip(path: path, reason: "\(error)")
        }
        guard bytes.count == expected else { throw .truncatedFile(path: path, expected: expected, actual: bytes.count) }
        bytes.removeFirst(kind.headerSize)
        return (dimensions, bytes)
    }

    /// Runs a gzip step, naming the file in its error.
    private static func gzip<T>(_ path: String, _ body: () throws -> T) throws(DataError) -> T {
        do { return try body() } catch { throw .corruptGzip(path: path, reason: "\(error)") }
    }

    /// The largest gzip file worth reading under `limits`: the largest IDX file allowed,
    /// stored uncompressed (5 bytes per 65,535-byte block), plus 1 MiB for gzip headers
    /// (names, comments, extra fields) and trailing padding.
    static func maxCompressedSize(kind: Kind, limits: IDXLimits) -> Int {
        let perItem = kind.rank == 3 ? limits.largestImage : 1
        let (raw, overflow) = limits.maxCount.multipliedReportingOverflow(by: perItem)
        guard !overflow, raw < Int(Int32.max) else { return Int(Int32.max) }
        return kind.headerSize + raw + (raw / 65_535 + 1) * 5 + (1 << 20)
    }

    /// Checks the magic number and the dimensions against `limits`; returns the dimensions.
    static func check(header: [UInt8], path: String, kind: Kind, limits: IDXLimits) throws(DataError) -> [Int] {
        guard header.count >= 4 else { throw .truncatedFile(path: path, expected: kind.headerSize, actual: header.count) }
        let found = bigEndian32(header, at: 0)
        guard found == kind.magic else { throw .wrongMagic(path: path, found: found, expected: kind.magic) }
        guard header.count >= kind.headerSize else {
            throw .truncatedFile(path: path, expected: kind.headerSize, actual: header.count)
        }
        let dimensions = (0..<kind.rank).map { Int(bigEndian32(header, at: 4 + 4 * $0)) }
        let count = dimensions[0]
        if kind.rank == 3 {
            let (rows, columns) = (dimensions[1], dimensions[2])
            guard rows > 0, columns > 0 else { throw .badHeader(path: path, reason: "images of \(columns)×\(rows) pixels") }
        }
        guard count > 0 else { throw .emptyFile(path: path, noun: kind.noun) }
        guard count <= limits.maxCount else {
            throw .tooManyItems(path: path, count: count, noun: kind.noun, limit: limits.maxCount)
        }
        if kind.rank == 3 {
            let (rows, columns) = (dimensions[1], dimensions[2])
            if let size = limits.imageSize {
                guard columns == size.width, rows == size.height else {
                    throw .wrongImageSize(path: path, width: columns, height: rows,
                                          expectedWidth: size.width, expectedHeight: size.height)
                }
            } else {
                let (pixels, overflow) = rows.multipliedReportingOverflow(by: columns)
                guard !overflow, pixels <= limits.maxImagePixels else {
                    throw .badHeader(path: path, reason: "images of \(columns)×\(rows) pixels; nnbook reads at most \(limits.maxImagePixels) pixels per image")
                }
            }
        }
        return dimensions
    }

    /// The number of data bytes the dimensions describe (the product may not overflow and
    /// stays under 2³¹, whatever limits the caller chose).
    private static func payloadSize(_ dimensions: [Int], path: String) throws(DataError) -> Int {
        var size = 1
        for extent in dimensions {
            let (product, overflow) = size.multipliedReportingOverflow(by: extent)
            guard !overflow, product <= Int(Int32.max) else {
                throw .badHeader(path: path, reason: "dimensions \(dimensions) describe more than 2³¹ bytes")
            }
            size = product
        }
        return size
    }

    private static func bigEndian32(_ bytes: [UInt8], at i: Int) -> UInt32 {
        UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
    }
}

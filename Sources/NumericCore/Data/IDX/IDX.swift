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
    /// with the gzip magic bytes). The header is checked against `limits` (at least one
    /// image, at most `maxCount`, the image size) before the data is read or inflated.
    /// - Throws: `DataError` naming the file and the problem.
    public static func readImages(path: String, limits: IDXLimits = .standard) throws(DataError) -> Images {
        let (dimensions, pixels) = try IDXReader.read(path: path, kind: .images, limits: limits)
        return Images(count: dimensions[0], rows: dimensions[1], columns: dimensions[2], pixels: pixels)
    }

    /// The labels in the IDX file at `path` (raw or gzip): at least one, at most
    /// `limits.maxCount`.
    /// - Throws: `DataError` naming the file and the problem.
    public static func readLabels(path: String, limits: IDXLimits = .standard) throws(DataError) -> [UInt8] {
        try IDXReader.read(path: path, kind: .labels, limits: limits).payload
    }

    /// A dataset from an images file and its labels file; pixels are scaled to [0, 1]
    /// (byte / 255). Every label must be below `classes`; each file must hold at least one
    /// sample and pass `limits`.
    /// - Throws: `DataError` naming the file and the problem.
    public static func loadDataset(imagesPath: String, labelsPath: String, name: String,
                                   classes: Int = 10, limits: IDXLimits = .standard) throws(DataError) -> Dataset {
        let images = try readImages(path: imagesPath, limits: limits)
        let labels = try readLabels(path: labelsPath, limits: limits)
        guard images.count == labels.count else {
            throw .countMismatch(imagesPath: imagesPath, images: images.count,
                                 labelsPath: labelsPath, labels: labels.count)
        }
        if let bad = labels.firstIndex(where: { Int($0) >= classes }) {
            throw .badLabel(path: labelsPath, index: bad, value: Int(labels[bad]))
        }
        let scalars = images.pixels.map { Double($0) / 255 }
        return Dataset(name: name, source: imagesPath,
                       images: Tensor(shape: [images.count, images.rows * images.columns], scalars: scalars),
                       labels: labels.map { Int($0) }, classes: classes,
                       width: images.columns, height: images.rows)
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

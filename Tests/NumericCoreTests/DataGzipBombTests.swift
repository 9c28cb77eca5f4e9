import Foundation
import Testing
@testable import NumericCore

/// The reliability review's gzip bomb (§5.1, case 80): a small .gz whose valid IDX header
/// declares 1,369,000 images of zeros inflated 1.07 GB and cost 9.47 GB of memory. Now the
/// header is inflated on its own and checked first, and a file is inflated only up to the
/// size its header describes.
@Suite("Data: gzip bombs")
struct DataGzipBombTests {
    /// The hand-built stream is valid DEFLATE: our decoder (checked against Python's zlib in
    /// DataInflateTests) reads it back, CRC and length included.
    @Test func theBombBuilderWritesAValidStream() throws {
        let header = idxHeader(0x803, [3, 28, 28])
        let bytes = GzipBomb.make(prefix: header, zeros: 3 * 784, validTrailer: true)
        #expect(try Gzip.decompress(bytes) == header + [UInt8](repeating: 0, count: 3 * 784))
        #expect(bytes.count < 200, "2352 zeros take 9 back-references of 13 bits")
        let directory = try TemporaryDirectory()
        try directory.write("three.gz", bytes)
        #expect(try IDX.readImages(path: directory.file("three.gz"), limits: .mnist).count == 3)
    }

    /// The review's case 80, built for real: 1,369,000 declared images that would inflate to
    /// 1,073,296,016 bytes from a 6.7 MB file. Refused from the first 16 inflated bytes.
    @Test func aHeaderDeclaringTooManyImagesIsRefusedBeforeInflating() throws {
        let count = 1_369_000
        let bomb = GzipBomb.make(prefix: idxHeader(0x803, [UInt32(count), 28, 28]), zeros: count * 784)
        #expect(bomb.count < 7_000_000)
        let directory = try TemporaryDirectory()
        try directory.write("train-images-idx3-ubyte.gz", bomb)
        let start = ContinuousClock.now
        let message = errorMessage { _ = try IDX.readImages(path: directory.file("train-images-idx3-ubyte.gz"), limits: .mnist) }
        let elapsed = ContinuousClock.now - start
        #expect(message == "\(directory.file("train-images-idx3-ubyte.gz")) holds 1369000 images; nnbook reads at most 100000 (MNIST's training set has 60000)")
        // Inflating the gigabyte takes seconds even optimized; reading a header, microseconds.
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }

    /// Proof that only the header is inflated: right after it the stream is invalid, and the
    /// error is still the header's.
    @Test func onlyTheHeaderIsInflatedBeforeItIsChecked() throws {
        let bomb = GzipBomb.make(prefix: idxHeader(0x803, [1_369_000, 28, 28]), zeros: 0, thenInvalidBlock: true)
        let directory = try TemporaryDirectory()
        try directory.write("images.gz", bomb)
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("images.gz")) }
                == "\(directory.file("images.gz")) holds 1369000 images; nnbook reads at most 100000 (MNIST's training set has 60000)")
        #expect(try Gzip.decompressPrefix(bomb, count: 16) == idxHeader(0x803, [1_369_000, 28, 28]))
        // Read as a whole, the stream's damage shows.
        #expect(throws: GzipError.inflate("invalid block type 3")) { try Gzip.decompress(bomb) }
    }

    /// A modest header (one 28×28 image: 800 bytes) over a gigabyte of zeros: inflation stops
    /// at the 801st byte. After 2,000 zeros the stream turns invalid, and that error never
    /// shows because the inflater stopped first.
    @Test func inflationStopsPastTheSizeTheHeaderDescribes() throws {
        let directory = try TemporaryDirectory()
        let header = idxHeader(0x803, [1, 28, 28])
        try directory.write("stops.gz", GzipBomb.make(prefix: header, zeros: 2_000, thenInvalidBlock: true))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("stops.gz"), limits: .mnist) }
                == "corrupt gzip file \(directory.file("stops.gz")): it decompresses past the 800 bytes its header describes")
        try directory.write("gigabyte.gz", GzipBomb.make(prefix: header, zeros: 1 << 30))
        let start = ContinuousClock.now
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("gigabyte.gz"), limits: .mnist) }
                == "corrupt gzip file \(directory.file("gigabyte.gz")): it decompresses past the 800 bytes its header describes")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    /// The inflater's own limit: on `tooLarge` it holds exactly `limit` bytes, never more.
    @Test func theInflaterStopsExactlyAtItsLimit() throws {
        let bytes = GzipBomb.make(prefix: [7, 7, 7], zeros: 10_000, thenInvalidBlock: true)
        #expect(throws: GzipError.tooLarge(limit: 1000)) { try Gzip.decompress(bytes, limit: 1000) }
        #expect(try Gzip.decompressPrefix(bytes, count: 1000) == [7, 7, 7] + [UInt8](repeating: 0, count: 997))
        // A prefix longer than the data is the whole data (here a valid file).
        let small = GzipBomb.make(prefix: [1, 2], zeros: 3, validTrailer: true)
        #expect(try Gzip.decompressPrefix(small, count: 100) == [1, 2, 0, 0, 0])
        // Stopping inside a stored block, inside a back-reference, and on a literal.
        let stored = Gzip.compress(Array(0..<200))
        #expect(try Gzip.decompressPrefix(stored, count: 5) == [0, 1, 2, 3, 4])
        #expect(try Gzip.decompressPrefix(bytes, count: 300) == [7, 7, 7] + [UInt8](repeating: 0, count: 297))
        #expect(try Gzip.decompressPrefix(bytes, count: 4) == [7, 7, 7, 0])
    }

    /// A file shorter than its header says is still "truncated", found after inflating it all.
    @Test func aGzipShorterThanItsHeaderSaysIsTruncated() throws {
        let directory = try TemporaryDirectory()
        try directory.write("short.gz", GzipBomb.make(prefix: idxHeader(0x803, [2, 28, 28]), zeros: 784, validTrailer: true))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("short.gz"), limits: .mnist) }
                == "truncated file \(directory.file("short.gz")): expected 1584 bytes, got 800")
    }

    /// A .gz far larger than any gzip of an allowed IDX file is refused from its size.
    @Test func anOversizedGzipIsRefusedFromItsLength() throws {
        let directory = try TemporaryDirectory()
        let labels = Gzip.compress(IDX.encodeLabels([1, 2, 3]))
        try directory.write("labels.gz", labels + [UInt8](repeating: 0, count: 1_200_000))
        let limit = IDXReader.maxCompressedSize(kind: .labels, limits: .mnist)
        #expect(limit == 8 + 100_000 + 2 * 5 + (1 << 20))
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("labels.gz"), limits: .mnist) }
                == "corrupt gzip file \(directory.file("labels.gz")): the file has \(labels.count + 1_200_000) bytes, more than a gzip of the largest IDX file nnbook reads (\(limit) bytes)")
    }
}

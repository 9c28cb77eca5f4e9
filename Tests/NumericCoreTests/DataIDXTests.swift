import Foundation
import Testing
@testable import NumericCore

/// A fresh temporary directory, removed when the value is dropped.
final class TemporaryDirectory {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
    func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: file(name))) }
}

/// The message of the error `body` throws ("no error" if it returns).
func errorMessage(_ body: () throws -> Void) -> String {
    do { try body(); return "no error" } catch { return "\(error)" }
}

/// A big-endian IDX header.
func idxHeader(_ magic: UInt32, _ dimensions: [UInt32]) -> [UInt8] {
    ([magic] + dimensions).flatMap { [UInt8($0 >> 24), UInt8(($0 >> 16) & 0xFF), UInt8(($0 >> 8) & 0xFF), UInt8($0 & 0xFF)] }
}

@Suite("DataIDX")
struct DataIDXTests {
    @Test func encodingIsTheIDXLayout() {
        let images = Tensor(shape: [2, 3], scalars: [0, 0.2, 1, 1.5, -1, 0.5])
        // magic 0x803, count 2, rows 1, columns 3, then round(v·255) clamped to 0...255.
        #expect(IDX.encodeImages(images, rows: 1, columns: 3)
                == idxHeader(0x803, [2, 1, 3]) + [0, 51, 255, 255, 0, 128])
        #expect(IDX.encodeLabels([7, 0, 9]) == [0, 0, 8, 1, 0, 0, 0, 3, 7, 0, 9])
    }

    @Test(arguments: [false, true])
    func roundTrip(gzip: Bool) throws {
        let directory = try TemporaryDirectory()
        let digits = SyntheticDigits.generate(count: 30, seed: 5)
        let suffix = gzip ? ".gz" : ""
        try IDX.write(digits, imagesPath: directory.file("images" + suffix), labelsPath: directory.file("labels" + suffix), gzip: gzip)
        let loaded = try IDX.loadDataset(imagesPath: directory.file("images" + suffix),
                                         labelsPath: directory.file("labels" + suffix), name: "copy")
        #expect(loaded.labels == digits.labels)
        #expect(loaded.images.shape == [30, 784])
        #expect(loaded.width == 28 && loaded.height == 28 && loaded.classes == 10)
        // Bytes hold 256 levels: every pixel comes back within half a level.
        let worst = zip(loaded.images.scalars, digits.images.scalars).map { abs($0 - $1) }.max() ?? 1
        #expect(worst <= 0.5 / 255 + 1e-12)
        let raw = try Data(contentsOf: URL(fileURLWithPath: directory.file("images" + suffix)))
        #expect(Array(raw.prefix(2)) == (gzip ? [0x1F, 0x8B] : [0, 0]))
    }

    @Test func readsAFileGzippedByPython() throws {
        // GzipFixtures.idxImages: 2 images of 2×3 pixels, made by data_gzip_fixtures.py.
        let directory = try TemporaryDirectory()
        try directory.write("tiny-images-idx3-ubyte.gz", GzipFixtures.idxImages)
        let images = try IDX.readImages(path: directory.file("tiny-images-idx3-ubyte.gz"))
        #expect(images == IDX.Images(count: 2, rows: 2, columns: 3,
                                     pixels: [0, 51, 102, 153, 204, 255, 255, 204, 153, 102, 51, 0]))
    }

    @Test func mnistLoadFindsStandardNames() throws {
        let directory = try TemporaryDirectory()
        let split = SyntheticDigits.make(train: 20, test: 10, seed: 3)
        // Gzip train files, raw test files in the dotted spelling of some mirrors.
        try IDX.write(split.train, imagesPath: directory.file("train-images-idx3-ubyte.gz"),
                      labelsPath: directory.file("train-labels-idx1-ubyte.gz"), gzip: true)
        #expect(!MNIST.isAvailable(directory: directory.path))
        try IDX.write(split.test, imagesPath: directory.file("t10k-images.idx3-ubyte"),
                      labelsPath: directory.file("t10k-labels.idx1-ubyte"))
        #expect(MNIST.isAvailable(directory: directory.path))
        let loaded = try MNIST.load(directory: directory.path, name: "Fashion-MNIST")
        #expect(loaded.train.count == 20 && loaded.test.count == 10)
        #expect(loaded.train.labels == split.train.labels && loaded.test.labels == split.test.labels)
        #expect(loaded.train.name == "Fashion-MNIST train")
        #expect(loaded.test.imagesNCHW.shape == [10, 1, 28, 28])
    }

    @Test func missingFileNamesTheFile() throws {
        let directory = try TemporaryDirectory()
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path) }
                == "missing file: \(directory.path)/train-images-idx3-ubyte[.gz]")
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("nothing")) }
                == "missing file: \(directory.path)/nothing")
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.path) }
                == "cannot read \(directory.path): it is a directory")
    }

    @Test func truncatedFileSaysHowShort() throws {
        let directory = try TemporaryDirectory()
        // 3 images of 2×2 need 16 + 12 bytes; give 10 data bytes.
        try directory.write("short", idxHeader(0x803, [3, 2, 2]) + [UInt8](repeating: 9, count: 10))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("short")) }
                == "truncated file \(directory.file("short")): expected 28 bytes, got 26")
        try directory.write("header", [0, 0, 8, 3, 0, 0])
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("header")) }
                == "truncated file \(directory.file("header")): expected 16 bytes, got 6")
        try directory.write("empty", [])
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("empty")) }
                == "truncated file \(directory.file("empty")): expected 8 bytes, got 0")
    }

    @Test func wrongMagicNamesBothNumbers() throws {
        let directory = try TemporaryDirectory()
        try directory.write("labels", IDX.encodeLabels([1, 2]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("labels")) }
                == "wrong magic number in \(directory.file("labels")): got 0x00000801, expected 0x00000803")
    }

    @Test func mismatchedCountsNameBothFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("images", idxHeader(0x803, [3, 1, 1]) + [1, 2, 3])
        try directory.write("labels", IDX.encodeLabels([1, 2]))
        #expect(errorMessage {
            _ = try IDX.loadDataset(imagesPath: directory.file("images"), labelsPath: directory.file("labels"), name: "x")
        } == "mismatched counts: \(directory.file("images")) holds 3 images but \(directory.file("labels")) holds 2 labels")
    }

    @Test func wrongImageSizeAndBadLabel() throws {
        let directory = try TemporaryDirectory()
        let tiny = idxHeader(0x803, [2, 2, 3]) + [UInt8](repeating: 0, count: 12)
        try directory.write("train-images-idx3-ubyte", tiny)
        try directory.write("t10k-images-idx3-ubyte", tiny)
        try directory.write("train-labels-idx1-ubyte", IDX.encodeLabels([1, 2]))
        try directory.write("t10k-labels-idx1-ubyte", IDX.encodeLabels([3, 4]))
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path) }
                == "wrong image size in \(directory.file("train-images-idx3-ubyte")): 3×2, expected 28×28")
        #expect(try MNIST.load(directory: directory.path, expectedSize: nil).train.width == 3)
        try directory.write("t10k-labels-idx1-ubyte", IDX.encodeLabels([3, 12]))
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path, expectedSize: nil) }
                == "bad label in \(directory.file("t10k-labels-idx1-ubyte")): label 1 is 12")
    }

    @Test func corruptGzipNamesTheFile() throws {
        let directory = try TemporaryDirectory()
        var bytes = Gzip.compress(IDX.encodeLabels([1, 2, 3]))
        bytes[bytes.count - 6] ^= 0x40  // a byte of the stored CRC-32
        try directory.write("labels.gz", bytes)
        let message = errorMessage { _ = try IDX.readLabels(path: directory.file("labels.gz")) }
        #expect(message.hasPrefix("corrupt gzip file \(directory.file("labels.gz")): bad CRC-32: stored 0x"))
        // A .gz name on a raw file.
        try directory.write("raw.gz", IDX.encodeLabels([1]))
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("raw.gz")) }
                == "corrupt gzip file \(directory.file("raw.gz")): bad header: not gzip data (magic bytes 00 00, expected 1F 8B)")
    }

    @Test func hugeHeaderCountsDoNotAllocate() throws {
        let directory = try TemporaryDirectory()
        // 2³² − 1 images of (2³² − 1)² pixels: refused by the count, before any product.
        try directory.write("overflow", idxHeader(0x803, [.max, .max, .max]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("overflow")) }
                == "\(directory.file("overflow")) holds 4294967295 images; nnbook reads at most 100000 (MNIST's training set has 60000)")
        // A billion 28×28 images promised by a 20-byte file.
        try directory.write("billion", idxHeader(0x803, [1_000_000_000, 28, 28]) + [1, 2, 3, 4])
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("billion")) }
                == "\(directory.file("billion")) holds 1000000000 images; nnbook reads at most 100000 (MNIST's training set has 60000)")
        try directory.write("million", idxHeader(0x801, [1_000_000]) + [1, 2])
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("million")) }
                == "\(directory.file("million")) holds 1000000 labels; nnbook reads at most 100000 (MNIST's training set has 60000)")
        // With no count limit the size is still checked against 2³¹ before anything is read.
        let unlimited = IDXLimits(maxCount: .max)
        try directory.write("2pow31", idxHeader(0x803, [0x8000_0000, 1, 1]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("2pow31"), limits: unlimited) }
                == "bad IDX header in \(directory.file("2pow31")): dimensions [2147483648, 1, 1] describe more than 2³¹ bytes")
        try directory.write("zero", idxHeader(0x803, [5, 0, 28]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("zero")) }
                == "bad IDX header in \(directory.file("zero")): images of 28×0 pixels")
    }

    @Test func randomBytesNeverCrash() throws {
        let directory = try TemporaryDirectory()
        var rng = Xoshiro256StarStar(seed: 11)
        var failures = 0
        for trial in 0..<60 {
            // Valid headers with random sizes, random lengths, sometimes gzip-wrapped.
            var bytes = idxHeader(trial % 2 == 0 ? 0x803 : 0x801,
                                  (0..<(trial % 2 == 0 ? 3 : 1)).map { _ in UInt32(rng.nextInt(below: 6)) })
            bytes += (0..<rng.nextInt(below: 40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            if trial % 3 == 0 { bytes = Array(Gzip.compress(bytes).prefix(rng.nextInt(below: 80))) }
            try directory.write("fuzz", bytes)
            if trial % 2 == 0 {
                if (try? IDX.readImages(path: directory.file("fuzz"))) == nil { failures += 1 }
            } else {
                if (try? IDX.readLabels(path: directory.file("fuzz"))) == nil { failures += 1 }
            }
        }
        // Most random files are rejected; the point is that none of them traps.
        #expect(failures > 30)
    }
}

import Dispatch
import Foundation
import Synchronization
import Testing
@testable import NumericCore

/// mlp, cnn and the optimizers' digit race each loaded the same MNIST files again (review
/// §0, finding 2). `MNIST.load` now reads a directory once per process and hands out the
/// same split while the files are unchanged. Each test uses its own `SplitCache` to count
/// disk reads.
@Suite("Data: split cache")
struct DataSplitCacheTests {
    private func load(_ directory: TemporaryDirectory, _ cache: SplitCache,
                      size: (width: Int, height: Int)? = (28, 28)) throws -> DataSplit {
        try MNIST.load(directory: directory.path, name: "MNIST", expectedSize: size, cache: cache)
    }

    @Test func aDirectoryIsReadOnce() throws {
        let directory = try TemporaryDirectory()
        let data = SyntheticDigits.make(train: 6, test: 4, seed: 3)
        try writeMNIST(data, to: directory, gzip: true)
        let cache = SplitCache()
        let first = try load(directory, cache)
        let again = try load(directory, cache)
        // The same directory spelled differently is the same entry.
        let spelled = try MNIST.load(directory: directory.path + "/./", name: "MNIST", expectedSize: (28, 28), cache: cache)
        #expect(cache.diskLoads == 1)
        #expect(first == again && again == spelled)
        #expect(first.train.labels == data.train.labels)
        // Other options are another entry.
        _ = try load(directory, cache, size: nil)
        #expect(cache.diskLoads == 2)
    }

    @Test func aChangedFileIsReadAgain() throws {
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 6, test: 4, seed: 3), to: directory)
        let cache = SplitCache()
        _ = try load(directory, cache)
        try directory.write("train-labels-idx1-ubyte", IDX.encodeLabels([9, 9, 9, 9, 9, 9]))
        #expect(try load(directory, cache).train.labels == [9, 9, 9, 9, 9, 9])
        #expect(cache.diskLoads == 2)
    }

    @Test func anErrorIsRememberedToo() throws {
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 2, test: 2, seed: 3), to: directory)
        try directory.write("t10k-labels-idx1-ubyte", idxHeader(0x801, [0]))
        let cache = SplitCache()
        let expected = "\(directory.file("t10k-labels-idx1-ubyte")) holds 0 labels; expected at least 1"
        #expect(errorMessage { _ = try load(directory, cache) } == expected)
        #expect(errorMessage { _ = try load(directory, cache) } == expected)
        #expect(cache.diskLoads == 1)
        // A missing file is not remembered: it is found as soon as it appears.
        let empty = try TemporaryDirectory()
        #expect(errorMessage { _ = try load(empty, cache) } == "missing file: \(empty.path)/train-images-idx3-ubyte[.gz]")
        try writeMNIST(SyntheticDigits.make(train: 2, test: 2, seed: 4), to: empty)
        #expect(try load(empty, cache).train.count == 2)
    }

    @Test func concurrentLoadsReadTheFilesOnce() throws {
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 50, test: 20, seed: 5), to: directory, gzip: true)
        let cache = SplitCache()
        let results = Mutex<[DataSplit]>([])
        let path = directory.path
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if let split = try? MNIST.load(directory: path, name: "MNIST", expectedSize: (28, 28), cache: cache) {
                results.withLock { $0.append(split) }
            }
        }
        let splits = results.withLock { $0 }
        #expect(splits.count == 8)
        #expect(splits.allSatisfy { $0 == splits[0] })
        #expect(cache.diskLoads == 1)
    }
}

import Foundation
import Testing
@testable import NumericCore

@Suite("Digits source")
struct DataDigitsSourceTests {
    @Test func syntheticWhenNoDirectoryIsGiven() {
        let source = DigitsSource.load(mnistDirectory: nil, synthetic: (30, 20), seed: 4)
        #expect(source.sourceName == "synthetic digits")
        #expect(source.warning == nil)
        #expect(source.split.train.count == 30 && source.split.test.count == 20)
        #expect(source.split.train.images == SyntheticDigits.make(train: 30, test: 20, seed: 4).train.images)
    }

    @Test func aMissingDirectoryFallsBackWithAWarningNamingTheFile() {
        let source = DigitsSource.load(mnistDirectory: "/nonexistent/mnist", synthetic: (10, 10), seed: 1)
        #expect(source.sourceName == "synthetic digits")
        let warning = source.warning ?? ""
        #expect(warning.hasPrefix("MNIST not loaded ("))
        #expect(warning.contains("/nonexistent/mnist"))
        #expect(warning.hasSuffix("): using synthetic digits"))
    }

    @Test func realFilesAreLoadedAndCutToTheLimit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = SyntheticDigits.make(train: 12, test: 8, seed: 2)
        try IDX.write(data.train, imagesPath: directory.appendingPathComponent("train-images-idx3-ubyte").path,
                      labelsPath: directory.appendingPathComponent("train-labels-idx1-ubyte").path, gzip: false)
        try IDX.write(data.test, imagesPath: directory.appendingPathComponent("t10k-images-idx3-ubyte").path,
                      labelsPath: directory.appendingPathComponent("t10k-labels-idx1-ubyte").path, gzip: false)
        let source = DigitsSource.load(mnistDirectory: directory.path, synthetic: (1, 1), seed: 1, mnistLimit: (5, 3))
        #expect(source.sourceName == "MNIST")
        #expect(source.warning == nil)
        #expect(source.split.train.labels == Array(data.train.labels.prefix(5)))
        #expect(source.split.test.count == 3)
    }
}

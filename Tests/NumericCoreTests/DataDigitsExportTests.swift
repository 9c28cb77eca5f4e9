import Foundation
import Testing
@testable import NumericCore

/// Not a check but a tool: with `NNBOOK_DIGITS_EXPORT=DIR` set, writes a synthetic-digits
/// split as MNIST-style IDX files into DIR for `Scripts/reference/data_digits_check.py`,
/// which trains the book's TwoLayerNet on them in numpy. Sizes come from
/// `NNBOOK_DIGITS_TRAIN` / `NNBOOK_DIGITS_TEST` (default 6000 / 1000), the seed from
/// `NNBOOK_DIGITS_SEED` (default 1). Skipped when the variable is absent.
@Suite("DataDigitsExport")
struct DataDigitsExportTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["NNBOOK_DIGITS_EXPORT"] != nil))
    func exportDigits() throws {
        let env = Self.environment
        let directory = try #require(env["NNBOOK_DIGITS_EXPORT"])
        let train = Int(env["NNBOOK_DIGITS_TRAIN"] ?? "") ?? 6000
        let test = Int(env["NNBOOK_DIGITS_TEST"] ?? "") ?? 1000
        let seed = UInt64(env["NNBOOK_DIGITS_SEED"] ?? "") ?? 1
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let start = Date()
        let split = SyntheticDigits.make(train: train, test: test, seed: seed)
        print("generated \(train) + \(test) digits in \(Date().timeIntervalSince(start)) s")
        try IDX.write(split.train, imagesPath: directory + "/train-images-idx3-ubyte",
                      labelsPath: directory + "/train-labels-idx1-ubyte")
        try IDX.write(split.test, imagesPath: directory + "/t10k-images-idx3-ubyte",
                      labelsPath: directory + "/t10k-labels-idx1-ubyte")
    }
}

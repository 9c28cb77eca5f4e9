import Foundation
import Testing
@testable import NumericCore

/// Not a check but a tool: with `NNBOOK_DIGITS_EXPORT=DIR` set, writes a synthetic-digits
/// split as MNIST-style IDX files into DIR for `Scripts/reference/data_digits_check.py`,
/// which trains the book's TwoLayerNet on them in numpy. Sizes come from
/// `NNBOOK_DIGITS_TRAIN` / `NNBOOK_DIGITS_TEST` (default 6000 / 1000), the seed from
/// `NNBOOK_DIGITS_SEED` (default 1); `NNBOOK_DIGITS_STYLE="wobble=0.1,maxShift=1"` overrides
/// knobs of `DigitStyle.standard` (for tuning). Skipped when the variable is absent.
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
        var style = DigitStyle.standard
        for setting in (env["NNBOOK_DIGITS_STYLE"] ?? "").split(separator: ",") {
            let parts = setting.split(separator: "=").map(String.init)
            let value = try #require(parts.count == 2 ? Double(parts[1]) : nil, "bad setting \(setting)")
            switch parts[0] {
            case "rotation": style.maxRotationDegrees = value
            case "slant": style.slant = value
            case "slantSpread": style.slantSpread = value
            case "aspect": style.aspectSpread = value
            case "sizeMin": style.sizeRange = value...style.sizeRange.upperBound
            case "maxShift": style.maxShift = value
            case "penMin": style.penRadius = value...style.penRadius.upperBound
            case "penMax": style.penRadius = style.penRadius.lowerBound...value
            case "softness": style.edgeSoftness = value
            case "wobble": style.wobble = value
            case "arcJitter": style.arcJitter = value
            case "noise": style.pixelNoise = value
            default: Issue.record("unknown style knob \(parts[0])")
            }
        }
        let split = SyntheticDigits.make(train: train, test: test, seed: seed, style: style)
        print("generated \(train) + \(test) digits in \(Date().timeIntervalSince(start)) s")
        try IDX.write(split.train, imagesPath: directory + "/train-images-idx3-ubyte",
                      labelsPath: directory + "/train-labels-idx1-ubyte")
        try IDX.write(split.test, imagesPath: directory + "/t10k-images-idx3-ubyte",
                      labelsPath: directory + "/t10k-labels-idx1-ubyte")
    }
}

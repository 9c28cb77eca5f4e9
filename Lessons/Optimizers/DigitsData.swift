import LessonKit
import NumericCore

/// The digits the race trains on: real MNIST when the learner gave `--data DIR` and it
/// loads, otherwise nnbook's synthetic digits, with a one-line note when MNIST failed.
struct DigitsData {
    let split: DataSplit
    /// "MNIST" or "synthetic digits".
    let sourceName: String
    /// Why MNIST is not used although a directory was given; nil when all went as asked.
    let warning: String?

    static func load(context: LessonContext, config: DigitsRaceConfig) -> DigitsData {
        var warning: String?
        if let directory = context.dataDirectory {
            do {
                return DigitsData(split: try MNIST.load(directory: directory), sourceName: "MNIST", warning: nil)
            } catch {
                warning = "MNIST not loaded (\(error)): using synthetic digits"
            }
        }
        let split = SyntheticDigits.make(train: config.trainCount, test: config.testCount, seed: context.seed)
        return DigitsData(split: split, sourceName: "synthetic digits", warning: warning)
    }
}

import LessonKit
import NumericCore

/// The digits the lesson trains on: real MNIST when the learner gave `--data DIR` and it
/// loads, otherwise nnbook's synthetic digits; with a one-line note when MNIST failed.
struct DigitData {
    /// The training and test sets.
    let split: DataSplit
    /// A short name for titles and readouts ("synthetic digits", "MNIST").
    let sourceName: String
    /// Why MNIST is not used although a directory was given ("MNIST not loaded (missing
    /// file: …): using synthetic digits"), nil when all went as asked.
    let warning: String?

    /// The synthetic set sizes used when no MNIST is given: 5000 training, 1000 test images.
    static let defaultSizes = (train: 5000, test: 1000)

    /// Loads MNIST from `context.dataDirectory` if given, falling back to synthetic digits
    /// (`sizes`, seeded by `context.seed`) with a warning when loading throws.
    static func load(context: LessonContext, sizes: (train: Int, test: Int) = defaultSizes) -> DigitData {
        var warning: String?
        if let directory = context.dataDirectory {
            do {
                return DigitData(split: try MNIST.load(directory: directory), sourceName: "MNIST", warning: nil)
            } catch {
                warning = "MNIST not loaded (\(error)): using synthetic digits"
            }
        }
        let split = SyntheticDigits.make(train: sizes.train, test: sizes.test, seed: context.seed)
        return DigitData(split: split, sourceName: "synthetic digits", warning: warning)
    }
}

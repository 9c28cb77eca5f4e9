/// The digits a lesson trains on: the real MNIST files when the learner gave a directory
/// (`--data DIR`) and they load, otherwise nnbook's synthetic digits — with a one-line
/// warning when a directory was given but could not be used, so a lesson can say why.
///
/// Its training and test sets each hold at least one image: the MNIST loader refuses empty
/// files, and sizes and limits below 1 count as 1.
public struct DigitsSource: Sendable {
    public let split: DataSplit
    /// "MNIST" or "synthetic digits".
    public let sourceName: String
    /// Why MNIST is not used although a directory was given ("MNIST not loaded (missing
    /// file: …): using synthetic digits"); nil when all went as asked.
    public let warning: String?
    /// The loader's reason alone when MNIST is not used although a directory was given
    /// ("missing file: …"), for a lesson to word the warning in the learner's language
    /// (`DataNotice.mnistNotLoaded(reason:)` in LessonKit); nil when all went as asked.
    public let problem: String?

    /// MNIST from `mnistDirectory` (cut to `mnistLimit` samples if given), or `synthetic`
    /// sizes of synthetic digits seeded by `seed` when there is no directory or it fails.
    /// The directory's files are read once per process (`MNIST.load` caches them).
    public static func load(mnistDirectory: String?, synthetic: (train: Int, test: Int), seed: UInt64,
                            mnistLimit: (train: Int, test: Int)? = nil) -> DigitsSource {
        var problem: String?
        if let directory = mnistDirectory {
            do {
                var split = try MNIST.load(directory: directory)
                if let limit = mnistLimit {
                    split = DataSplit(train: split.train.prefix(max(1, limit.train)),
                                      test: split.test.prefix(max(1, limit.test)))
                }
                return DigitsSource(split: split, sourceName: "MNIST", warning: nil, problem: nil)
            } catch {
                problem = "\(error)"
            }
        }
        let split = SyntheticDigits.make(train: max(1, synthetic.train), test: max(1, synthetic.test), seed: seed)
        return DigitsSource(split: split, sourceName: "synthetic digits",
                            warning: problem.map { "MNIST not loaded (\($0)): using synthetic digits" }, problem: problem)
    }
}

/// Why a `Trainer` cannot be made, or a setting cannot be applied to it: the data or the
/// settings it was given cannot train anything. Each description is one line.
public enum TrainerError: Error, Equatable, CustomStringConvertible {
    /// The training set holds no samples.
    case emptyTrainingSet
    /// A set's images and labels differ in count (`set`: "training" or "test").
    case countMismatch(set: String, images: Int, labels: Int)
    /// A mini-batch size below 1.
    case badBatchSize(Int)

    /// A one-line message saying what is wrong.
    public var description: String {
        switch self {
        case .emptyTrainingSet:
            return "the training set is empty: a trainer needs at least one sample"
        case let .countMismatch(set, images, labels):
            return "the \(set) set has \(images) images but \(labels) labels"
        case let .badBatchSize(size):
            return "batch size \(size) is too small: a mini-batch needs at least 1 sample"
        }
    }
}

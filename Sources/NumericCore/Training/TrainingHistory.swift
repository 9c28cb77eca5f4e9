/// What a training run has recorded so far: the loss of every iteration, train/test accuracy
/// at the end of every epoch, and events such as "lr=0.5" at the iteration they happened
/// (the charts mark them on the loss curve).
public struct TrainingHistory: Sendable, Equatable {
    /// Accuracy measured after an epoch.
    public struct EpochRecord: Sendable, Equatable {
        public var epoch: Int
        public var iteration: Int
        public var trainAccuracy: Double
        public var testAccuracy: Double
    }

    /// Something the learner changed mid-run.
    public struct Event: Sendable, Equatable {
        public var iteration: Int
        public var label: String
    }

    /// Loss of each iteration, in order (index = iteration − 1).
    public var losses: [Double] = []
    public var epochs: [EpochRecord] = []
    public var events: [Event] = []

    public init() {}
}

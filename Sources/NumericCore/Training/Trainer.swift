import Dispatch

/// Trains a `Classifier` with an `Optimizer` on labelled data, a few iterations at a time,
/// so a live cell can step it between frames without ever blocking a key.
///
/// One iteration: draw a mini-batch, forward + backward, one optimizer update, record the
/// loss. After every `iterationsPerEpoch` iterations, train and test accuracy are measured
/// (on at most `evaluationLimit` samples of each, so epochs stay cheap live) and recorded.
///
/// Mini-batches are drawn as `sampling` says: `.withReplacement` is the book's
/// `np.random.choice(train_size, batch_size)`; `.shuffledEpochs` visits every sample once
/// per epoch in a fresh random order.
///
/// Nothing a learner can set makes it trap: an empty training set, images and labels that
/// differ in count, or a batch size below 1 are `TrainerError`s from `init` and
/// `setBatchSize`, and an empty batch given to `step(x:labels:)` trains nothing.
public final class Trainer {
    /// How mini-batches are drawn.
    public enum Sampling: Sendable { case withReplacement, shuffledEpochs }

    public let model: Classifier
    public var optimizer: Optimizer
    public let trainImages: Tensor
    public let trainLabels: [Int]
    public let testImages: Tensor
    public let testLabels: [Int]
    /// Samples per mini-batch (at least 1; change it with `setBatchSize`).
    public private(set) var batchSize: Int
    public let sampling: Sampling
    /// At most this many samples are used to measure each accuracy after an epoch (values
    /// below 1 count as 1).
    public var evaluationLimit: Int
    /// Iterations per epoch: the training-set size over the batch size (at least 1).
    public var iterationsPerEpoch: Int { Swift.max(1, trainLabels.count / Swift.max(1, batchSize)) }

    public private(set) var history = TrainingHistory()
    /// Iterations done so far.
    public var iteration: Int { history.losses.count }
    /// True once a loss came out NaN or infinite: training should stop (the learning rate is
    /// usually too high).
    public private(set) var diverged = false

    private var rng: Xoshiro256StarStar
    private var order: [Int] = []
    private var orderPosition = 0

    /// A trainer of `model` on the training set, measuring accuracy on both sets. The test
    /// set may be empty (its accuracy is then NaN); the training set may not.
    /// - Throws: `TrainerError` when a set's images and labels differ in count, the
    ///   training set is empty, or `batchSize` is below 1.
    public init(model: Classifier, optimizer: Optimizer,
                trainImages: Tensor, trainLabels: [Int], testImages: Tensor, testLabels: [Int],
                batchSize: Int = 100, sampling: Sampling = .withReplacement,
                evaluationLimit: Int = 1000, seed: UInt64 = 1) throws(TrainerError) {
        for (set, images, labels) in [("training", trainImages, trainLabels), ("test", testImages, testLabels)] {
            let rows = images.shape.first ?? 0
            guard rows == labels.count else { throw .countMismatch(set: set, images: rows, labels: labels.count) }
        }
        guard !trainLabels.isEmpty else { throw .emptyTrainingSet }
        guard batchSize >= 1 else { throw .badBatchSize(batchSize) }
        self.model = model
        self.optimizer = optimizer
        self.trainImages = trainImages
        self.trainLabels = trainLabels
        self.testImages = testImages
        self.testLabels = testLabels
        self.batchSize = batchSize
        self.sampling = sampling
        self.evaluationLimit = evaluationLimit
        self.rng = Xoshiro256StarStar(seed: seed)
    }

    /// A new mini-batch size from the next batch on.
    /// - Throws: `TrainerError.badBatchSize` when `size` is below 1 (the size is then unchanged).
    public func setBatchSize(_ size: Int) throws(TrainerError) {
        guard size >= 1 else { throw .badBatchSize(size) }
        batchSize = size
    }

    /// The indices of the next mini-batch (`batchSize` of them, or every sample when the
    /// training set is smaller).
    public func nextBatchIndices() -> [Int] {
        let n = trainLabels.count, b = Swift.min(batchSize, n)
        switch sampling {
        case .withReplacement:
            return rng.sampleWithReplacement(n, b)
        case .shuffledEpochs:
            var batch: [Int] = []
            batch.reserveCapacity(b)
            while batch.count < b {
                if orderPosition >= order.count {
                    order = rng.permutation(n)
                    orderPosition = 0
                }
                let take = Swift.min(b - batch.count, order.count - orderPosition)
                batch += order[orderPosition..<(orderPosition + take)]
                orderPosition += take
            }
            return batch
        }
    }

    /// One training iteration on the next mini-batch; returns its loss. Does nothing once
    /// the run has diverged (returns NaN).
    @discardableResult
    public func step() -> Double {
        guard !diverged else { return .nan }
        let batch = nextBatchIndices()
        return step(x: trainImages.gatherRows(batch), labels: batch.map { trainLabels[$0] })
    }

    /// One training iteration on a given batch (the optimizer race feeds every racer the
    /// same batches); returns its loss. An empty batch trains nothing: the model, the
    /// optimizer and the history are left as they were, and the result is NaN (the mean loss
    /// of no samples) without counting as divergence.
    @discardableResult
    public func step(x: Tensor, labels: [Int]) -> Double {
        guard !diverged, !labels.isEmpty else { return .nan }
        let loss = model.trainingStep(x, labels: labels)
        if !loss.isFinite {
            diverged = true
            history.losses.append(loss)
            return loss
        }
        optimizer.update(model.parameters)
        history.losses.append(loss)
        if iteration % iterationsPerEpoch == 0 { recordEpoch() }
        return loss
    }

    /// Runs `count` iterations (stops early if the run diverges; none when `count` < 1).
    public func step(iterations count: Int) {
        for _ in 0..<Swift.max(0, count) where !diverged { step() }
    }

    /// Runs iterations until `budget` seconds have passed (at least one); returns how many ran.
    @discardableResult
    public func advance(budget: Double) -> Int {
        let start = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(Swift.max(0, budget) * 1e9)
        var done = 0
        repeat {
            if diverged { break }
            step()
            done += 1
        } while DispatchTime.now().uptimeNanoseconds - start < limit
        return done
    }

    /// Marks an event (e.g. "lr=0.5") at the current iteration.
    public func mark(_ label: String) {
        history.events.append(.init(iteration: iteration, label: label))
    }

    /// Accuracy on at most `evaluationLimit` samples of the training and test sets (the
    /// first ones, so the numbers are comparable from epoch to epoch).
    public func evaluate() -> (train: Double, test: Double) {
        func acc(_ x: Tensor, _ y: [Int]) -> Double {
            guard !y.isEmpty else { return .nan }
            let n = Swift.min(Swift.max(1, evaluationLimit), y.count)
            return model.accuracy(n == y.count ? x : x.rows(0..<n), labels: Array(y.prefix(n)), batchSize: 100)
        }
        return (acc(trainImages, trainLabels), acc(testImages, testLabels))
    }

    private func recordEpoch() {
        let (train, test) = evaluate()
        history.epochs.append(.init(epoch: history.epochs.count + 1, iteration: iteration,
                                    trainAccuracy: train, testAccuracy: test))
    }
}

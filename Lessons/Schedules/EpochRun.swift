import Dispatch
import NumericCore

/// One training run of the mini-batch and decay races: its own copy of the digits net (all
/// runs of a race start from the same weights), plain SGD, mini-batches that visit every
/// training image once per epoch, the loss of every iteration, the loss on the whole
/// training set before training and after every epoch, and the compute time spent.
///
/// With a `schedule`, the learning rate of each epoch is set from it when the epoch starts.
final class EpochRun {
    /// A loss above this (see `step`) or a non-finite one stops the run: far above
    /// ln 10 ≈ 2.3 of an untrained net.
    static let explosionThreshold = 10.0
    static let explosionWindow = 20

    let net: Sequential
    let trainer: Trainer
    private(set) var schedule: LearningRateSchedule
    /// α0: the learning rate the schedule starts from.
    private(set) var initialRate: Double
    /// The loss on the whole training set: [before training, after epoch 1, 2, …].
    private(set) var epochLosses: [Double]
    /// Seconds spent in training steps (not in measuring the loss).
    private(set) var seconds = 0.0
    /// The iteration at which the run blew up, nil while it trains.
    private(set) var divergedAt: Int?

    init(template: Sequential, sizes: [Int], train: Dataset, batchSize: Int, schedule: LearningRateSchedule,
         initialRate: Double, seed: UInt64) {
        net = Sequential.mlp(sizes: sizes, activation: .relu, init: .he, seed: seed)
        net.copyParameters(from: template)
        self.schedule = schedule
        self.initialRate = initialRate
        // Cannot throw: the training set is never empty and the batch size is at least 1.
        trainer = try! Trainer(model: net, optimizer: SGD(learningRate: schedule.rate(initial: initialRate, epoch: 0)),
                               trainImages: train.images, trainLabels: train.labels,
                               testImages: train.images.rows(0..<0), testLabels: [],
                               batchSize: max(1, min(batchSize, train.labels.count)), sampling: .shuffledEpochs,
                               evaluationLimit: 1, seed: seed &+ 1)
        epochLosses = [net.loss(train.images, labels: train.labels)]
    }

    var iteration: Int { trainer.iteration }
    var iterationsPerEpoch: Int { trainer.iterationsPerEpoch }
    /// Epochs done (whole).
    var epoch: Int { iteration / iterationsPerEpoch }
    /// Epochs done, with the fraction of the current one.
    var progress: Double { Double(iteration) / Double(iterationsPerEpoch) }
    var hasDiverged: Bool { divergedAt != nil }
    /// The learning rate in use now.
    var learningRate: Double { trainer.optimizer.learningRate }
    /// Iterations per second of compute so far (nil before any).
    var iterationsPerSecond: Double? { seconds > 0 && iteration > 0 ? Double(iteration) / seconds : nil }

    /// A new α0 from the next epoch on (the current epoch's rate changes at once), marked.
    func setInitialRate(_ rate: Double, mark label: String?) {
        initialRate = rate
        schedule.apply(to: trainer.optimizer, initial: rate, epoch: epoch)
        if let label, iteration > 0 { trainer.mark(label) }
    }

    /// A new schedule from now on (the current epoch's rate changes at once), marked.
    func setSchedule(_ new: LearningRateSchedule, mark label: String?) {
        schedule = new
        new.apply(to: trainer.optimizer, initial: initialRate, epoch: epoch)
        if let label, iteration > 0 { trainer.mark(label) }
    }

    /// One iteration (nothing once diverged); at the end of an epoch, the loss on the whole
    /// training set is measured and the next epoch's rate set.
    func step() {
        guard divergedAt == nil else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        trainer.step()
        seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let losses = trainer.history.losses
        // A batch of 8 or more images averaging above the threshold means most of them are
        // confidently wrong: the weights blew up (the ReLUs may die next, leaving ln 10).
        // One image can be that wrong in a healthy run, so batch 1 needs a run of them.
        let spike = trainer.batchSize >= 8 && !(losses[losses.count - 1] <= Self.explosionThreshold)
        if trainer.diverged || spike || (losses.count >= Self.explosionWindow
                                         && losses.suffix(Self.explosionWindow).allSatisfy { !($0 <= Self.explosionThreshold) }) {
            divergedAt = losses.count
            return
        }
        if iteration % iterationsPerEpoch == 0 {
            let loss = net.loss(trainer.trainImages, labels: trainer.trainLabels)
            epochLosses.append(loss)
            if !(loss <= Self.explosionThreshold) { divergedAt = losses.count; return }
            schedule.apply(to: trainer.optimizer, initial: initialRate, epoch: epoch)
        }
    }

    /// The loss on the whole training set after the last whole epoch.
    var lastLoss: Double { epochLosses[epochLosses.count - 1] }
    /// Knob changes with their position in epochs.
    var events: [(epoch: Double, label: String)] {
        let per = Double(iterationsPerEpoch)
        return trainer.history.events.map { (Double($0.iteration) / per, $0.label) }
    }
}

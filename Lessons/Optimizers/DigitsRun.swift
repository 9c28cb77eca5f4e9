import LessonKit
import NumericCore

/// One racer of the digits race: its own copy of the net (starting from the shared initial
/// weights), its optimizer, and a `Trainer` that records the loss of every iteration, the
/// train and test accuracy after every epoch (on at most `evaluationLimit` images of each)
/// and the hyperparameter changes (as events).
final class DigitsRun {
    private(set) var settings: RacerSettings
    let net: Sequential
    let trainer: Trainer
    private let config: DigitsRaceConfig
    /// The trailing mean of the last `smoothingWindow` losses, one per iteration.
    private(set) var smoothedLosses: [Double] = []
    /// The iteration at which the loss went non-finite or stayed above `explosionThreshold`
    /// for `explosionWindow` iterations; nil while racing.
    private(set) var divergedAt: Int?

    /// Far above the ≈ 2.3 (= ln 10) of an untrained net and below the 16.1 (= −ln 1e-7)
    /// cross-entropy cap: a loss that stays above it has blown up.
    static let explosionThreshold = 10.0
    static let explosionWindow = 20

    init(settings: RacerSettings, template: Sequential, data: DigitsSource, config: DigitsRaceConfig, seed: UInt64) {
        self.settings = settings
        self.config = config
        net = config.makeNet(seed: seed)
        net.copyParameters(from: template)
        let train = data.split.train, test = data.split.test
        // Cannot throw: a DigitsSource's sets are never empty and the race's batch size is fixed at 128.
        trainer = try! Trainer(model: net, optimizer: settings.makeOptimizer(),
                          trainImages: train.images, trainLabels: train.labels,
                          testImages: test.images, testLabels: test.labels,
                          batchSize: config.batchSize, evaluationLimit: config.evaluationLimit, seed: seed)
    }

    var iteration: Int { trainer.iteration }
    var hasDiverged: Bool { divergedAt != nil }
    var losses: [Double] { trainer.history.losses }
    var events: [TrainingHistory.Event] { trainer.history.events }

    /// New hyperparameters from the next iteration on, marked on the curve ("lr=0.01") once
    /// training has begun; the optimizer keeps its state.
    func update(_ new: RacerSettings) {
        let old = settings
        settings = new
        new.apply(to: trainer.optimizer)
        guard trainer.iteration > 0 else { return }
        let changed = zip(new.hyperparameters, old.hyperparameters).filter { $0.0.1 != $0.1.1 }
        for (hyper, _) in changed {
            trainer.mark("\(RacerSettings.symbol(hyper.0))=\(NumberText.format(hyper.1, digits: 3))")
        }
    }

    /// One iteration on the given batch (nothing once diverged).
    func step(x: Tensor, labels: [Int]) {
        guard divergedAt == nil else { return }
        trainer.step(x: x, labels: labels)
        let losses = trainer.history.losses
        let end = losses.count
        let window = losses[max(0, end - config.smoothingWindow)..<end]
        smoothedLosses.append(window.reduce(0, +) / Double(window.count))
        if trainer.diverged || (end >= Self.explosionWindow
                                && losses.suffix(Self.explosionWindow).allSatisfy { !($0 <= Self.explosionThreshold) }) {
            divergedAt = end
        }
    }

    /// Accuracy after each epoch so far.
    var epochs: [TrainingHistory.EpochRecord] { trainer.history.epochs }
}

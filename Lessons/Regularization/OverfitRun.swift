import Dispatch
import LessonKit
import NumericCore

/// The book's overfitting experiment (ch. 6, figures 6-20/6-21): the first `trainSize`
/// training images, 784 → 100 ×6 → 10 ReLU (He init, the book's `MultiLayerNet` default),
/// SGD lr 0.01, mini-batches of 100 drawn with replacement (the book's `np.random.choice`),
/// a weight-decay term ½·λ·Σ‖W‖² and a dropout layer (book form) after every hidden ReLU.
///
/// One step is one epoch (trainSize / 100 iterations, then train and test accuracy). λ and
/// the dropout ratio change the running net at once and are marked on the curves; a new
/// training-set size restarts the run. The run stops by itself when the loss is no longer
/// finite or stays above `explosionThreshold` (λ far too large: W −= lr·λ·W overshoots).
final class OverfitRun: PlayableRun {
    struct Config: Equatable {
        var trainSize = 300
        var lambda = 0.0
        var dropout = 0.0
        var epochs = 200
        /// Hidden layers and their width (the book: 6 × 100); tests use a smaller net.
        var hidden = Array(repeating: 100, count: 6)
        var learningRate = 0.01
        var batchSize = 100
    }

    /// Loss above this (in the units of cross-entropy plus ½·λ·Σ‖W‖²) for `explosionWindow`
    /// iterations in a row stops the run.
    static let explosionThreshold = 1e6
    static let explosionWindow = 5

    let data: DigitsSource
    let seed: UInt64
    private(set) var config: Config
    private(set) var net: Sequential
    private(set) var trainer: Trainer
    private(set) var stopped = false

    init(data: DigitsSource, config: Config, seed: UInt64) {
        self.data = data
        self.config = config
        self.seed = seed
        (net, trainer) = Self.make(data: data, config: config, seed: seed)
    }

    private static func make(data: DigitsSource, config: Config, seed: UInt64) -> (Sequential, Trainer) {
        let train = data.split.train.prefix(min(config.trainSize, data.split.train.count))
        let test = data.split.test
        let net = Sequential.mlp(sizes: [train.images.columns] + config.hidden + [train.classes], activation: .relu,
                                 init: .he, dropout: config.dropout, dropoutMode: .book,
                                 weightDecay: config.lambda, seed: seed)
        // Cannot throw: the sets are never empty and the batch size is 100.
        let trainer = try! Trainer(model: net, optimizer: SGD(learningRate: config.learningRate),
                                   trainImages: train.images, trainLabels: train.labels,
                                   testImages: test.images, testLabels: test.labels,
                                   batchSize: config.batchSize, sampling: .withReplacement,
                                   evaluationLimit: 1000, seed: seed &+ 1)
        return (net, trainer)
    }

    /// Fresh weights and the first mini-batch again, with the current settings.
    func restart() {
        (net, trainer) = Self.make(data: data, config: config, seed: seed)
        stopped = false
    }

    /// Applies `new`: a new training-set size (or net) restarts; λ and the dropout ratio apply
    /// from the next iteration and are marked ("λ=0.1", "p=0.2") once training has begun.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.trainSize != old.trainSize || new.hidden != old.hidden { restart(); return }
        RegularizationKnobs.apply(lambda: new.lambda, dropout: new.dropout, was: (old.lambda, old.dropout),
                                  to: net, trainer: trainer)
    }

    var history: TrainingHistory { trainer.history }
    var epoch: Int { trainer.history.epochs.count }
    var isFinished: Bool { stopped || epoch >= config.epochs }

    /// One epoch (nothing once stopped or done).
    func step() {
        guard !isFinished else { return }
        let target = epoch + 1
        while epoch < target && !stopped {
            trainer.step()
            checkDivergence()
        }
    }

    /// Iterations for about `budget` seconds, up to the epoch limit; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            trainer.step()
            checkDivergence()
            return true
        } > 0
    }

    private func checkDivergence() {
        let losses = trainer.history.losses
        if trainer.diverged { stopped = true; return }
        if losses.count >= Self.explosionWindow,
           losses.suffix(Self.explosionWindow).allSatisfy({ $0 > Self.explosionThreshold }) { stopped = true }
    }

    /// The last epoch's record, if any.
    var last: TrainingHistory.EpochRecord? { trainer.history.epochs.last }
    /// The train − test accuracy gap of the last epoch (a fraction), if any.
    var gap: Double? { last.map { $0.trainAccuracy - $0.testAccuracy } }
    /// The epoch with the highest test accuracy (the first of equals): where early stopping stops.
    var best: TrainingHistory.EpochRecord? {
        trainer.history.epochs.reduce(nil) { b, e in (b == nil || e.testAccuracy > b!.testAccuracy) ? e : b }
    }
    /// Events (knob changes) with their position in epochs.
    var events: [(epoch: Double, label: String)] {
        let per = Double(trainer.iterationsPerEpoch)
        return trainer.history.events.map { (Double($0.iteration) / per, $0.label) }
    }
}

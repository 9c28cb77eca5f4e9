import LessonKit
import NumericCore

/// One training run of the two-layer net: the core's `Trainer` (SGD, mini-batches drawn
/// with replacement as the book's `np.random.choice`) plus what the lesson adds on top — a
/// smoothed loss, a divergence check, and restarts when the net's shape changes.
///
/// The same `seed` gives the same initial weights and the same mini-batches, so two runs
/// that differ only in learning rate see identical data in identical order.
final class TrainingRun {
    /// The loss at the start: softmax of ten near-equal scores gives −ln(1/10) = ln 10 ≈ 2.3026.
    static let initialLoss = 2.302585092994046
    /// Training stops when the loss stays above this (twice the initial loss) for
    /// `explosionWindow` iterations in a row.
    static let explosionThreshold = 2 * initialLoss
    static let explosionWindow = 20
    /// Iterations averaged by the smoothed loss curve (a trailing mean).
    static let smoothingWindow = 20

    let data: DigitsSource
    let seed: UInt64
    private(set) var config: NetConfig
    private(set) var net: Sequential
    private(set) var trainer: Trainer
    /// The trailing mean of the last `smoothingWindow` losses, one per iteration.
    private(set) var smoothedLosses: [Double] = []
    /// Why training stopped by itself (nil while it may go on); put in words when shown
    /// (`stopReason`, `shortStopReason`), so the words follow the language.
    private(set) var stop: StopCause?

    /// Why a run stopped by itself.
    enum StopCause: Equatable {
        /// The core's trainer saw a non-finite loss (this one).
        case diverged(loss: Double)
        /// The loss stayed above `explosionThreshold` for `explosionWindow` iterations.
        case exploded
    }

    init(data: DigitsSource, config: NetConfig, seed: UInt64) {
        self.data = data
        self.seed = seed
        self.config = config
        (net, trainer) = Self.make(data: data, config: config, seed: seed)
    }

    private static func make(data: DigitsSource, config: NetConfig, seed: UInt64) -> (Sequential, Trainer) {
        let train = data.split.train, test = data.split.test
        let net = config.makeNet(inputSize: train.width * train.height, classes: train.classes, seed: seed)
        // Cannot throw: a DigitsSource's sets are never empty and the batch knob keeps 1...1000.
        let trainer = try! Trainer(model: net, optimizer: SGD(learningRate: config.learningRate),
                              trainImages: train.images, trainLabels: train.labels,
                              testImages: test.images, testLabels: test.labels,
                              batchSize: config.batchSize, sampling: .withReplacement,
                              evaluationLimit: 1000, seed: seed &+ 1)
        return (net, trainer)
    }

    /// Back to fresh weights and the first mini-batch, with the current settings.
    func restart() {
        (net, trainer) = Self.make(data: data, config: config, seed: seed)
        smoothedLosses = []
        stop = nil
    }

    /// Applies `new`: a new hidden size, activation or batch size restarts the run; a new
    /// learning rate applies from the next iteration and is marked "lr=0.5" on the curve
    /// (unless nothing has been trained yet).
    func apply(_ new: NetConfig) {
        let old = config
        config = new
        if new.hiddenSize != old.hiddenSize || new.activation != old.activation
            || new.batchSize != old.batchSize || new.weightStd != old.weightStd {
            restart()
        } else if new.learningRate != old.learningRate {
            trainer.optimizer.learningRate = new.learningRate
            if trainer.iteration > 0 { trainer.mark("lr=" + NumberText.format(new.learningRate, digits: 3)) }
        }
    }

    var history: TrainingHistory { trainer.history }
    var iteration: Int { trainer.iteration }
    var isStopped: Bool { stop != nil }

    /// One iteration (nothing once stopped).
    func step() {
        guard !isStopped else { return }
        trainer.step()
        afterIterations()
    }

    /// Iterations for about `budget` seconds (at least one unless stopped); returns how many ran.
    @discardableResult
    func advance(budget: Double) -> Int {
        guard !isStopped else { return 0 }
        let done = trainer.advance(budget: budget)
        afterIterations()
        return done
    }

    /// Extends the smoothed curve to the new losses and checks for divergence.
    private func afterIterations() {
        let losses = trainer.history.losses
        while smoothedLosses.count < losses.count {
            let end = smoothedLosses.count + 1
            let window = losses[max(0, end - Self.smoothingWindow)..<end]
            smoothedLosses.append(window.reduce(0, +) / Double(window.count))
        }
        if trainer.diverged {
            stop = .diverged(loss: losses.last ?? .nan)
        } else if losses.count >= Self.explosionWindow,
                  losses.suffix(Self.explosionWindow).allSatisfy({ $0 > Self.explosionThreshold }) {
            stop = .exploded
        }
    }

    /// The last loss, or nil before the first iteration.
    var lastLoss: Double? { trainer.history.losses.last }
    /// The last epoch's accuracies, or nil before the first epoch ends.
    var lastEpoch: TrainingHistory.EpochRecord? { trainer.history.epochs.last }
}

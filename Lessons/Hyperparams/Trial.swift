import Foundation
import NumericCore

/// One trial of the search: a learning rate and a weight decay drawn on a log scale, and the
/// book's net (784 → 100 ×6 → 10, ReLU, He init, SGD, batch 100) trained on the 400
/// training images for `epochs` epochs, its validation accuracy measured after every epoch.
final class Trial {
    /// The trial's number in the search (1-based) and the round it belongs to (1 coarse, 2 fine).
    let number: Int
    let round: Int
    let learningRate: Double
    let weightDecay: Double
    let epochs: Int
    /// The net and its trainer while the trial trains; released when it ends (a search of
    /// 100 trials would otherwise keep 100 nets), its curves kept.
    private var trainer: Trainer?
    private var net: Sequential?
    private var finalHistory = TrainingHistory()
    /// What became of the trial (nil while it trains).
    private(set) var outcome: Outcome?

    enum Outcome: Equatable {
        /// Trained all its epochs: the last epoch's validation accuracy, and the test accuracy
        /// of the trained net (shown only on the validation-vs-test page).
        case finished(validation: Double, test: Double)
        /// The loss came out NaN or infinite, or stayed above 2 ln 10 for `explosionWindow`
        /// iterations: the learning rate is too large.
        case diverged(iteration: Int)
    }

    /// The book's net: six hidden layers of 100 units.
    static let hidden = [Int](repeating: 100, count: 6)
    static let batchSize = 100
    /// A trial stops as diverged when its loss stays above this for this many iterations.
    static let explosionThreshold = 2 * 2.302585092994046
    static let explosionWindow = 8

    private let testImages: Tensor
    private let testLabels: [Int]

    init(number: Int, round: Int, learningRate: Double, weightDecay: Double, epochs: Int, data: HoldOut, seed: UInt64) {
        self.number = number
        self.round = round
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.epochs = max(1, epochs)
        let train = data.train, validation = data.validation
        let net = Sequential.mlp(sizes: [train.width * train.height] + Self.hidden + [train.classes], activation: .relu,
                             init: .he, weightDecay: weightDecay, seed: seed)
        // Cannot throw: HoldOut's sets are never empty and the batch size is 100.
        // The trainer's "test" set is the validation set: choosing never looks at the test set.
        self.net = net
        trainer = try! Trainer(model: net, optimizer: SGD(learningRate: learningRate),
                               trainImages: train.images, trainLabels: train.labels,
                               testImages: validation.images, testLabels: validation.labels,
                               batchSize: Self.batchSize, sampling: .withReplacement,
                               evaluationLimit: validation.count, seed: seed &+ 1)
        testImages = data.test.images
        testLabels = data.test.labels
    }

    var isDone: Bool { outcome != nil }
    var isDiverged: Bool { if case .diverged = outcome { true } else { false } }
    /// Validation accuracy of the finished trial (nil while training or when it diverged).
    var validationAccuracy: Double? { if case .finished(let v, _) = outcome { v } else { nil } }
    var testAccuracy: Double? { if case .finished(_, let t) = outcome { t } else { nil } }
    /// Validation and training accuracy after each epoch so far.
    var history: TrainingHistory { trainer?.history ?? finalHistory }
    var validationCurve: [Double] { history.epochs.map(\.testAccuracy) }
    var trainCurve: [Double] { history.epochs.map(\.trainAccuracy) }
    var epochsDone: Int { history.epochs.count }
    var iteration: Int { history.losses.count }

    /// One training iteration (nothing once done); settles the outcome when the last epoch
    /// ends or the loss blows up.
    func step() {
        guard outcome == nil, let trainer, let net else { return }
        trainer.step()
        let losses = trainer.history.losses
        if trainer.diverged || (losses.count >= Self.explosionWindow
                                && losses.suffix(Self.explosionWindow).allSatisfy { $0 > Self.explosionThreshold }) {
            outcome = .diverged(iteration: trainer.iteration)
        } else if epochsDone >= epochs, let last = validationCurve.last {
            let test = net.accuracy(testImages, labels: testLabels, batchSize: 100)
            outcome = .finished(validation: last, test: test)
        }
        if outcome != nil {
            finalHistory = trainer.history
            self.trainer = nil
            self.net = nil
        }
    }
}

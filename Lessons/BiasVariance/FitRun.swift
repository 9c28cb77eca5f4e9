import Charts
import Dispatch
import LessonKit
import NumericCore

/// One training run on a noisy toy set split into training, dev and (optionally) test points:
/// a 2 → units → units → 2 ReLU net (He init) trained full-batch with Adam (lr 0.01), train
/// and dev error measured after every epoch (one epoch is one iteration), the test set
/// measured once, at the end. Weight decay λ and the epoch budget apply mid-run (marked on
/// the curves); the data, the net's size or the noise restart it. `iterate()` is one epoch: a
/// plain function a benchmark can call.
final class FitRun: PlayableRun {
    struct Config: Equatable {
        var dataset = ToySet.moons
        /// The fraction of labels flipped (every set): the optimal error.
        var noise = 0.1
        var units = 10
        var trainCount = 100
        var devCount = 400
        var testCount = 0
        var lambda = 0.0
        var epochs = 600
    }

    static let learningRate = 0.01
    /// A loss above this stops the run (λ far too large).
    static let explosionThreshold = 1e6
    /// The map's resolution (the net's class at these many points, one batch).
    static let mapColumns = 96
    static let mapRows = 48

    let seed: UInt64
    private(set) var config: Config
    private(set) var train: PointDataset
    private(set) var dev: PointDataset
    private(set) var test: PointDataset
    private(set) var net: Sequential
    private(set) var trainer: Trainer
    private(set) var stopped = false
    /// The test error, measured once when the run reaches its last epoch (nil before, or
    /// without a test set).
    private(set) var testError: Double?
    private var map: (iteration: Int, grid: DecisionGrid)?

    init(config: Config, seed: UInt64) {
        self.config = config
        self.seed = seed
        (train, dev, test) = Self.makeData(config, seed: seed)
        (net, trainer) = Self.make(config, train: train, dev: dev, seed: seed)
    }

    /// Three independent draws from one distribution (the same noise in each): growing one set
    /// leaves the others as they were.
    static func makeData(_ c: Config, seed: UInt64) -> (PointDataset, PointDataset, PointDataset) {
        (c.dataset.make(count: c.trainCount, noise: c.noise, seed: seed),
         c.dataset.make(count: c.devCount, noise: c.noise, seed: seed &+ 1000),
         c.dataset.make(count: c.testCount, noise: c.noise, seed: seed &+ 2000))
    }

    private static func make(_ c: Config, train: PointDataset, dev: PointDataset, seed: UInt64) -> (Sequential, Trainer) {
        let net = Sequential.mlp(sizes: [2, c.units, c.units, 2], activation: .relu, init: .he,
                                 weightDecay: c.lambda, seed: seed &+ 11)
        // Cannot throw: the training set is non-empty and the batch is all of it.
        let trainer = try! Trainer(model: net, optimizer: Adam(learningRate: learningRate),
                                   trainImages: train.points, trainLabels: train.labels,
                                   testImages: dev.points, testLabels: dev.labels,
                                   batchSize: train.count, sampling: .shuffledEpochs,
                                   evaluationLimit: max(train.count, dev.count), seed: seed &+ 12)
        return (net, trainer)
    }

    func restart() {
        (train, dev, test) = Self.makeData(config, seed: seed)
        (net, trainer) = Self.make(config, train: train, dev: dev, seed: seed)
        stopped = false
        testError = nil
        map = nil
    }

    /// λ and the epoch budget apply from the next epoch on (marked once training has begun);
    /// anything else restarts.
    func apply(_ new: Config) {
        let old = config
        config = new
        var same = new
        same.lambda = old.lambda
        same.epochs = old.epochs
        guard same == old else { restart(); return }
        if new.lambda != old.lambda {
            net.weightDecay = new.lambda
            if epoch > 0 { trainer.mark("λ=" + NumberText.format(new.lambda, digits: 2)) }
        }
        if new.epochs != old.epochs && epoch > 0 {
            trainer.mark(tr("\(new.epochs) epochs", "\(new.epochs) 轮"))
            if epoch < new.epochs { testError = nil }
            finishIfDone()
        }
    }

    var history: TrainingHistory { trainer.history }
    var epoch: Int { trainer.iteration }
    var isFinished: Bool { stopped || epoch >= config.epochs }

    /// Ten epochs (fewer at the end).
    func step() {
        for _ in 0..<10 where !isFinished { iterate() }
    }

    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            iterate()
            return true
        } > 0
    }

    /// One epoch.
    func iterate() {
        trainer.step()
        if trainer.diverged || (trainer.history.losses.last ?? 0) > Self.explosionThreshold { stopped = true }
        finishIfDone()
    }

    private func finishIfDone() {
        guard !stopped, epoch >= config.epochs, testError == nil, test.count > 0 else { return }
        testError = 1 - net.accuracy(test.points, labels: test.labels, batchSize: 100)
    }

    var last: TrainingHistory.EpochRecord? { trainer.history.epochs.last }
    var trainError: Double? { last.map { 1 - $0.trainAccuracy } }
    var devError: Double? { last.map { 1 - $0.testAccuracy } }

    /// The diagnosis of the last epoch, against the flip rate as the optimal error.
    var diagnosis: Diagnosis? {
        guard let trainError, let devError, !stopped else { return nil }
        return Diagnosis(trainError: trainError, devError: devError, optimalError: config.noise)
    }

    var events: [EventMarker] {
        trainer.history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
    }

    /// The net's classes on the map grid (one batched forward pass, remade only after training).
    var grid: DecisionGrid {
        if let map, map.iteration == trainer.iteration { return map.grid }
        let net = self.net, set = config.dataset
        let grid = DecisionGrid(xRange: set.xRange, yRange: set.yRange, columns: Self.mapColumns, rows: Self.mapRows) {
            net.predict($0, training: false)
        }
        map = (trainer.iteration, grid)
        return grid
    }
}

import Dispatch
import LessonKit
import NumericCore

/// Overfitting you can see: two moons with some labels flipped (label noise), 100 training
/// points and 400 test points, a net far larger than the problem needs
/// (2 → 100 ×3 → 2 ReLU, He init) trained full-batch with Adam (lr 0.01) so it can bend
/// its decision boundary around every noisy point. λ (½·λ·Σ‖W‖²) and dropout (book form)
/// smooth it. One iteration is one epoch (the whole training set is one batch).
final class ToyRun: PlayableRun {
    struct Config: Equatable {
        var lambda = 0.0
        var dropout = 0.0
        /// The fraction of labels flipped (in both sets).
        var noise = 0.15
        var epochs = 1500
        var hidden = [100, 100, 100]
    }

    static let trainCount = 100
    static let testCount = 400
    /// The view box of the map (the moons fill about x −1…2, y −0.5…1).
    static let xRange = -1.5...2.5
    static let yRange = -1.0...1.5
    /// The map's resolution: the net's class is computed at these many points, in one batch.
    static let mapColumns = 128
    static let mapRows = 64

    let seed: UInt64
    private(set) var config: Config
    private(set) var train: PointDataset
    private(set) var test: PointDataset
    private(set) var net: Sequential
    private(set) var trainer: Trainer
    private(set) var stopped = false
    /// The map grid and the iteration it was made at.
    private var map: (iteration: Int, grid: DecisionGrid)?

    init(config: Config = Config(), seed: UInt64) {
        self.config = config
        self.seed = seed
        (train, test) = Self.makeData(noise: config.noise, seed: seed)
        (net, trainer) = Self.make(config: config, train: train, test: test, seed: seed)
    }

    /// Moons (coordinate noise 0.1) with a fraction `noise` of the labels flipped.
    static func makeData(noise: Double, seed: UInt64) -> (PointDataset, PointDataset) {
        func noisy(_ count: Int, _ seed: UInt64) -> PointDataset {
            MoonsDataset.make(count: count, noise: 0.1, seed: seed).flippingLabels(fraction: noise, seed: seed &+ 7)
        }
        return (noisy(trainCount, seed), noisy(testCount, seed &+ 1000))
    }

    private static func make(config: Config, train: PointDataset, test: PointDataset, seed: UInt64) -> (Sequential, Trainer) {
        let net = Sequential.mlp(sizes: [2] + config.hidden + [2], activation: .relu, init: .he,
                                 dropout: config.dropout, dropoutMode: .book, weightDecay: config.lambda, seed: seed)
        // Cannot throw: both sets are non-empty and the batch is the whole training set.
        let trainer = try! Trainer(model: net, optimizer: Adam(learningRate: 0.01),
                                   trainImages: train.points, trainLabels: train.labels,
                                   testImages: test.points, testLabels: test.labels,
                                   batchSize: train.count, sampling: .shuffledEpochs,
                                   evaluationLimit: testCount, seed: seed &+ 1)
        return (net, trainer)
    }

    func restart() {
        (train, test) = Self.makeData(noise: config.noise, seed: seed)
        (net, trainer) = Self.make(config: config, train: train, test: test, seed: seed)
        stopped = false
        map = nil
    }

    /// λ and dropout apply at once (marked); a new label noise or net restarts.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.noise != old.noise || new.hidden != old.hidden { restart(); return }
        RegularizationKnobs.apply(lambda: new.lambda, dropout: new.dropout, was: (old.lambda, old.dropout),
                                  to: net, trainer: trainer)
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

    private func iterate() {
        trainer.step()
        if trainer.diverged || (trainer.history.losses.last ?? 0) > OverfitRun.explosionThreshold { stopped = true }
    }

    var last: TrainingHistory.EpochRecord? { trainer.history.epochs.last }
    var best: TrainingHistory.EpochRecord? {
        trainer.history.epochs.reduce(nil) { b, e in (b == nil || e.testAccuracy > b!.testAccuracy) ? e : b }
    }
    var events: [(epoch: Double, label: String)] {
        trainer.history.events.map { (Double($0.iteration), $0.label) }
    }

    /// The net's classes on the map grid (one batched forward pass, remade only when the net
    /// has trained since).
    var grid: DecisionGrid {
        if let map, map.iteration == trainer.iteration { return map.grid }
        let net = self.net
        let grid = DecisionGrid(xRange: Self.xRange, yRange: Self.yRange, columns: Self.mapColumns, rows: Self.mapRows) {
            net.predict($0, training: false)
        }
        map = (trainer.iteration, grid)
        return grid
    }

    /// The class the map gives at (x, y) (the nearest map cell).
    func mapClass(x: Double, y: Double) -> Int { grid.classAt(x: x, y: y) }

    /// How wiggly the boundary is (see `DecisionGrid.boundaryLength`).
    var boundaryLength: Int { grid.boundaryLength }
}

import Dispatch
import LessonKit
import NumericCore

/// One playground experiment: a 2-D data set split into training and test points and a net
/// 2 → units × hidden → 2 (softmax output; 0 hidden layers is logistic regression) trained by
/// gradient descent on mini-batches (the whole training set by default, as Ng). Learning rate,
/// λ and batch size apply mid-run and are marked on the curves; the data, the net's shape,
/// its activation and the init scale restart it.
///
/// Ng's defaults (course 1 week 3): the flower, one hidden layer of 4 tanh units, weights
/// N(0, 0.01²), lr 1.2, full batch, 10 000 iterations.
final class PlaygroundRun: PlayableRun {
    struct Config: Equatable {
        var dataset = PlaygroundDataset.flower
        /// × the data set's own noise.
        var noise = 1.0
        /// The fraction of the 400 points used for training.
        var split = 0.5
        var hidden = 1
        var units = 4
        var activation = PlaygroundActivation.tanh
        var learningRate = 1.2
        var lambda = 0.0
        /// Index into `PlaygroundRun.batchSizes` (the last is the whole training set).
        var batch = PlaygroundRun.batchSizes.count - 1
        /// The standard deviation of the initial weights.
        var initScale = 0.01
        var iterations = 10_000

        /// Layer sizes, input first: [2, units…, 2].
        var sizes: [Int] { [2] + Array(repeating: units, count: hidden) + [2] }
        /// The total number of hidden units.
        var hiddenUnits: Int { hidden * units }
    }

    /// The batch-size choices (knob values); "all" is the whole training set.
    static let batchSizes = ["1", "10", "32", "100", "all"]
    /// Curves are measured every this many iterations.
    static let recordEvery = 10
    /// Iterations per frame at most, so a run of 10 000 takes a watchable ~10 s.
    static let iterationsPerFrame = 40

    /// A point of the curves: losses (without the λ term) and accuracies on both sets.
    struct Record: Equatable {
        var iteration: Int
        var trainLoss, testLoss, trainAccuracy, testAccuracy: Double
    }

    let seed: UInt64
    private(set) var config: Config
    private(set) var train: PointDataset
    private(set) var test: PointDataset
    private(set) var net: Sequential
    private(set) var trainer: Trainer
    private(set) var records: [Record] = []
    /// The run diverged (a NaN or infinite loss) and stopped.
    private(set) var stopped = false
    /// Maps made at `mapIteration`, by unit (0 = output).
    var mapCache: [Int: DecisionGrid] = [:]
    var mapIteration = -1

    init(config: Config = Config(), seed: UInt64) {
        self.config = config
        self.seed = seed
        (train, test) = Self.makeData(config, seed: seed)
        (net, trainer) = Self.make(config, train: train, test: test, seed: seed)
        record()
    }

    static func makeData(_ c: Config, seed: UInt64) -> (PointDataset, PointDataset) {
        PlaygroundDataset.split(c.dataset.make(noise: c.noise, seed: seed), fraction: c.split, seed: seed)
    }

    static func batchSize(_ c: Config, trainCount: Int) -> Int {
        c.batch >= batchSizes.count - 1 ? trainCount : min(trainCount, Int(batchSizes[max(0, c.batch)]) ?? trainCount)
    }

    private static func make(_ c: Config, train: PointDataset, test: PointDataset, seed: UInt64) -> (Sequential, Trainer) {
        let net = Sequential.mlp(sizes: c.sizes, activation: c.activation.core, init: .std(c.initScale),
                                 weightDecay: c.lambda, seed: seed &+ 3)
        // Cannot throw: both sets are non-empty and the batch size is at least 1.
        let trainer = try! Trainer(model: net, optimizer: SGD(learningRate: c.learningRate),
                                   trainImages: train.points, trainLabels: train.labels,
                                   testImages: test.points, testLabels: test.labels,
                                   batchSize: batchSize(c, trainCount: train.count), sampling: .shuffledEpochs,
                                   evaluationLimit: PlaygroundDataset.count, seed: seed &+ 5)
        return (net, trainer)
    }

    func restart() {
        (train, test) = Self.makeData(config, seed: seed)
        (net, trainer) = Self.make(config, train: train, test: test, seed: seed)
        records = []
        stopped = false
        mapCache = [:]
        record()
    }

    /// Learning rate, λ and batch size apply from the next iteration (marked once training has
    /// begun); anything else restarts the run.
    func apply(_ new: Config) {
        let old = config
        config = new
        var same = new
        same.learningRate = old.learningRate
        same.lambda = old.lambda
        same.batch = old.batch
        same.iterations = old.iterations
        guard same == old else { restart(); return }
        let begun = trainer.iteration > 0
        if new.learningRate != old.learningRate {
            trainer.optimizer = SGD(learningRate: new.learningRate)
            if begun { trainer.mark("lr=" + NumberText.format(new.learningRate, digits: 2)) }
        }
        if new.lambda != old.lambda {
            net.weightDecay = new.lambda
            if begun { trainer.mark("λ=" + NumberText.format(new.lambda, digits: 2)) }
        }
        if new.batch != old.batch {
            try? trainer.setBatchSize(Self.batchSize(new, trainCount: train.count))
            if begun { trainer.mark("batch=" + Self.batchSizes[new.batch]) }
        }
    }

    var iteration: Int { trainer.iteration }
    var isFinished: Bool { stopped || iteration >= config.iterations }
    var events: [(iteration: Double, label: String)] { trainer.history.events.map { (Double($0.iteration), $0.label) } }
    var last: Record? { records.last }

    /// One iteration (one mini-batch, one update); the curves are measured every `recordEvery`.
    func step() {
        guard !isFinished else { return }
        let loss = trainer.step()
        if !loss.isFinite || trainer.diverged { stopped = true; return }
        if iteration % Self.recordEvery == 0 {
            record()
            if blewUp { stopped = true }
        }
    }

    /// Iterations until `budget` seconds have passed or `iterationsPerFrame` are done.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget, maxSteps: Self.iterationsPerFrame) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// Cross-entropy (without the λ term) and accuracy of the current net on a set.
    func measure(_ set: PointDataset) -> (loss: Double, accuracy: Double) {
        let scores = net.predict(set.points, training: false)
        let loss = net.lossLayer.forward(scores, labels: set.labels)
        var correct = 0
        for i in 0..<set.count {
            let predicted = scores.scalars[2 * i + 1] > scores.scalars[2 * i] ? 1 : 0
            if predicted == set.labels[i] { correct += 1 }
        }
        return (loss, Double(correct) / Double(max(1, set.count)))
    }

    private func record() {
        let a = measure(train), b = measure(test)
        records.append(Record(iteration: iteration, trainLoss: a.loss, testLoss: b.loss, trainAccuracy: a.accuracy, testAccuracy: b.accuracy))
    }

    /// A loss above this after `blowUpGrace` iterations stops the run: a fresh net starts at
    /// ln 2 ≈ 0.69, so 2 means the steps overshoot (tanh and sigmoid saturate, so a too-large
    /// lr rarely gives NaN here; the loss just jumps between 2 and 8).
    static let blowUpLoss = 2.0
    static let blowUpGrace = 50

    private var blewUp: Bool {
        guard let l = last, iteration >= Self.blowUpGrace else { return false }
        return !l.trainLoss.isFinite || l.trainLoss > Self.blowUpLoss
    }
}

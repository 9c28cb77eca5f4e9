import Dispatch
import LessonKit
import NumericCore

/// The augmentation experiment: two copies of one small MLP (784 → 100 → 10, ReLU, He init,
/// SGD) trained side by side on the first `trainSize` training digits from the same weights
/// and the same mini-batches — one on the images as they are, one on each batch freshly
/// warped (`Augmentation`: a random shift, rotation, scale and elastic distortion within
/// the knobs' ranges, new draws every iteration). Both are tested on the same untouched
/// test digits after every epoch (every `trainSize / batchSize` iterations).
///
/// One step is one epoch of both nets. A new training-set size restarts; the warp ranges
/// apply from the next batch and are marked on the curves. The run stops by itself when a
/// loss is no longer finite.
final class AugmentRun: PlayableRun {
    struct Config: Equatable {
        var trainSize = 200
        /// Up to this many pixels in x and in y (uniform in ±shift).
        var shift = 2
        /// Up to this many degrees either way.
        var rotation = 10.0
        /// The factor is uniform in 1 ± scale.
        var scale = 0.1
        /// Elastic strength α in pixels (0: off) and smoothness σ.
        var alpha = 0.0
        var sigma = 4.0
        /// Off: the second net sees the plain images too (the two curves coincide).
        var augment = true
        var epochs = 150
        var hidden = 100
        var learningRate = 0.1
        var batchSize = 20
    }

    static let augmentChoices = ["off", "on"]

    let data: DigitsSource
    let seed: UInt64
    private(set) var config: Config
    private(set) var plainTrainer: Trainer
    private(set) var augmentedTrainer: Trainer
    private(set) var stopped = false
    private var rng: Xoshiro256StarStar

    init(data: DigitsSource, config: Config, seed: UInt64) {
        self.data = data
        self.config = config
        self.seed = seed
        (plainTrainer, augmentedTrainer) = Self.make(data: data, config: config, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 2)
    }

    /// Two trainers of identical nets on the first `trainSize` training digits.
    private static func make(data: DigitsSource, config: Config, seed: UInt64) -> (Trainer, Trainer) {
        let train = data.split.train.prefix(min(config.trainSize, data.split.train.count))
        let test = data.split.test
        func trainer() -> Trainer {
            let net = Sequential.mlp(sizes: [train.images.columns, config.hidden, train.classes], activation: .relu,
                                     init: .he, seed: seed)
            // Cannot throw: the sets are never empty and the batch size is positive.
            return try! Trainer(model: net, optimizer: SGD(learningRate: config.learningRate),
                                trainImages: train.images, trainLabels: train.labels,
                                testImages: test.images, testLabels: test.labels,
                                batchSize: config.batchSize, sampling: .shuffledEpochs,
                                evaluationLimit: 500, seed: seed &+ 1)
        }
        return (trainer(), trainer())
    }

    func restart() {
        (plainTrainer, augmentedTrainer) = Self.make(data: data, config: config, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 2)
        stopped = false
    }

    /// A new training-set size restarts; new warp ranges apply from the next batch, marked
    /// ("rot=90", "shift=4", "augment off") once training has begun; epochs only move the end.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.trainSize != old.trainSize || new.hidden != old.hidden || new.batchSize != old.batchSize
            || new.learningRate != old.learningRate {
            restart(); return
        }
        guard iteration > 0 else { return }
        var labels: [String] = []
        if new.shift != old.shift { labels.append("shift=\(new.shift)") }
        if new.rotation != old.rotation { labels.append("rot=" + NumberText.format(new.rotation, digits: 3)) }
        if new.scale != old.scale { labels.append("scale=" + NumberText.format(new.scale, digits: 2)) }
        if new.alpha != old.alpha { labels.append("α=" + NumberText.format(new.alpha, digits: 3)) }
        if new.sigma != old.sigma { labels.append("σ=" + NumberText.format(new.sigma, digits: 2)) }
        if new.augment != old.augment { labels.append(new.augment ? "augment on" : "augment off") }
        for label in labels {
            plainTrainer.mark(label)
            augmentedTrainer.mark(label)
        }
    }

    var iteration: Int { plainTrainer.iteration }
    var epoch: Int { plainTrainer.history.epochs.count }
    var isFinished: Bool { stopped || epoch >= config.epochs }
    var iterationsPerEpoch: Int { plainTrainer.iterationsPerEpoch }

    /// One random warp within the knobs' ranges.
    static func drawWarp(_ c: Config, using rng: inout Xoshiro256StarStar) -> Augmentation.Affine {
        func uniform(_ r: Double) -> Double { r == 0 ? 0 : (2 * rng.nextUniform() - 1) * r }
        let s = Double(c.shift)
        return Augmentation.Affine(dx: uniform(s).rounded(), dy: uniform(s).rounded(),
                                   degrees: uniform(c.rotation), scale: 1 + uniform(c.scale))
    }

    /// `image` (28×28) warped by one random draw within `c`'s ranges (unchanged when every
    /// range is 0).
    static func augmented(_ image: [Double], side: Int, config c: Config, using rng: inout Xoshiro256StarStar) -> [Double] {
        let affine = drawWarp(c, using: &rng)
        let field = c.alpha > 0
            ? Augmentation.displacementField(height: side, width: side, alpha: c.alpha, sigma: c.sigma, using: &rng) : nil
        if affine == .identity && field == nil { return image }
        return Augmentation.warp(image, height: side, width: side, affine: affine, displacement: field)
    }

    /// One iteration of both nets on the same mini-batch, the second one warped.
    private func iterate() {
        let batch = plainTrainer.nextBatchIndices()
        let x = plainTrainer.trainImages.gatherRows(batch), labels = batch.map { plainTrainer.trainLabels[$0] }
        var warped = x
        if config.augment {
            let side = data.split.train.width, n = side * side
            var scalars: [Double] = []
            scalars.reserveCapacity(batch.count * n)
            for row in 0..<batch.count {
                scalars += Self.augmented(x.row(row), side: side, config: config, using: &rng)
            }
            warped = Tensor(shape: [batch.count, n], scalars: scalars)
        }
        plainTrainer.step(x: x, labels: labels)
        augmentedTrainer.step(x: warped, labels: labels)
        if plainTrainer.diverged || augmentedTrainer.diverged { stopped = true }
    }

    /// One epoch of both nets (nothing once stopped or done).
    func step() {
        guard !isFinished else { return }
        let target = epoch + 1
        while epoch < target && !stopped { iterate() }
    }

    /// Iterations for about `budget` seconds, up to the epoch limit; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            iterate()
            return true
        } > 0
    }

    var plainTest: Double? { plainTrainer.history.epochs.last?.testAccuracy }
    var augmentedTest: Double? { augmentedTrainer.history.epochs.last?.testAccuracy }
    /// Augmented − plain test accuracy of the last epoch, in points (percent).
    var gain: Double? {
        guard let a = augmentedTest, let p = plainTest else { return nil }
        return 100 * (a - p)
    }

    /// Events (knob changes) with their position in epochs.
    var events: [(epoch: Double, label: String)] {
        let per = Double(plainTrainer.iterationsPerEpoch)
        return plainTrainer.history.events.map { (Double($0.iteration) / per, $0.label) }
    }
}

import Foundation
import NumericCore

/// The book's batch-norm experiment at one init scale σ: two nets 784 → 100 ×5 → 10 (ReLU,
/// weights N(0, σ²)), one with batch norm after every hidden Affine and one without, trained
/// side by side with SGD on the same mini-batches (drawn with replacement, as the book's
/// `np.random.choice`) from the same initial weights.
///
/// Like the book, train accuracy (on all training images, inference mode) is measured before
/// the first iteration (epoch 0) and after every epoch (training-set size / batch
/// iterations); a run ends after `epochs` epochs.
final class ScalePair {
    static let hidden = [100, 100, 100, 100, 100]

    /// One of the two nets.
    final class Net {
        let batchNorm: Bool
        let model: Sequential
        let trainer: Trainer
        /// (epoch, train accuracy) with epoch 0 before training.
        var accuracies: [(epoch: Int, accuracy: Double)] = []

        init(batchNorm: Bool, model: Sequential, trainer: Trainer) {
            self.batchNorm = batchNorm
            self.model = model
            self.trainer = trainer
        }

        /// True once a loss came out NaN or infinite: this net stops, the other goes on.
        var diverged: Bool { trainer.diverged }
        var losses: [Double] { trainer.history.losses }
        var lastAccuracy: Double? { accuracies.last?.accuracy }
        /// Diverged, or still at chance (≤ 11 %) after `collapseEpochs` epochs: what a net with
        /// batch norm does only when the learning rate is far too high.
        var collapsed: Bool {
            diverged || (accuracies.count > ScalePair.collapseEpochs && (lastAccuracy ?? 0) <= 0.11)
        }
    }

    /// Epochs after which a net still at chance counts as collapsed.
    static let collapseEpochs = 5

    let sigma: Double
    let images: Tensor
    let labels: [Int]
    let seed: UInt64
    let batchSize: Int
    var epochs: Int
    private(set) var learningRate: Double
    private(set) var bn: Net
    private(set) var plain: Net
    private var rng: Xoshiro256StarStar
    private(set) var iteration = 0
    /// Knob changes during the run: (iteration, label), drawn on the curves.
    private(set) var events: [(iteration: Int, label: String)] = []

    init(sigma: Double, images: Tensor, labels: [Int], seed: UInt64, learningRate: Double = 0.01,
         batchSize: Int = 100, epochs: Int = 20) {
        self.sigma = sigma
        self.images = images
        self.labels = labels
        self.seed = seed
        self.learningRate = learningRate
        self.batchSize = batchSize
        self.epochs = epochs
        bn = Self.makeNet(batchNorm: true, sigma: sigma, images: images, labels: labels, lr: learningRate, batch: batchSize, seed: seed)
        plain = Self.makeNet(batchNorm: false, sigma: sigma, images: images, labels: labels, lr: learningRate, batch: batchSize, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 1)
    }

    /// Epoch 0: both nets' accuracy before training, measured at the first step (not when
    /// the pair is built, so opening the lesson does not wait for 32 evaluations).
    private func measureStart() {
        let pending = nets.filter(\.accuracies.isEmpty)
        var start = [Double](repeating: 0, count: pending.count)
        start.withUnsafeMutableBufferPointer { out in
            ConcurrentWork.forEach(pending.count) { out[$0] = pending[$0].trainer.evaluate().train }
        }
        for (net, accuracy) in zip(pending, start) { net.accuracies = [(0, accuracy)] }
    }

    private static func makeNet(batchNorm: Bool, sigma: Double, images: Tensor, labels: [Int], lr: Double,
                                batch: Int, seed: UInt64) -> Net {
        // Same seed for both: batch-norm layers draw nothing, so both get the same weights.
        let model = Sequential.mlp(sizes: [images.columns] + hidden + [10], activation: .relu, init: .std(sigma),
                                   batchNorm: batchNorm, seed: seed)
        // Cannot throw: the set is never empty and batch ≥ 1. No test set (train accuracy only).
        let trainer = try! Trainer(model: model, optimizer: SGD(learningRate: lr), trainImages: images, trainLabels: labels,
                                   testImages: .zeros([0, images.columns]), testLabels: [], batchSize: batch,
                                   evaluationLimit: labels.count, seed: seed)
        return Net(batchNorm: batchNorm, model: model, trainer: trainer)
    }

    var nets: [Net] { [bn, plain] }
    var iterationsPerEpoch: Int { bn.trainer.iterationsPerEpoch }
    var totalIterations: Int { epochs * iterationsPerEpoch }
    /// Done: every net that has not diverged has trained `epochs` epochs — or the net with
    /// batch norm collapsed (the learning rate is too high: nothing more to see).
    var isFinished: Bool { iteration >= totalIterations || nets.allSatisfy(\.diverged) || bn.collapsed }
    var epoch: Int { iteration / iterationsPerEpoch }

    /// A new learning rate for both nets from the next iteration, marked on the curves.
    func setLearningRate(_ lr: Double) {
        learningRate = lr
        for net in nets { net.trainer.optimizer.learningRate = lr }
        if iteration > 0 { events.append((iteration, "lr=" + Self.short(lr))) }
    }

    /// One iteration: the same mini-batch through both nets (a diverged net sits out), side by
    /// side on the cores (`ConcurrentWork`: each net touches only its own trainer, and gets
    /// the bits it would alone); after an epoch's last iteration, both nets' train accuracy.
    func step() {
        guard !isFinished else { return }
        if iteration == 0 { measureStart() }
        let batch = rng.sampleWithReplacement(labels.count, min(batchSize, labels.count))
        let x = images.gatherRows(batch), t = batch.map { labels[$0] }
        let active = nets.filter { !$0.diverged }
        ConcurrentWork.forEach(active.count) { active[$0].trainer.step(x: x, labels: t) }
        iteration += 1
        if iteration % iterationsPerEpoch == 0 {
            for net in nets where !net.diverged {
                net.accuracies.append((iteration / iterationsPerEpoch, net.trainer.history.epochs.last?.trainAccuracy ?? net.trainer.evaluate().train))
            }
        }
    }

    /// Trains one epoch (or what is left of it).
    func stepEpoch() {
        let end = (iteration / iterationsPerEpoch + 1) * iterationsPerEpoch
        while iteration < end && !isFinished { step() }
    }

    /// The mean of the last 10 losses of `net` (finite ones), or nil.
    static func recentLoss(_ net: Net) -> Double? {
        let recent = net.losses.suffix(10).filter(\.isFinite)
        return recent.isEmpty ? nil : recent.reduce(0, +) / Double(recent.count)
    }

    /// Whether a net is stuck: after at least 2 epochs its train accuracy is below 20 %.
    func isStuck(_ net: Net) -> Bool {
        net.diverged || (net.accuracies.count > 2 && (net.lastAccuracy ?? 0) < 0.2)
    }

    /// At most 5 columns: "0.54", "0.086", "7e-3".
    static func compact(_ v: Double) -> String {
        if v >= 0.01 { return String(format: v >= 0.1 ? "%.2f" : "%.3f", v) }
        let e = Int(log10(v).rounded(.down))
        return "\(Int((v / pow(10, Double(e))).rounded()))e\(e)"
    }

    /// "0.01", "1e-4": short numbers for labels.
    static func short(_ v: Double) -> String {
        if v >= 0.01 || v == 0 { return String(format: "%.3g", v) }
        let e = Int(log10(v).rounded(.down)), m = v / pow(10, Double(e))
        let mant = String(format: "%.1f", m)
        return (mant == "1.0" ? "1" : mant) + "e\(e)"
    }
}

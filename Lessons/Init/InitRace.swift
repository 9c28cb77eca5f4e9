import Charts
import Dispatch
import LessonKit
import NumericCore

/// The book's comparison (ch. 6.2.4, `weight_init_compare.py`): 784 → 100 ×4 → 10 ReLU, SGD,
/// batch 128, one net per initial weight scale — std 0.01, Xavier, He — each fed the same
/// mini-batches (three trainers with one seed draw the same batches), so the curves differ
/// only by the start.
final class InitRace {
    static let sizes = [784, 100, 100, 100, 100, 10]
    static let inits: [(key: String, weights: WeightInit)] = [("std_0.01", .std(0.01)), ("xavier", .xavier), ("he", .he)]
    static let batchSize = 128
    /// Synthetic set sizes (when no MNIST directory is given).
    static let trainCount = 3000, testCount = 500
    static let evaluationLimit = 500
    static let smoothingWindow = 20
    /// A loss above this for `explosionWindow` iterations has blown up (an untrained net sits at ln 10 ≈ 2.3).
    static let explosionThreshold = 10.0
    static let explosionWindow = 20

    let context: LessonContext
    var planned = 1000
    private(set) var learningRate = 0.01
    private var built: DigitsSource?
    private(set) var runs: [Run] = []

    final class Run {
        let key: String
        let initializer: WeightInit
        let trainer: Trainer
        private(set) var smoothed: [Double] = []
        private(set) var divergedAt: Int?

        init(key: String, initializer: WeightInit, data: DigitsSource, learningRate: Double, seed: UInt64) {
            self.key = key
            self.initializer = initializer
            let net = Sequential.mlp(sizes: InitRace.sizes, activation: .relu, init: initializer, seed: seed)
            let train = data.split.train, test = data.split.test
            // Cannot throw: a DigitsSource's sets are never empty and the batch size is fixed.
            trainer = try! Trainer(model: net, optimizer: SGD(learningRate: learningRate),
                                   trainImages: train.images, trainLabels: train.labels,
                                   testImages: test.images, testLabels: test.labels,
                                   batchSize: InitRace.batchSize, evaluationLimit: InitRace.evaluationLimit, seed: seed &+ 1)
        }

        var iteration: Int { trainer.iteration }
        var hasDiverged: Bool { divergedAt != nil }
        var name: String { initializer.name }

        func step() {
            guard divergedAt == nil else { return }
            trainer.step()
            let losses = trainer.history.losses
            let window = losses.suffix(InitRace.smoothingWindow).filter(\.isFinite)
            smoothed.append(window.isEmpty ? .nan : window.reduce(0, +) / Double(window.count))
            if trainer.diverged || (losses.count >= InitRace.explosionWindow
                                    && losses.suffix(InitRace.explosionWindow).allSatisfy { !($0 <= InitRace.explosionThreshold) }) {
                divergedAt = losses.count
            }
        }
    }

    init(context: LessonContext) { self.context = context }

    var isBuilt: Bool { built != nil }
    var data: DigitsSource { build() }

    @discardableResult
    private func build() -> DigitsSource {
        if let built { return built }
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory,
                                     synthetic: (Self.trainCount, Self.testCount), seed: context.seed)
        built = data
        makeRuns()
        return data
    }

    private func makeRuns() {
        guard let built else { return }
        runs = Self.inits.map { Run(key: $0.key, initializer: $0.weights, data: built, learningRate: learningRate, seed: context.seed) }
    }

    var active: [Run] { runs.filter { !$0.hasDiverged && $0.iteration < planned } }
    var clock: Int { runs.map(\.iteration).max() ?? 0 }
    var isFinished: Bool { isBuilt && active.isEmpty }
    var allDiverged: Bool { isBuilt && !runs.isEmpty && runs.allSatisfy(\.hasDiverged) }

    /// One iteration of every active net, side by side on the cores.
    func step() {
        build()
        let runs = active
        ConcurrentWork.forEach(runs.count) { runs[$0].step() }
    }

    func advance(budget: Double) -> Bool {
        build()
        return FrameBudget.spend(budget) {
            guard !active.isEmpty else { return false }
            step()
            return true
        } > 0
    }

    func reset() { makeRuns() }

    /// A new learning rate from the next iteration on, marked on every curve.
    func setLearningRate(_ lr: Double) {
        guard lr != learningRate else { return }
        learningRate = lr
        for run in runs {
            run.trainer.optimizer.learningRate = lr
            if run.iteration > 0 { run.trainer.mark("lr=\(NumberText.format(lr, digits: 3))") }
        }
    }
}

import Dispatch
import Foundation
import LessonKit
import NumericCore

/// The book's DeepConvNet (`Sequential.deepConvNet`: six 3×3 convolutions, He init, dropout
/// 0.5) trained with Adam on digits for a bounded number of iterations, one iteration per
/// `step` (`DeepConvStep.step`): mini-batches drawn with replacement as the book's
/// `np.random.choice`.
///
/// After the first iteration, every `evaluateEvery` iterations and at the last one it
/// measures train and test accuracy on fixed subsets (the first `evaluationSize` images of
/// each set) and keeps the test subset's predictions, so the cell can show which test digits are still wrong. It times
/// each iteration (the clock is injectable so tests are exact) and stops by itself when the
/// loss is no longer finite, stays far above chance's ln 10, or the net collapses to chance.
final class DeepConvRun: PlayableRun {
    /// The run's settings; the book's net and batch unless a test asks for a tiny one.
    struct Config: Equatable {
        var iterations = 500
        var batchSize = 100
        var learningRate = 0.001
        /// Accuracy is measured every this many iterations (and after the first and the last).
        var evaluateEvery = 25
        /// The first this-many images of the test and the training set are measured.
        var evaluationSize = 300
        /// The six filter counts and the hidden units: the book's 16, 16, 32, 32, 64, 64 and 50.
        var filters = [16, 16, 32, 32, 64, 64]
        var hidden = 50
        /// Which net trains: 0 DeepConvNet, 1 the cnn lesson's SimpleConvNet (for comparison).
        var netIndex = 0
        /// SimpleConvNet's filters and hidden units: the book's 30 and 100 unless a test asks
        /// for fewer.
        var simpleFilters = 30
        var simpleHidden = 100
    }

    /// The nets by knob value (`--set model=deepconvnet|simpleconvnet`).
    static let netChoices = ["deepconvnet", "simpleconvnet"]
    static let netNames = ["DeepConvNet", "SimpleConvNet"]

    /// Why a run stopped by itself.
    enum Failure: Equatable {
        /// A loss came out NaN or infinite.
        case notFinite
        /// `explosionWindow` losses in a row above `explosionThreshold`.
        case blewUp
        /// Train accuracy at chance twice in a row and the loss stuck at ln 10: dead ReLUs.
        case stuckAtChance
    }

    /// Accuracy measured at one iteration, with the test subset's predicted classes.
    struct Evaluation: Equatable {
        var iteration: Int
        var trainAccuracy: Double
        var testAccuracy: Double
        var predictions: [Int]
    }

    /// Cross-entropy of 10 classes starts near ln 10 ≈ 2.3; a loss above this for
    /// `explosionWindow` iterations in a row means the learning rate is far too large.
    static let explosionThreshold = 6.0
    static let explosionWindow = 5
    /// Iteration times averaged for the iterations/s readout.
    static let timingWindow = 20

    let data: DigitsSource
    let seed: UInt64
    private(set) var config: Config
    private(set) var net: Sequential
    private(set) var optimizer: Adam
    private var rng: Xoshiro256StarStar
    /// The loss of every iteration (index = iteration − 1).
    private(set) var losses: [Double] = []
    private(set) var evaluations: [Evaluation] = []
    /// A knob change mid-run ("lr=0.01", "batch=50") at the iteration it happened.
    struct Event: Equatable {
        var iteration: Int
        var label: String
    }

    private(set) var events: [Event] = []
    private(set) var failure: Failure?
    /// The last `timingWindow` iterations' durations in seconds.
    private(set) var recentSeconds: [Double] = []
    /// Nanoseconds now; tests replace it with a fake clock.
    var clock: () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }

    /// The measured subsets: test images (NCHW) and labels, training images and labels.
    let testImages: Tensor
    let testLabels: [Int]
    private let trainSubset: Tensor
    private let trainSubsetLabels: [Int]

    init(data: DigitsSource, config: Config, seed: UInt64) {
        self.data = data
        self.config = config
        self.seed = seed
        let test = data.split.test, train = data.split.train
        let nTest = max(1, min(config.evaluationSize, test.count)), nTrain = max(1, min(config.evaluationSize, train.count))
        testImages = test.images.rows(0..<nTest).reshaped([nTest, 1, test.height, test.width])
        testLabels = Array(test.labels.prefix(nTest))
        trainSubset = train.images.rows(0..<nTrain).reshaped([nTrain, 1, train.height, train.width])
        trainSubsetLabels = Array(train.labels.prefix(nTrain))
        (net, optimizer, rng) = Self.fresh(config, seed: seed)
    }

    private static func fresh(_ config: Config, seed: UInt64) -> (Sequential, Adam, Xoshiro256StarStar) {
        let net = config.netIndex == 1
            ? Sequential.simpleConvNet(filters: config.simpleFilters, hidden: config.simpleHidden, seed: seed)
            : Sequential.deepConvNet(filters: config.filters, hidden: config.hidden, seed: seed)
        return (net, Adam(learningRate: config.learningRate), Xoshiro256StarStar(seed: seed &+ 1))
    }

    /// The last finished or interrupted run of each net (by `netIndex`), kept when the net
    /// restarts, for the comparison row.
    private(set) var records: [Int: ComparisonRecord] = [:]

    /// What this run has measured so far, as a comparison record.
    var record: ComparisonRecord {
        ComparisonRecord(netIndex: config.netIndex, parameters: parameterCount, iterationsPerSecond: iterationsPerSecond,
                         accuracies: evaluations.map { ($0.iteration, $0.testAccuracy) })
    }

    func restart() {
        if !evaluations.isEmpty { records[config.netIndex] = record }
        (net, optimizer, rng) = Self.fresh(config, seed: seed)
        losses = []
        evaluations = []
        events = []
        failure = nil
        recentSeconds = []
    }

    /// A new learning rate or batch size applies from the next iteration, marked on the
    /// curves; a new iteration count only moves the end; anything else restarts.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.netIndex != old.netIndex {
            // The record of the net that was training is kept under its own index.
            if !evaluations.isEmpty { records[old.netIndex] = ComparisonRecord(
                netIndex: old.netIndex, parameters: parameterCount, iterationsPerSecond: iterationsPerSecond,
                accuracies: evaluations.map { ($0.iteration, $0.testAccuracy) }) }
            evaluations = []
            restart(); return
        }
        if new.filters != old.filters || new.hidden != old.hidden || new.evaluateEvery != old.evaluateEvery
            || new.evaluationSize != old.evaluationSize {
            restart(); return
        }
        if new.learningRate != old.learningRate {
            optimizer.learningRate = new.learningRate
            mark("lr=" + NumberText.format(new.learningRate, digits: 3))
        }
        if new.batchSize != old.batchSize { mark("batch=\(new.batchSize)") }
    }

    private func mark(_ label: String) {
        guard iteration > 0 else { return }
        events.append(Event(iteration: iteration, label: label))
    }

    var iteration: Int { losses.count }
    var stopped: Bool { failure != nil }
    var isFinished: Bool { stopped || iteration >= config.iterations }

    /// One iteration on a fresh mini-batch; accuracy measured when due.
    func step() {
        guard !isFinished else { return }
        let train = data.split.train
        let batch = rng.sampleWithReplacement(train.count, min(config.batchSize, train.count))
        let x = train.images.gatherRows(batch).reshaped([batch.count, 1, train.height, train.width])
        let start = clock()
        let loss = DeepConvStep.step(net, x: x, labels: batch.map { train.labels[$0] }, optimizer: optimizer)
        let seconds = Double(clock() &- start) / 1e9
        recentSeconds = Array((recentSeconds + [seconds]).suffix(Self.timingWindow))
        losses.append(loss)
        if !loss.isFinite { failure = .notFinite; return }
        if losses.count >= Self.explosionWindow,
           losses.suffix(Self.explosionWindow).allSatisfy({ $0 > Self.explosionThreshold }) {
            failure = .blewUp
        }
        if iteration == 1 || iteration % max(1, config.evaluateEvery) == 0 || iteration == config.iterations || failure != nil {
            evaluate()
        }
        if failure == nil && isStuckAtChance { failure = .stuckAtChance }
    }

    /// Measures both subsets now and records the test predictions.
    func evaluate() {
        let predictions = Self.predictedClasses(net, testImages)
        let correct = zip(predictions, testLabels).filter { $0 == $1 }.count
        evaluations.append(Evaluation(iteration: iteration,
                                      trainAccuracy: net.accuracy(trainSubset, labels: trainSubsetLabels, batchSize: 100),
                                      testAccuracy: Double(correct) / Double(max(1, testLabels.count)),
                                      predictions: predictions))
    }

    /// The highest-scoring class of each image (inference mode, 100 at a time).
    static func predictedClasses(_ net: Sequential, _ x: Tensor) -> [Int] {
        let n = x.shape[0]
        var out: [Int] = []
        out.reserveCapacity(n)
        var start = 0
        while start < n {
            let end = min(start + 100, n)
            let scores = net.predict(x.rows(start..<end), training: false)
            let width = scores.columns, s = scores.scalars
            for r in 0..<(end - start) {
                var best = 0
                for j in 1..<width where s[r * width + j] > s[r * width + best] { best = j }
                out.append(best)
            }
            start = end
        }
        return out
    }

    /// The test-subset indices the last measurement got wrong, with the predicted class.
    var misclassified: [(index: Int, label: Int, predicted: Int)] {
        guard let last = evaluations.last else { return [] }
        return last.predictions.enumerated().compactMap { i, p in
            p == testLabels[i] ? nil : (index: i, label: testLabels[i], predicted: p)
        }
    }

    /// Whether the net collapsed to guessing: after `stuckIterations` iterations, the last
    /// three train accuracies at chance (≤ 12 %) and the mean of the last 20 losses within
    /// 0.05 of ln 10. (DeepConvNet with dropout sits near ln 10 for its first few dozen
    /// iterations even when it is about to learn, so the verdict waits.)
    ///
    /// Sooner, after 50 iterations: the last two measurements each gave every test digit the
    /// same class with train accuracy at chance — the scores no longer depend on the image,
    /// which is what dead ReLUs do (a learning net's early guesses still vary).
    var isStuckAtChance: Bool {
        let recent = evaluations.suffix(2)
        if iteration >= 50, recent.count == 2,
           recent.allSatisfy({ $0.trainAccuracy <= 0.15 && Set($0.predictions).count == 1 }) {
            return true
        }
        guard iteration >= Self.stuckIterations, evaluations.count >= 3, losses.count >= 20 else { return false }
        let mean = losses.suffix(20).reduce(0, +) / 20
        return evaluations.suffix(3).allSatisfy { $0.trainAccuracy <= 0.12 } && abs(mean - log(10)) <= 0.05
    }

    static let stuckIterations = 200

    /// Mean seconds per iteration over the last few; nil before the first.
    var secondsPerIteration: Double? {
        recentSeconds.isEmpty ? nil : recentSeconds.reduce(0, +) / Double(recentSeconds.count)
    }

    var iterationsPerSecond: Double? {
        secondsPerIteration.flatMap { $0 > 0 ? 1 / $0 : nil }
    }

    /// Trainable parameters of the net (123,552 for the book's).
    var parameterCount: Int { net.parameters.reduce(0) { $0 + $1.value.scalars.count } }

    /// Iterations for about `budget` seconds, at least one: an iteration of the full net can
    /// outlast a frame (then the screen updates once per iteration); true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }
}

import Dispatch
import LessonKit
import NumericCore

/// One sigmoid neuron trained by full-batch gradient descent (Ng's logistic regression:
/// weights and bias start at 0, every iteration w −= lr·dw, b −= lr·db on all training
/// examples) on either task: the 2-D blobs or "is it a 3?" on digits.
///
/// History entry k holds the cost and the train/test accuracy after k iterations (entry 0:
/// the untrained neuron, a = 0.5 everywhere, cost ln 2). A new learning rate applies from
/// the next iteration and is marked on the curves; a new task or digit restarts. The run
/// stops itself (`stopped`) when the cost stays above `divergedCost` for `divergedWindow`
/// iterations — the steps overshoot instead of descending — or a weight is not finite.
final class LogisticRun {
    /// What the neuron learns: the 2-D blobs or one digit against the nine others.
    enum Task: Int, CaseIterable {
        case toy, digits
        /// The command-line value (`--set task=toy`).
        var name: String { self == .toy ? "toy" : "digits" }
    }

    /// The knobs' settings.
    struct Config: Equatable {
        var task = Task.toy
        var learningRate = 0.5
        /// The digit the digits task asks about.
        var digit = 3
    }

    /// Three times the untrained cost ln 2: far above anywhere gradient descent passes.
    static let divergedCost = 3 * 0.6931471805599453
    static let divergedWindow = 10
    /// Iterations each task runs.
    static func iterations(_ task: Task) -> Int { task == .toy ? 300 : 400 }
    /// Iterations per frame at most, so the run is watchable on a fast machine.
    static func perFrame(_ task: Task) -> Int { task == .toy ? 2 : 4 }
    /// Digits used: the first 2000 training and 1000 test images.
    static let digitsLimit = (train: 2000, test: 1000)

    /// One history entry.
    struct Record: Equatable {
        var iteration: Int
        var cost: Double
        var trainAccuracy: Double
        var testAccuracy: Double
    }

    let digits: DigitsSource
    let seed: UInt64
    private(set) var config: Config
    private(set) var data: LogisticData
    private(set) var w: [Double]
    private(set) var b = 0.0
    private(set) var history: [Record] = []
    /// Knob changes: (iteration, label).
    private(set) var events: [(iteration: Int, label: String)] = []
    private(set) var stopped = false

    init(digits: DigitsSource, config: Config, seed: UInt64) {
        self.digits = digits
        self.seed = seed
        self.config = config
        data = Self.makeData(config: config, digits: digits, seed: seed)
        w = []
        restart()
    }

    /// A run on given data (tests use small fixed problems); a new task or digit still
    /// switches to the lesson's data.
    init(data: LogisticData, digits: DigitsSource, config: Config, seed: UInt64) {
        self.digits = digits
        self.seed = seed
        self.config = config
        self.data = data
        w = []
        restart()
    }

    static func makeData(config: Config, digits: DigitsSource, seed: UInt64) -> LogisticData {
        switch config.task {
        case .toy: LogisticData.toy(seed: seed)
        case .digits: LogisticData.isDigit(config.digit, data: digits, limit: digitsLimit)
        }
    }

    /// Zero weights and bias, the history back to entry 0.
    func restart() {
        w = [Double](repeating: 0, count: data.features)
        b = 0
        history = []
        events = []
        stopped = false
        record(iteration: 0)
    }

    /// A new learning rate applies from the next iteration (marked once training has begun);
    /// a new task or digit makes new data and restarts.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.task != old.task || (new.task == .digits && new.digit != old.digit) {
            data = Self.makeData(config: new, digits: digits, seed: seed)
            restart()
            return
        }
        if new.learningRate != old.learningRate && iteration > 0 {
            events.append((iteration, "lr=" + NumberText.format(new.learningRate, digits: 2)))
        }
    }

    var iteration: Int { history.last?.iteration ?? 0 }
    var maxIterations: Int { Self.iterations(config.task) }
    var isFinished: Bool { stopped || iteration >= maxIterations }
    var last: Record { history.last! }

    /// One iteration of gradient descent (the plain function `LogisticMath.vectorizedGradient`
    /// and the update), then the cost and accuracies of the new weights.
    func iterate() {
        guard !isFinished else { return }
        let g = LogisticMath.vectorizedGradient(x: data.train, y: data.trainY, w: w, b: b, transposed: data.trainTransposed)
        let lr = config.learningRate
        for j in w.indices { w[j] -= lr * g.dw[j] }
        b -= lr * g.db
        guard w.allSatisfy(\.isFinite) && b.isFinite else { stopped = true; return }
        record(iteration: iteration + 1)
        if history.count > Self.divergedWindow,
           history.suffix(Self.divergedWindow).allSatisfy({ $0.cost > Self.divergedCost }) { stopped = true }
    }

    private func record(iteration: Int) {
        let train = LogisticMath.outputs(x: data.train, w: w, b: b)
        let test = LogisticMath.outputs(x: data.test, w: w, b: b)
        history.append(Record(iteration: iteration, cost: LogisticMath.cost(outputs: train, y: data.trainY),
                              trainAccuracy: LogisticMath.accuracy(outputs: train, y: data.trainY),
                              testAccuracy: LogisticMath.accuracy(outputs: test, y: data.testY)))
    }

    /// Iterations for about `budget` seconds, at most `perFrame` of them; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget, maxSteps: Self.perFrame(config.task)) {
            guard !isFinished else { return false }
            iterate()
            return true
        } > 0
    }

    /// The accuracy of always answering the more common label (for digits: "no, not a 3").
    var baselineAccuracy: Double { max(data.positiveFraction, 1 - data.positiveFraction) }

    /// The neuron's output a at each point of `points` ([n, 2]), as a [n, 1] tensor (the
    /// map's model: `DecisionGrid` cuts one column at 0.5).
    func outputs(_ points: Tensor) -> Tensor {
        Tensor(shape: [points.rows, 1], scalars: LogisticMath.outputs(x: points, w: w, b: b))
    }
}

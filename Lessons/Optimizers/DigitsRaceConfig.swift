import NumericCore

/// The digits race's network, data and pacing. The defaults are the book's experiment
/// (`optimizer_compare_mnist.py`): 784 → 100 ×4 (ReLU, He init) → 10, batch 128, 2000
/// iterations; synthetic digits (5000 training, 1000 test images) unless MNIST is given.
struct DigitsRaceConfig: Equatable {
    /// Layer sizes, input first.
    var sizes = [784, 100, 100, 100, 100, 10]
    var batchSize = 128
    /// Iterations the race plays to.
    var iterations = 2000
    /// Synthetic set sizes (used when no MNIST directory is given).
    var trainCount = 5000
    var testCount = 1000
    /// Train and test accuracy are measured after every epoch (training-set size / batch
    /// iterations) on at most this many images of each (the first ones, so the numbers are
    /// comparable as the race goes).
    var evaluationLimit = 500
    /// Iterations averaged by the smoothed loss curve (a trailing mean).
    var smoothingWindow = 20

    /// The book's learning rates: SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001;
    /// Nesterov and RMSprop at the book's module defaults (0.01).
    static func learningRate(_ kind: OptimizerKind) -> Double { kind.defaultLearningRate }

    /// The net every racer starts from (ReLU, He init: std √(2/fan-in)), weights from `seed`.
    func makeNet(seed: UInt64) -> Sequential {
        Sequential.mlp(sizes: sizes, activation: .relu, init: .he, seed: seed)
    }

    /// "784-100-100-100-100-10".
    var shape: String { sizes.map(String.init).joined(separator: "-") }
}

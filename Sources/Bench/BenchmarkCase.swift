import NumericCore

/// One benchmark: a name, how to build its inputs and the timed Swift work, and the key of
/// the numpy case (in `Benchmarks/numpy_reference.py`) that runs the same algorithm.
///
/// To add a case, append one to `BenchmarkCase.standard` (or pass your own list to
/// `Benchmark.run`): `setup` builds the inputs outside the timing and returns the closure
/// that is timed, once per run.
public struct BenchmarkCase {
    /// Short name shown in the report, e.g. "matmul 512³".
    public let name: String
    /// Key of the numpy reference case, or nil when there is none.
    public let numpyKey: String?
    /// Floating-point operations of one run, for a GFLOPS column (nil: not shown).
    public let flops: Double?
    /// At most this many timed runs, without warm-up, whatever the options say (nil: the
    /// options decide): for whole experiments that take seconds per run. The numpy script
    /// caps the same keys the same way (its `MAX_REPEATS`).
    public let maxRepeats: Int?
    /// Builds the inputs and returns the work of one timed run.
    public let setup: () -> () -> Void

    /// A case named `name`, compared with numpy case `numpyKey`.
    public init(name: String, numpyKey: String?, flops: Double? = nil, maxRepeats: Int? = nil,
                setup: @escaping () -> () -> Void) {
        self.name = name
        self.numpyKey = numpyKey
        self.flops = flops
        self.maxRepeats = maxRepeats
        self.setup = setup
    }

    /// C = A·B for random normal A (m×k) and B (k×n); numpy key `matmul_<m>x<k>x<n>`, or
    /// `matmul_<m>` for a cube.
    public static func matmul(m: Int, k: Int, n: Int) -> BenchmarkCase {
        let cube = m == k && k == n
        return BenchmarkCase(
            name: cube ? "matmul \(m)³" : "matmul \(m)×\(k)·\(k)×\(n)",
            numpyKey: cube ? "matmul_\(m)" : "matmul_\(m)x\(k)x\(n)",
            flops: 2 * Double(m) * Double(k) * Double(n)
        ) {
            var rng = Xoshiro256StarStar(seed: 0)
            let a = Tensor.randomNormal([m, k], using: &rng)
            let b = Tensor.randomNormal([k, n], using: &rng)
            return { Benchmark.blackHole(MatMul.multiply(a, b)) }
        }
    }

    /// The cases `nnbook bench` runs by default.
    public static var standard: [BenchmarkCase] {
        [
            .matmul(m: 100, k: 784, n: 50),  // the first layer of the 784-50-10 net, batch 100
            .matmul(m: 128, k: 100, n: 100), // a hidden layer of the 100-wide nets, batch 128
            .matmul(m: 256, k: 256, n: 256),
            .matmul(m: 512, k: 512, n: 512),
            .trainIteration784x50x10,
            .convNetIteration,
            .deepConvNetIteration,
            .optimizerRace,
            .optimizerRaceInTurn,
            .batchNormGrid,
            .regularizationRun,
            .svd784x1000,
            .slidingWindowSlow,
            .slidingWindowConvolutional,
            .charRNNStep,
            .frame200x60,
        ]
    }

    /// One SGD iteration of the book's TwoLayerNet (784-50-10, sigmoid hidden layer,
    /// softmax-with-loss, weight std 0.01, lr 0.1) on a fixed batch of 100: forward with the
    /// loss, backward, update. numpy key `train_iteration_784_50_10`.
    public static var trainIteration784x50x10: BenchmarkCase {
        BenchmarkCase(name: "train iteration 784-50-10", numpyKey: "train_iteration_784_50_10") {
            var rng = Xoshiro256StarStar(seed: 0)
            let x = Tensor.randomUniform([100, 784], using: &rng)
            let labels = (0..<100).map { _ in rng.nextInt(below: 10) }
            let net = Sequential.mlp(sizes: [784, 50, 10], activation: .sigmoid, init: .std(0.01), seed: 0)
            let sgd = SGD(learningRate: 0.1)
            return {
                Benchmark.blackHole(net.gradient(x, labels: labels))
                sgd.update(net.parameters)
            }
        }
    }
}

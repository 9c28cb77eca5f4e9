import NumericCore

extension BenchmarkCase {
    /// One Adam iteration of the book's SimpleConvNet (1×28×28 input; conv 30×5×5, pad 0,
    /// stride 1 → ReLU → 2×2 max pool stride 2 → affine 4320→100 → ReLU → affine 100→10 →
    /// softmax-with-loss; weight std 0.01; Adam lr 0.001, the book's form) on a fixed batch of
    /// 100: forward with the loss, backward, update. numpy key `convnet_iteration`
    /// (`Benchmarks/ref_convnet.py`: the book's im2col-based layers in numpy).
    public static var convNetIteration: BenchmarkCase {
        BenchmarkCase(name: "SimpleConvNet iteration, conv 30×5×5, batch 100, Adam", numpyKey: "convnet_iteration") {
            var rng = Xoshiro256StarStar(seed: 0)
            let x = Tensor.randomUniform([100, 1, 28, 28], using: &rng)
            let labels = (0..<100).map { _ in rng.nextInt(below: 10) }
            let net = Sequential.simpleConvNet(seed: 0)
            let adam = Adam(learningRate: 0.001)
            return {
                Benchmark.blackHole(net.gradient(x, labels: labels))
                adam.update(net.parameters)
            }
        }
    }

    /// One Adam iteration of the book's DeepConvNet (`Sequential.deepConvNet`: six 3×3 convs
    /// with ReLU, three 2×2 pools, 1024→50→10 with two dropouts, He init; Adam lr 0.001) on a
    /// fixed batch of 100: forward with the loss (dropout masks drawn, as in training),
    /// backward, update. numpy key `deepconvnet_iteration` (`Benchmarks/ref_deepconvnet.py`).
    public static var deepConvNetIteration: BenchmarkCase {
        BenchmarkCase(name: "DeepConvNet iteration, six 3×3 convs, batch 100, Adam", numpyKey: "deepconvnet_iteration") {
            var rng = Xoshiro256StarStar(seed: 0)
            let x = Tensor.randomUniform([100, 1, 28, 28], using: &rng)
            let labels = (0..<100).map { _ in rng.nextInt(below: 10) }
            let net = Sequential.deepConvNet(seed: 0)
            let adam = Adam(learningRate: 0.001)
            return {
                Benchmark.blackHole(net.gradient(x, labels: labels))
                adam.update(net.parameters)
            }
        }
    }
}

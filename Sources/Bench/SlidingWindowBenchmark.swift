import NumericCore

extension BenchmarkCase {
    /// The detection lesson's window classifier (conv 6×5×5 → ReLU → 4×4 max pool stride 4 →
    /// Affine 216→32 → ReLU → Affine 32→11, He init, seed 0) over one 64×64 scene, window 28.
    static func slidingWindowSetup() -> (classifier: Sequential, scene: Tensor) {
        var rng = Xoshiro256StarStar(seed: 0)
        let classifier = Sequential(layers: [
            Convolution(filters: 6, channels: 1, filterHeight: 5, filterWidth: 5, init: .he, using: &rng),
            ReLU(),
            MaxPooling(poolHeight: 4, poolWidth: 4, stride: 4),
            Affine(inputSize: 216, outputSize: 32, init: .he, using: &rng),
            ReLU(),
            Affine(inputSize: 32, outputSize: 11, init: .he, using: &rng),
        ])
        return (classifier, Tensor.randomUniform([64, 64], using: &rng))
    }

    /// The slow way: the classifier run on each of the 10×10 windows of a 64×64 scene at
    /// stride 4, one forward pass per window (`SlidingWindow.slow`). numpy key
    /// `sliding_window_slow` (`Benchmarks/ref_sliding_window.py`: the same loop of crops).
    public static var slidingWindowSlow: BenchmarkCase {
        BenchmarkCase(name: "sliding window, 100 crops of 28×28 (stride 4)", numpyKey: "sliding_window_slow") {
            let (classifier, scene) = slidingWindowSetup()
            return { Benchmark.blackHole(try? SlidingWindow.slow(classifier: classifier, image: scene, window: 28, stride: 4)) }
        }
    }

    /// The convolutional way: the same classifier with its affine layers as convolutions
    /// (`Sequential.convolutionalized`), one forward pass over the 64×64 scene giving the same
    /// 11×10×10 scores. numpy key `sliding_window_convolutional`.
    public static var slidingWindowConvolutional: BenchmarkCase {
        BenchmarkCase(name: "sliding window, one convolutional pass", numpyKey: "sliding_window_convolutional") {
            let (classifier, scene) = slidingWindowSetup()
            let convolutional = classifier.convolutionalized(input: (1, 28, 28))
            return { Benchmark.blackHole(try? SlidingWindow.convolutional(convolutional, image: scene, window: 28)) }
        }
    }
}

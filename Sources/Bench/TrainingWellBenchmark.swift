import Foundation
import NumericCore

extension BenchmarkCase {
    /// The `batchnorm` lesson's grid, whole: the book's ch. 6 batch-norm experiment at 16 init
    /// scales σ on logspace(0, −4, 16), each with two nets 784 → 100 ×5 → 10 (ReLU, weights
    /// N(0, σ²)), one with batch norm after every hidden Affine and one without, trained with
    /// SGD lr 0.01 for 20 epochs of the first 1000 training images (batches of 100 drawn with
    /// replacement, the same for both nets), and train accuracy over all 1000 images before
    /// training and after every epoch — 6 400 iterations and 672 evaluations in one run, the two
    /// nets of each σ side by side on the cores as the lesson trains them. The
    /// images are 1000 fixed uniform "images" with random labels (the work is the same as on
    /// digits). numpy key `batchnorm_grid` (`Benchmarks/ref_training_well.py`, the book's
    /// layers: Affine, BatchNormalization, Relu, SoftmaxWithLoss, SGD).
    public static var batchNormGrid: BenchmarkCase {
        BenchmarkCase(name: "batchnorm grid 16σ×2 nets×20 epochs", numpyKey: "batchnorm_grid", maxRepeats: 2) {
            var rng = Xoshiro256StarStar(seed: 0)
            let images = Tensor.randomUniform([1000, 784], using: &rng)
            let labels = (0..<1000).map { _ in rng.nextInt(below: 10) }
            let sigmas = (0..<16).map { pow(10, -4 * Double($0) / 15) }
            let batches = (0..<200).map { _ in rng.sampleWithReplacement(1000, 100) }
            let sizes = [784, 100, 100, 100, 100, 100, 10]
            return {
                for sigma in sigmas {
                    // The pair side by side, one net per core, as the lesson's `ScalePair` steps them.
                    let nets = [true, false].map {
                        Sequential.mlp(sizes: sizes, activation: .relu, init: .std(sigma), batchNorm: $0, seed: 0)
                    }
                    let optimizers = nets.map { _ in SGD(learningRate: 0.01) }
                    var accuracies = nets.map { [$0.accuracy(images, labels: labels, batchSize: 1000)] }
                    for (i, batch) in batches.enumerated() {
                        let x = images.gatherRows(batch), t = batch.map { labels[$0] }
                        accuracies.withUnsafeMutableBufferPointer { curves in
                            ConcurrentWork.forEach(nets.count) { k in
                                nets[k].gradient(x, labels: t)
                                optimizers[k].update(nets[k].parameters)
                                if (i + 1) % 10 == 0 { curves[k].append(nets[k].accuracy(images, labels: labels, batchSize: 1000)) }
                            }
                        }
                    }
                    Benchmark.blackHole(accuracies)
                }
            }
        }
    }

    /// One run of the `regularization` lesson's overfitting experiment with weight decay, the
    /// book's settings (ch. 6, figure 6-21): the first 300 training images, 784 → 100 ×6 → 10
    /// (ReLU, He init), SGD lr 0.01, batches of 100 drawn with replacement, λ = 0.1, 201 epochs
    /// (603 iterations), and after every epoch the accuracy on the 300 training images and on
    /// 1000 test images (the lesson's evaluation limit). Uniform "images" with random labels.
    /// numpy key `regularization_run` (`Benchmarks/ref_training_well.py`).
    public static var regularizationRun: BenchmarkCase {
        BenchmarkCase(name: "regularization run 784-100×6-10 λ 0.1, 201 epochs", numpyKey: "regularization_run",
                      maxRepeats: 3) {
            var rng = Xoshiro256StarStar(seed: 0)
            let train = Tensor.randomUniform([300, 784], using: &rng)
            let trainLabels = (0..<300).map { _ in rng.nextInt(below: 10) }
            let test = Tensor.randomUniform([1000, 784], using: &rng)
            let testLabels = (0..<1000).map { _ in rng.nextInt(below: 10) }
            let batches = (0..<603).map { _ in rng.sampleWithReplacement(300, 100) }
            let sizes = [784] + Array(repeating: 100, count: 6) + [10]
            return {
                let net = Sequential.mlp(sizes: sizes, activation: .relu, init: .he, weightDecay: 0.1, seed: 0)
                let sgd = SGD(learningRate: 0.01)
                var accuracies: [(Double, Double)] = []
                for (i, batch) in batches.enumerated() {
                    net.gradient(train.gatherRows(batch), labels: batch.map { trainLabels[$0] })
                    sgd.update(net.parameters)
                    if (i + 1) % 3 == 0 {
                        accuracies.append((net.accuracy(train, labels: trainLabels, batchSize: 300),
                                           net.accuracy(test, labels: testLabels, batchSize: 1000)))
                    }
                }
                Benchmark.blackHole(accuracies)
            }
        }
    }
}

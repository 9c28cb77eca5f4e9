import NumericCore

/// The settings of one two-layer net training run. The defaults are the book's (ch. 4):
/// 784-50-10, sigmoid, weight std 0.01, batch 100, SGD lr 0.1.
struct NetConfig: Equatable {
    var hiddenSize = 50
    var activation = HiddenActivation.sigmoid
    var batchSize = 100
    var learningRate = 0.1
    /// The weight init standard deviation (the book's `weight_init_std`).
    var weightStd = 0.01

    /// A new net: input → hidden → 10, Affine → activation → Affine (softmax-with-loss is
    /// the `Sequential`'s output layer), weights N(0, std²), seeded by `seed`.
    func makeNet(inputSize: Int, classes: Int, seed: UInt64) -> Sequential {
        Sequential.mlp(sizes: [inputSize, hiddenSize, classes], activation: activation.activation,
                       init: .std(weightStd), seed: seed)
    }
}

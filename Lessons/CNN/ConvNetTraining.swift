import NumericCore

/// One training run of the book's SimpleConvNet (conv 30×5×5 → ReLU → 2×2 max pool →
/// affine 100 → ReLU → affine 10 → softmax-with-loss; weights std 0.01) with Adam, by the
/// core's `Trainer` (mini-batches drawn with replacement, as the book). Keeps the
/// first-layer filters as they were before training.
final class ConvNetTraining {
    let net: Sequential
    let trainer: Trainer
    /// The 30 first-layer filters (30 × 25 values) before the first step.
    let initialFilters: [Double]
    /// The test images, NCHW (for the feature maps of a chosen digit).
    let testImages: Tensor
    let testLabels: [Int]

    /// A fresh net on `data`, drawn with `seed`. `filters` and `hidden` are the book's 30 and
    /// 100 unless a test asks for a smaller net (debug builds are slow).
    init(data: DataSplit, learningRate: Double, batchSize: Int, seed: UInt64, filters: Int = 30, hidden: Int = 100) {
        net = Sequential.simpleConvNet(filters: filters, hidden: hidden, seed: seed)
        initialFilters = net.parameters[0].value.scalars
        testImages = data.test.imagesNCHW
        testLabels = data.test.labels
        // Cannot throw: a DigitsSource's sets are never empty and the batch knob keeps 10...200.
        trainer = try! Trainer(model: net, optimizer: Adam(learningRate: learningRate),
                          trainImages: data.train.imagesNCHW, trainLabels: data.train.labels,
                          testImages: testImages, testLabels: testLabels,
                          batchSize: batchSize, sampling: .withReplacement, evaluationLimit: 500, seed: seed)
    }

    /// The number of first-layer filters.
    var filterCount: Int { net.parameters[0].value.shape[0] }

    /// The first-layer filters now (30 × 25 values).
    var filters: [Double] { net.parameters[0].value.scalars }

    /// The index of the first test image of `digit` (0 if there is none).
    func testIndex(of digit: Int) -> Int { testLabels.firstIndex(of: digit) ?? 0 }

    /// The 30 feature maps (24×24 each, after ReLU) of test image `index`: what the first
    /// layer passes on to pooling.
    func featureMaps(ofTestImage index: Int) -> Tensor {
        let x = testImages.rows(index..<(index + 1))
        let conv = net.layers[0].forward(x, training: false)
        return net.layers[1].forward(conv, training: false)
    }

    /// The pixels of test image `index` (28×28).
    func testImage(_ index: Int) -> [Double] { testImages.row(index) }
}

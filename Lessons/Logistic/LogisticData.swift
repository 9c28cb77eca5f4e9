import NumericCore

/// A binary task for logistic regression: training and test examples as rows, labels 0 or 1.
struct LogisticData {
    let train: Tensor
    let trainY: [Double]
    let test: Tensor
    let testY: [Double]
    /// The training examples as columns (Ng's X), made once for the gradient's Xᵀ·dZ.
    let trainTransposed: Tensor

    init(train: Tensor, trainY: [Double], test: Tensor, testY: [Double]) {
        self.train = train
        self.trainY = trainY
        self.test = test
        self.testY = testY
        trainTransposed = train.transposed()
    }

    var features: Int { train.columns }

    /// The fraction of label 1 in the training set.
    var positiveFraction: Double { trainY.isEmpty ? 0 : trainY.reduce(0, +) / Double(trainY.count) }

    /// The toy set: two Gaussian blobs of the same spread (σ = 1) centred at (0, 1.5),
    /// class 0, and (2, 2.5), class 1, half the points each, away from the origin so the
    /// bias b has to travel too. For two Gaussians with the same
    /// covariance the best possible boundary is a straight line, exactly what one sigmoid
    /// neuron draws; the overlap (about 13 % of the points fall on the wrong side of it) keeps
    /// the loss from reaching 0 and the weights from growing without end.
    static let blobCentres = [(0.0, 1.5), (2.0, 2.5)]
    static let toyTrainCount = 200
    static let toyTestCount = 400

    static func blobs(count: Int, seed: UInt64) -> (Tensor, [Double]) {
        var rng = Xoshiro256StarStar(seed: seed)
        var points: [Double] = [], labels: [Double] = []
        for i in 0..<count {
            let label = i % 2, centre = blobCentres[label]
            points += [centre.0 + rng.nextNormal(), centre.1 + rng.nextNormal()]
            labels.append(Double(label))
        }
        return (Tensor(shape: [count, 2], scalars: points), labels)
    }

    /// The toy task from `seed` (the test set from another stream of the same seed).
    static func toy(seed: UInt64) -> LogisticData {
        let (train, trainY) = blobs(count: toyTrainCount, seed: seed &+ 11)
        let (test, testY) = blobs(count: toyTestCount, seed: seed &+ 12)
        return LogisticData(train: train, trainY: trainY, test: test, testY: testY)
    }

    /// "Is it a `digit`?" on digits: label 1 for that digit, 0 for the nine others; the first
    /// `limit.train` and `limit.test` images of each set.
    static func isDigit(_ digit: Int, data: DigitsSource, limit: (train: Int, test: Int)) -> LogisticData {
        let train = data.split.train.prefix(min(limit.train, data.split.train.count))
        let test = data.split.test.prefix(min(limit.test, data.split.test.count))
        return LogisticData(train: train.images, trainY: train.labels.map { $0 == digit ? 1 : 0 },
                            test: test.images, testY: test.labels.map { $0 == digit ? 1 : 0 })
    }
}

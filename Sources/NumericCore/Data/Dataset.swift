/// A labelled set of grayscale images: the input of every digit-classification lesson
/// (the synthetic digits, or MNIST / Fashion-MNIST loaded from IDX files).
///
/// Images are stored flattened, one image per row: `images` has shape (N, height·width),
/// pixel values in [0, 1], each row in row-major order (top row first). `imagesNCHW` gives
/// the same pixels as an (N, 1, height, width) batch for convolutional layers.
public struct Dataset: Sendable, Equatable {
    /// A short name for display, e.g. "synthetic digits (train)" or "MNIST test".
    public var name: String
    /// Where the data came from (a generator and its seed, or a directory).
    public var source: String
    /// The images, shape (N, height·width), values in [0, 1].
    public private(set) var images: Tensor
    /// The class of each image, in 0..<classes.
    public private(set) var labels: [Int]
    /// The number of classes (10 for digits).
    public let classes: Int
    /// Image width in pixels.
    public let width: Int
    /// Image height in pixels.
    public let height: Int

    /// A dataset of `labels.count` images of `height`×`width` pixels.
    /// - Precondition: `images` has shape (labels.count, height·width) and every label is in 0..<classes.
    public init(name: String, source: String, images: Tensor, labels: [Int], classes: Int,
                width: Int, height: Int) {
        precondition(images.shape == [labels.count, width * height],
                     "Dataset: images of shape \(images.shape) for \(labels.count) labels of \(width)×\(height)")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < classes }, "Dataset: a label is outside 0..<\(classes)")
        self.name = name
        self.source = source
        self.images = images
        self.labels = labels
        self.classes = classes
        self.width = width
        self.height = height
    }

    /// The number of images.
    public var count: Int { labels.count }

    /// The same images as an NCHW batch: shape (N, 1, height, width).
    public var imagesNCHW: Tensor { images.reshaped([count, 1, height, width]) }

    /// The labels as one-hot rows: shape (N, classes), 1 at the label, 0 elsewhere
    /// (the book's `one_hot_label=True`).
    public var oneHotLabels: Tensor { Dataset.oneHot(labels, classes: classes) }

    /// How many images each class has (index = class).
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classes)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The pixels of image `index`, row-major, `height·width` values (for drawing one image).
    public func image(_ index: Int) -> [Double] { images.row(index) }

    /// The first `n` images (the book's small-training-set experiments use the first 300,
    /// 500 or 1000 samples). `n` is clamped to `count`.
    public func prefix(_ n: Int) -> Dataset {
        let k = max(0, min(n, count))
        return Dataset(name: name, source: source, images: images.rows(0..<k),
                       labels: Array(labels.prefix(k)), classes: classes, width: width, height: height)
    }

    /// The images at `indices`, in that order (a mini-batch, or a shuffled copy).
    public func gather(_ indices: [Int]) -> Dataset {
        Dataset(name: name, source: source, images: images.gatherRows(indices),
                labels: indices.map { labels[$0] }, classes: classes, width: width, height: height)
    }

    /// One-hot rows for `labels`: shape (labels.count, classes).
    public static func oneHot(_ labels: [Int], classes: Int) -> Tensor {
        var values = [Double](repeating: 0, count: labels.count * classes)
        for (row, label) in labels.enumerated() where label >= 0 && label < classes {
            values[row * classes + label] = 1
        }
        return Tensor(shape: [labels.count, classes], scalars: values)
    }
}

/// A training set and a test set drawn from the same source.
public struct DataSplit: Sendable, Equatable {
    /// The samples a model learns from.
    public var train: Dataset
    /// Held-out samples for measuring accuracy.
    public var test: Dataset

    /// A split of `train` and `test`.
    public init(train: Dataset, test: Dataset) {
        self.train = train
        self.test = test
    }
}

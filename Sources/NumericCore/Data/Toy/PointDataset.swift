/// Labelled points in the plane: the toy problems (XOR, circles, moons, spirals) whose
/// decision boundaries a lesson draws. Points are the rows of an (N, 2) tensor.
public struct PointDataset: Sendable, Equatable {
    /// A short name for display ("moons", "3 spirals").
    public var name: String
    /// The points, shape (N, 2): column 0 is x, column 1 is y.
    public private(set) var points: Tensor
    /// The class of each point, in 0..<classes.
    public private(set) var labels: [Int]
    /// The number of classes.
    public let classes: Int

    /// A dataset of `labels.count` points.
    /// - Precondition: `points` has shape (labels.count, 2) and every label is in 0..<classes.
    public init(name: String, points: Tensor, labels: [Int], classes: Int) {
        precondition(points.shape == [labels.count, 2], "PointDataset: points of shape \(points.shape) for \(labels.count) labels")
        precondition(labels.allSatisfy { $0 >= 0 && $0 < classes }, "PointDataset: a label is outside 0..<\(classes)")
        self.name = name
        self.points = points
        self.labels = labels
        self.classes = classes
    }

    /// The number of points.
    public var count: Int { labels.count }

    /// The labels as one-hot rows, shape (N, classes).
    public var oneHotLabels: Tensor { Dataset.oneHot(labels, classes: classes) }

    /// Point `index` as (x, y).
    public func point(_ index: Int) -> (x: Double, y: Double) {
        (points.scalars[2 * index], points.scalars[2 * index + 1])
    }

    /// The smallest box holding every point: (minX, maxX, minY, maxY); zeros when empty.
    public var bounds: (minX: Double, maxX: Double, minY: Double, maxY: Double) {
        guard count > 0 else { return (0, 0, 0, 0) }
        var b = (minX: Double.infinity, maxX: -Double.infinity, minY: Double.infinity, maxY: -Double.infinity)
        for i in 0..<count {
            let p = point(i)
            b = (min(b.minX, p.x), max(b.maxX, p.x), min(b.minY, p.y), max(b.maxY, p.y))
        }
        return b
    }

    /// The same points with label noise: each label of a two-class set flipped (0 ↔ 1) with
    /// probability `fraction`, one uniform draw per point from a generator seeded with `seed`.
    /// The flip rate is the error even the best classifier makes on such data (the optimal,
    /// or Bayes, error when the classes themselves do not overlap).
    /// - Precondition: the set has two classes.
    public func flippingLabels(fraction: Double, seed: UInt64) -> PointDataset {
        precondition(classes == 2, "PointDataset.flippingLabels: needs two classes, has \(classes)")
        var rng = Xoshiro256StarStar(seed: seed)
        return PointDataset(name: name, points: points, labels: labels.map { rng.nextUniform() < fraction ? 1 - $0 : $0 },
                            classes: classes)
    }

    /// Builds a dataset of `count` points, point i of class i mod `classes` placed by
    /// `place(classIndex, positionInClass, &rng)` plus Gaussian noise of std `noise` per axis.
    static func make(name: String, count: Int, classes: Int, noise: Double, seed: UInt64,
                     place: (Int, Int, inout Xoshiro256StarStar) -> (Double, Double)) -> PointDataset {
        let n = max(0, count)
        var rng = Xoshiro256StarStar(seed: seed)
        var values = [Double](repeating: 0, count: 2 * n)
        var labels = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let label = i % classes
            let (x, y) = place(label, i / classes, &rng)
            values[2 * i] = x + noise * rng.nextNormal()
            values[2 * i + 1] = y + noise * rng.nextNormal()
            labels[i] = label
        }
        return PointDataset(name: name, points: Tensor(shape: [n, 2], scalars: values), labels: labels, classes: classes)
    }
}

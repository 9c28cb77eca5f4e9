import Charts
import LessonKit
import Dispatch
import NumericCore

/// A small net (784 → 64 → 2 or 8, ReLU, He init, the output scaled to unit length) that maps digit
/// images to points on the unit circle, trained with the triplet loss and Adam. One iteration
/// draws a pool of images (an equal number per class), embeds them, picks one triplet per
/// anchor in the pool — the positive at random from its class, the negative at random from the
/// other classes ("random" mining) or the one closest to the anchor ("hard" mining) — and
/// backpropagates the mean triplet loss through the normalization and the net.
final class EmbeddingRun {
    /// How negatives are chosen (the `mining` knob's values: 0 random, 1 hard).
    enum Mining: Int, CaseIterable { case random = 0, hard = 1 }

    struct Config: Equatable {
        var margin = 0.2
        var learningRate = 0.003
        var mining = Mining.random
        /// Digits 0..<classes are used.
        var classes = 5
        var hidden = 64
        var iterations = 600
        /// Images per class in one iteration's pool.
        var perClass = 8
        /// The embedding's dimension (the `dim` knob: 2 or 8).
        var dimension = 2
    }

    /// The held-out images embedded for the scatter and the checks, per class.
    static let heldOutPerClass = 40

    let seed: UInt64
    let data: DigitsSource
    private(set) var config: Config
    private(set) var net: Sequential
    private(set) var optimizer: Adam
    private var rng: Xoshiro256StarStar
    /// Training image indices per class (classes 0..<config.classes).
    private(set) var trainByClass: [[Int]] = []
    /// Held-out (test-set) images and their labels.
    private(set) var heldOut: (images: Tensor, labels: [Int])
    private(set) var iteration = 0
    /// The mean triplet loss and the fraction of active triplets per iteration.
    private(set) var losses: [Double] = []
    private(set) var activeFractions: [Double] = []
    /// Knob changes mid-run, at the iteration they took effect.
    private(set) var events: [(iteration: Int, label: String)] = []
    private(set) var stopped = false
    private var cache: (iteration: Int, points: [[Double]])?
    private var shownCache: (iteration: Int, points: [[Double]])?

    init(data: DigitsSource, config: Config = Config(), seed: UInt64) {
        self.data = data
        self.config = config
        self.seed = seed
        rng = Xoshiro256StarStar(seed: seed &+ 11)
        (net, optimizer) = Self.makeNet(config: config, inputs: data.split.train.images.columns, seed: seed)
        heldOut = (Tensor.zeros([1, 1]), [])
        prepareData()
    }

    private static func makeNet(config: Config, inputs: Int, seed: UInt64) -> (Sequential, Adam) {
        var r = Xoshiro256StarStar(seed: seed)
        let net = Sequential(layers: [
            Affine(inputSize: inputs, outputSize: config.hidden, init: .he, using: &r), ReLU(),
            Affine(inputSize: config.hidden, outputSize: config.dimension, init: .xavier, using: &r),
        ])
        return (net, Adam(learningRate: config.learningRate))
    }

    private func prepareData() {
        let train = data.split.train, test = data.split.test
        trainByClass = (0..<config.classes).map { c in train.labels.indices.filter { train.labels[$0] == c } }
        var picked: [Int] = []
        for c in 0..<config.classes {
            picked += test.labels.indices.filter { test.labels[$0] == c }.prefix(Self.heldOutPerClass)
        }
        heldOut = (test.images.gatherRows(picked), picked.map { test.labels[$0] })
    }

    func restart() {
        (net, optimizer) = Self.makeNet(config: config, inputs: data.split.train.images.columns, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 11)
        prepareData()
        iteration = 0
        losses = []
        activeFractions = []
        events = []
        stopped = false
        cache = nil
        shownCache = nil
    }

    /// α, lr and mining apply from the next iteration (marked on the curve once training has
    /// begun); a new number of classes or hidden size restarts.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.classes != old.classes || new.hidden != old.hidden || new.dimension != old.dimension { restart(); return }
        optimizer.learningRate = new.learningRate
        guard iteration > 0 else { return }
        if new.margin != old.margin { events.append((iteration, "α=" + NumberText.format(new.margin, digits: 2))) }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + NumberText.format(new.learningRate, digits: 2))) }
        if new.mining != old.mining { events.append((iteration, new.mining == .hard ? "hard" : "random")) }
    }

    var isFinished: Bool { stopped || iteration >= config.iterations }

    /// Ten iterations (fewer at the end).
    func step() { for _ in 0..<10 where !isFinished { iterate() } }

    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            iterate()
            return true
        } > 0
    }

    /// Rows of `t` as arrays.
    static func rows(_ t: Tensor) -> [[Double]] { (0..<t.rows).map { t.row($0) } }

    /// One training iteration (see the type's comment); returns the mean triplet loss.
    @discardableResult
    func iterate() -> Double {
        var indices: [Int] = [], labels: [Int] = []
        for c in 0..<config.classes {
            let pool = trainByClass[c]
            for _ in 0..<config.perClass { indices.append(pool[rng.nextInt(below: pool.count)]); labels.append(c) }
        }
        let x = data.split.train.images.gatherRows(indices)
        let z = net.predict(x, training: true)
        let raw = Self.rows(z)
        let e = raw.map(TripletLoss.normalize)
        let triplets = Self.triplets(embeddings: e, labels: labels, mining: config.mining, rng: &rng)
        let dim = config.dimension
        var grads = [[Double]](repeating: [Double](repeating: 0, count: dim), count: e.count)
        var total = 0.0, active = 0
        for t in triplets {
            let r = TripletLoss.evaluate(anchor: e[t.a], positive: e[t.p], negative: e[t.n], margin: config.margin)
            total += r.loss
            if r.active { active += 1 }
            for k in 0..<dim {
                grads[t.a][k] += r.dAnchor[k]; grads[t.p][k] += r.dPositive[k]; grads[t.n][k] += r.dNegative[k]
            }
        }
        let m = Double(max(1, triplets.count))
        let dz = (0..<e.count).flatMap { i in TripletLoss.normalizeBackward(raw[i], grads[i].map { $0 / m }) }
        var dout = Tensor(shape: [e.count, dim], scalars: dz)
        for layer in net.layers.reversed() { dout = layer.backward(dout) }
        optimizer.update(net.parameters)
        iteration += 1
        let loss = total / m
        losses.append(loss)
        activeFractions.append(Double(active) / m)
        if !loss.isFinite || !net.parameters.allSatisfy({ $0.value.isFinite }) { stopped = true }
        return loss
    }

    /// One triplet per anchor: a random positive of its class (not itself) and a negative of
    /// another class, random or the closest to the anchor (hard). Anchors without a positive
    /// or a negative are skipped.
    static func triplets(embeddings e: [[Double]], labels: [Int], mining: Mining,
                         rng: inout Xoshiro256StarStar) -> [(a: Int, p: Int, n: Int)] {
        var out: [(a: Int, p: Int, n: Int)] = []
        for a in e.indices {
            let positives = e.indices.filter { $0 != a && labels[$0] == labels[a] }
            let negatives = e.indices.filter { labels[$0] != labels[a] }
            guard !positives.isEmpty, !negatives.isEmpty else { continue }
            let p = positives[rng.nextInt(below: positives.count)]
            let n: Int
            switch mining {
            case .random: n = negatives[rng.nextInt(below: negatives.count)]
            case .hard: n = negatives.min { TripletLoss.squaredDistance(e[a], e[$0]) < TripletLoss.squaredDistance(e[a], e[$1]) }!
            }
            out.append((a, p, n))
        }
        return out
    }

    /// The held-out images' embeddings (unit vectors), remade only after training.
    var heldOutPoints: [[Double]] {
        if let cache, cache.iteration == iteration { return cache.points }
        let points = Self.rows(net.predict(heldOut.images, training: false)).map(TripletLoss.normalize)
        cache = (iteration, points)
        return points
    }

    /// The held-out points as the scatter draws them: the embedding itself in 2-D; in more
    /// dimensions its projection on the top two principal directions of the held-out points
    /// (`EmbeddingProjection`), inside the unit disc.
    var shownPoints: [[Double]] {
        if config.dimension == 2 { return heldOutPoints }
        if let shownCache, shownCache.iteration == iteration { return shownCache.points }
        let points = EmbeddingProjection.projectOnTopTwo(heldOutPoints)
        shownCache = (iteration, points.projected)
        return points.projected
    }

    /// The fraction of held-out triplets the margin already separates, ‖a−p‖² + α ≤ ‖a−n‖²:
    /// every held-out digit as the anchor, the next digit of its class as the positive, and
    /// every digit of another class as the negative.
    var heldOutSatisfied: Double {
        let e = heldOutPoints, labels = heldOut.labels
        var ok = 0, all = 0
        for a in e.indices {
            guard let p = (e.indices.dropFirst(a + 1).first { labels[$0] == labels[a] })
                    ?? e.indices.first(where: { $0 != a && labels[$0] == labels[a] }) else { continue }
            let need = TripletLoss.squaredDistance(e[a], e[p]) + config.margin
            for n in e.indices where labels[n] != labels[a] {
                all += 1
                if need <= TripletLoss.squaredDistance(e[a], e[n]) { ok += 1 }
            }
        }
        return all == 0 ? 0 : Double(ok) / Double(all)
    }

    /// Whether the net collapsed: after 100 iterations the mean loss of the last 20 is still
    /// above α/2, i.e. most triplets sit at L ≈ α with every digit near one point (FaceNet's
    /// warning about the hardest negatives early in training). Nothing more is learnt.
    var collapsed: Bool {
        guard iteration >= 100, config.margin > 0 else { return false }
        let recent = losses.suffix(20)
        return recent.reduce(0, +) / Double(recent.count) > config.margin / 2
    }
}

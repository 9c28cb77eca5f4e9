import NumericCore

/// Pages 1–2: one hidden layer's pre-activations on a mini-batch of digits, put through the
/// core's `BatchNormalization` — the numbers the transform pages draw.
///
/// A fixed Affine 784 → 100 (weights N(0, σ²), bias 0) maps a mini-batch of `batchSize`
/// training images (drawn with replacement, as the book's `np.random.choice`) to
/// pre-activations x. One unit's column of x is shown before normalization, normalized
/// (x̂ = (x − μ_B)/√(σ²_B + ε), ε = 1e-6) and after y = γ·x̂ + β. In training mode every batch
/// also moves the running averages (running = momentum·running + (1 − momentum)·batch);
/// in inference mode the layer uses those running averages instead of the batch's.
final class MiniBatchTransform {
    static let units = 100
    /// The hidden unit whose values are drawn, its weight scale and γ, β.
    var unit = 0
    private(set) var sigma: Double
    private(set) var batchSize: Int
    var gamma = 1.0 { didSet { applyGammaBeta(); recompute() } }
    var beta = 0.0 { didSet { applyGammaBeta(); recompute() } }
    /// Inference mode: normalize with the running averages and leave them alone.
    private(set) var inference = false

    let images: Tensor
    let seed: UInt64
    private var affine: Affine
    private(set) var layer: BatchNormalization
    private var rng: Xoshiro256StarStar

    /// Batches drawn so far (0 before the first).
    private(set) var batches = 0
    /// The current batch's pre-activations (batch × 100) and the layer's output.
    private(set) var x = Tensor.zeros([0, units])
    private(set) var y = Tensor.zeros([0, units])
    /// Per batch drawn in training mode: the shown unit's batch mean and variance and the
    /// running averages after the update (for page 2's curves).
    private(set) var trace: [(batch: Int, mean: Double, variance: Double, runningMean: Double, runningVariance: Double)] = []

    init(images: Tensor, seed: UInt64, sigma: Double = 1, batchSize: Int = 100, momentum: Double = 0.9) {
        self.images = images
        self.seed = seed
        self.sigma = sigma
        self.batchSize = batchSize
        var weights = Xoshiro256StarStar(seed: seed &+ 7)
        affine = Affine(inputSize: images.columns, outputSize: Self.units, init: .std(sigma), using: &weights)
        layer = BatchNormalization(features: Self.units, momentum: momentum)
        rng = Xoshiro256StarStar(seed: seed &+ 8)
        nextBatch()
    }

    var momentum: Double {
        get { layer.momentum }
        set { layer.momentum = newValue }
    }

    /// Fresh weights with scale `sigma` (same draws, rescaled) and fresh running averages.
    func setSigma(_ value: Double) { sigma = value; restart() }
    func setBatchSize(_ value: Int) { batchSize = value; restart() }
    func setInference(_ on: Bool) { inference = on; recompute() }

    /// Back to the first batch: same weights, running averages at zero (the book's start).
    func restart() {
        var weights = Xoshiro256StarStar(seed: seed &+ 7)
        affine = Affine(inputSize: images.columns, outputSize: Self.units, init: .std(sigma), using: &weights)
        let m = layer.momentum
        layer = BatchNormalization(features: Self.units, momentum: m)
        applyGammaBeta()
        rng = Xoshiro256StarStar(seed: seed &+ 8)
        batches = 0
        trace = []
        nextBatch()
    }

    /// Draws the next mini-batch and puts it through the layer (training mode updates the
    /// running averages).
    func nextBatch() {
        let rows = images.shape.first ?? 0
        let batch = rng.sampleWithReplacement(rows, min(batchSize, rows))
        x = affine.forward(images.gatherRows(batch), training: false)
        batches += 1
        if inference {
            y = layer.forward(x, training: false)
        } else {
            y = layer.forward(x, training: true)
            let s = Self.statistics(column(of: x))
            trace.append((batches, s.mean, s.variance, layer.runningMean.scalars[unit], layer.runningVariance.scalars[unit]))
        }
    }

    /// Recomputes y for the same batch without touching the running averages (a knob
    /// change): training mode by hand from the batch statistics, inference through the layer.
    private func recompute() {
        guard !inference else { y = layer.forward(x, training: false); return }
        let saved = (layer.runningMean, layer.runningVariance)
        y = layer.forward(x, training: true)
        (layer.runningMean, layer.runningVariance) = saved
    }

    private func applyGammaBeta() {
        layer.gamma.value = .init(shape: [Self.units], repeating: gamma)
        layer.beta.value = .init(shape: [Self.units], repeating: beta)
    }

    /// The shown unit's column of a batch × 100 tensor.
    func column(of t: Tensor) -> [Double] {
        let n = t.shape.first ?? 0
        return (0..<n).map { t.scalars[$0 * Self.units + unit] }
    }

    /// The shown unit's pre-activations, normalized values and outputs.
    var before: [Double] { column(of: x) }
    /// x̂ computed here from the statistics the layer used (batch or running).
    var normalized: [Double] {
        let values = before
        let (mean, variance) = usedStatistics
        let s = (variance + BatchNormalization.epsilon).squareRoot()
        return values.map { ($0 - mean) / s }
    }
    var after: [Double] { column(of: y) }

    /// The mean and variance the layer normalized with: the batch's (training) or the running
    /// averages (inference).
    var usedStatistics: (mean: Double, variance: Double) {
        inference ? (layer.runningMean.scalars[unit], layer.runningVariance.scalars[unit]) : Self.statistics(before)
    }
    var batchStatistics: (mean: Double, variance: Double) { Self.statistics(before) }
    var running: (mean: Double, variance: Double) { (layer.runningMean.scalars[unit], layer.runningVariance.scalars[unit]) }

    /// Mean and population variance (÷ n, as the layer and numpy's `var`).
    static func statistics(_ values: [Double]) -> (mean: Double, variance: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n)
    }
}

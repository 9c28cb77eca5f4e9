/// A network in the book's style (`MultiLayerNet`, `SimpleConvNet`): layers applied in
/// order, then softmax-with-loss; backprop runs the layers in reverse.
///
/// L2 weight decay: the loss adds ½·λ·Σ‖W‖² over the parameters whose `decays` is true
/// (weights, not biases or batch-norm parameters), and `gradient` adds λ·W to their grads.
public final class Sequential {
    /// The layers, input first.
    public let layers: [any Layer]
    /// The output layer: softmax followed by cross-entropy.
    public let lossLayer: SoftmaxWithLoss
    /// The L2 weight-decay strength λ (0 = none); may be changed between steps.
    public var weightDecay: Double
    /// The order `predict` runs the layers in (and `gradient` the reverse): `layers`' order,
    /// except that a ReLU right before an unpadded max pooling runs after it. Max commutes
    /// with max(0, ·), so the output is the same bits, and so are the gradients (the window's
    /// first largest value gets dout when it is positive; nothing does otherwise, either way);
    /// the ReLU then passes over a quarter of the values (2×2 pooling) — in SimpleConvNet the
    /// convolution's 1.7 M outputs, forward and backward. Only a NaN input can tell them apart.
    private let executionOrder: [Int]

    /// A network of `layers` followed by softmax-with-loss. The first layer (if `Affine` or
    /// `Convolution`) is told not to compute its input gradient, which nobody reads.
    public init(layers: [any Layer], weightDecay: Double = 0) {
        self.layers = layers
        self.lossLayer = SoftmaxWithLoss()
        self.weightDecay = weightDecay
        self.executionOrder = Self.executionOrder(of: layers)
        if let first = layers.first as? Affine { first.computesInputGradient = false }
        if let first = layers.first as? Convolution { first.computesInputGradient = false }
    }

    /// `layers`' indices in order, with each ReLU that comes right before an unpadded max
    /// pooling moved after it (see `executionOrder`).
    static func executionOrder(of layers: [any Layer]) -> [Int] {
        var order = Array(layers.indices)
        var i = 0
        while i + 1 < layers.count {
            if layers[i] is ReLU, let pool = layers[i + 1] as? MaxPooling, pool.pad == 0 {
                order.swapAt(i, i + 1)
                i += 2
            } else {
                i += 1
            }
        }
        return order
    }

    /// Every trainable parameter, layer by layer (e.g. W1, b1, W2, b2).
    public var parameters: [Parameter] { layers.flatMap { $0.parameters } }

    /// The class scores (before softmax) for the batch `x`. `training` switches dropout and
    /// batch norm to their training behaviour (the book's `train_flg`).
    public func predict(_ x: Tensor, training: Bool = false) -> Tensor {
        var out = x
        for i in executionOrder { out = layers[i].forward(out, training: training) }
        return out
    }

    /// ½·λ·Σ‖W‖² over the decaying parameters (0 when λ = 0).
    public var weightDecayLoss: Double {
        guard weightDecay != 0 else { return 0 }
        var total = 0.0
        for p in parameters where p.decays {
            p.value.scalars.withUnsafeBufferPointer { w in for v in w { total += v * v } }
        }
        return 0.5 * weightDecay * total
    }

    /// The mean cross-entropy of the batch plus the weight-decay term. Inference mode by
    /// default, as the book's `loss(x, t, train_flg=False)`.
    public func loss(_ x: Tensor, labels: [Int], training: Bool = false) -> Double {
        lossLayer.forward(predict(x, training: training), labels: labels) + weightDecayLoss
    }

    /// The fraction of samples whose highest score is the label (inference mode),
    /// evaluated `batchSize` samples at a time to bound memory.
    ///
    /// A net of `StatelessInference` layers (the MLPs) with at least `splitEvaluationRows`
    /// samples is evaluated in pieces of rows side by side on the cores, each piece with its
    /// own unsplit products: the scores are the same bits (rows never mix), and the cores
    /// stop waiting for each other inside every product and during the elementwise passes.
    public func accuracy(_ x: Tensor, labels: [Int], batchSize: Int = 100) -> Double {
        let n = x.shape.isEmpty ? 0 : x.shape[0]
        precondition(labels.count == n, "Sequential.accuracy: \(labels.count) labels for \(n) samples")
        guard n > 0 else { return 0 }
        let batch = Swift.max(batchSize, 1)
        let stateless = executionOrder.compactMap { layers[$0] as? any StatelessInference }
        if stateless.count == layers.count && n >= Self.splitEvaluationRows {
            let pieces = Swift.min(LayerKernels.pieces, n / (Self.splitEvaluationRows / 2))
            var counts = [Int](repeating: 0, count: pieces)
            counts.withUnsafeMutableBufferPointer { counts in
                nonisolated(unsafe) let counts = counts.baseAddress!
                ConcurrentWork.forEach(pieces) { piece in
                    let rows = split(0..<n, part: piece, of: pieces)
                    var start = rows.lowerBound
                    let upper = rows.upperBound
                    while start < upper {
                        let end = Swift.min(start + batch, upper)
                        var scores = stateless[0].infer(x, rows: start..<end)
                        for layer in stateless.dropFirst() { scores = layer.infer(scores, rows: 0..<(end - start)) }
                        counts[piece] += Self.correctCount(scores, labels: labels[start..<end])
                        start = end
                    }
                }
            }
            return Double(counts.reduce(0, +)) / Double(n)
        }
        var correct = 0
        var start = 0
        while start < n {
            let end = Swift.min(start + batch, n)
            let scores = predict(start == 0 && end == n ? x : x.rows(start..<end), training: false)
            correct += Self.correctCount(scores, labels: labels[start..<end])
            start = end
        }
        return Double(correct) / Double(n)
    }

    /// Evaluations of at least this many samples are split into pieces of rows (see `accuracy`).
    static let splitEvaluationRows = 128

    /// How many rows of `scores` have their highest score (the first of equals) at the label.
    private static func correctCount(_ scores: Tensor, labels: ArraySlice<Int>) -> Int {
        let width = scores.columns
        var correct = 0
        scores.scalars.withUnsafeBufferPointer { p in
            for (r, label) in labels.enumerated() {
                let row = r &* width
                var best = 0
                for j in 1..<Swift.max(width, 1) where p[row &+ j] > p[row &+ best] { best = j }
                if best == label { correct += 1 }
            }
        }
        return correct
    }

    /// Backpropagation (the book's `gradient`): a training-mode forward pass, then every
    /// layer's backward in reverse, filling each `Parameter.grad`; λ·W is added to the
    /// gradients of decaying parameters. Returns the loss of this forward pass
    /// (including the weight-decay term).
    @discardableResult
    public func gradient(_ x: Tensor, labels: [Int]) -> Double {
        let dataLoss = lossLayer.forward(predict(x, training: true), labels: labels)
        var dout = lossLayer.backward()
        for i in executionOrder.reversed() { dout = layers[i].backward(dout) }
        guard weightDecay != 0 else { return dataLoss }
        for p in parameters where p.decays { p.grad.addScaled(p.value, weightDecay) }
        return dataLoss + weightDecayLoss
    }

    /// The central-difference gradient (h = 1e-4) of the training-mode loss with respect
    /// to every parameter, in `parameters` order — the check for `gradient`.
    ///
    /// Every loss evaluation replays the same dropout masks (the ones the next training
    /// forward pass would draw), and batch-norm running statistics are restored after.
    public func numericalGradient(_ x: Tensor, labels: [Int], h: Double = 1e-4) -> [Tensor] {
        let dropouts = layers.compactMap { $0 as? Dropout }
        let savedGenerators = dropouts.map(\.rng)
        let norms = layers.compactMap { $0 as? BatchNormalization }
        let savedStatistics = norms.map { ($0.runningMean, $0.runningVariance) }
        let lossAtCurrentValues = { () -> Double in
            for (layer, rng) in zip(dropouts, savedGenerators) { layer.rng = rng }
            return self.loss(x, labels: labels, training: true)
        }
        let grads = parameters.map { NumericCore.numericalGradient(of: $0, h: h, loss: lossAtCurrentValues) }
        for (layer, rng) in zip(dropouts, savedGenerators) { layer.rng = rng }
        for (layer, stats) in zip(norms, savedStatistics) {
            layer.runningMean = stats.0
            layer.runningVariance = stats.1
        }
        return grads
    }

    /// Copies every parameter value (and batch-norm running statistics) from `other`, a
    /// network of the same architecture — so several copies can start from the same
    /// weights (the optimizer race).
    public func copyParameters(from other: Sequential) {
        precondition(layers.count == other.layers.count, "Sequential.copyParameters: different layer counts")
        for (mine, theirs) in zip(layers, other.layers) {
            let a = mine.parameters, b = theirs.parameters
            precondition(a.count == b.count, "Sequential.copyParameters: \(mine.name) vs \(theirs.name)")
            for (p, q) in zip(a, b) {
                precondition(p.value.shape == q.value.shape,
                             "Sequential.copyParameters: \(p.name) \(p.value.shape) vs \(q.value.shape)")
                p.value = q.value
            }
            if let m = mine as? BatchNormalization, let t = theirs as? BatchNormalization {
                m.runningMean = t.runningMean
                m.runningVariance = t.runningVariance
            }
        }
    }
}

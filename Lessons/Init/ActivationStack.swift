import NumericCore

/// The book's experiment (ch. 6.2, `weight_init_activation_histogram.py`): 1000 × 100
/// standard-normal inputs through `depth` layers of 100 units, no bias, weights N(0, σ²),
/// computed one layer per step; then the same stack run backward from a standard-normal
/// upstream gradient, one layer per step, giving ‖∂L/∂W‖ per layer.
///
/// The standard-normal draws (inputs, the 10 possible weight matrices, the upstream
/// gradient) are made once from the seed; σ only scales them, so turning a knob changes the
/// picture and never the luck of the draw.
final class ActivationStack {
    static let samples = 1000
    static let width = StackKnobs.width
    static let maxDepth = StackKnobs.depthRange.upperBound
    static let bins = 30

    let knobs: StackKnobs
    private let draws: Draws
    /// Per layer, once computed: pre-activations z and activations a (1000 × 100).
    private(set) var pre: [Tensor] = []
    private(set) var outputs: [Tensor] = []
    private(set) var stats: [LayerStats] = []
    /// ‖∂L/∂W‖ (Frobenius) per layer, filled from the last layer down (index = layer − 1).
    private(set) var gradientNorms: [Double?]
    private var upstream: Tensor?
    private var backwardLayer: Int

    /// The seed's standard-normal draws, shared by every stack built from the same seed.
    final class Draws {
        let input: Tensor
        let weights: [Tensor]
        let upstream: Tensor
        init(seed: UInt64) {
            var rng = Xoshiro256StarStar(seed: seed)
            input = Tensor.randomNormal([samples, width], using: &rng)
            weights = (0..<maxDepth).map { _ in Tensor.randomNormal([width, width], using: &rng) }
            upstream = Tensor.randomNormal([samples, width], using: &rng)
        }
    }

    init(knobs: StackKnobs, draws: Draws) {
        self.knobs = knobs
        self.draws = draws
        gradientNorms = Array(repeating: nil, count: knobs.depth)
        backwardLayer = knobs.depth
    }

    var depth: Int { knobs.depth }
    var forwardDone: Bool { outputs.count >= depth }
    var backwardDone: Bool { backwardLayer == 0 }

    /// The weights of layer `l` (0-based): the standard-normal draw times σ.
    func weights(_ l: Int) -> Tensor {
        let s = knobs.effectiveSigma
        return draws.weights[l].map { $0 * s }
    }

    /// The next layer forward; returns false when all are done.
    @discardableResult
    func stepForward() -> Bool {
        guard !forwardDone else { return false }
        let x = outputs.last ?? draws.input
        let z = x.matmul(weights(outputs.count))
        let h = knobs.activation.activation
        let a = z.map { h.value($0) }
        pre.append(z)
        outputs.append(a)
        stats.append(LayerStats(a.scalars, activation: knobs.activation))
        return true
    }

    /// The next layer backward (after the forward pass); returns false when all are done.
    /// dz = g ⊙ h′(z), ∂L/∂W = xᵀ·dz, g ← dz·Wᵀ.
    @discardableResult
    func stepBackward() -> Bool {
        guard forwardDone, !backwardDone else { return false }
        let l = backwardLayer - 1
        let g = upstream ?? draws.upstream
        let derivative: Tensor
        switch knobs.activation {
        case .sigmoid: derivative = outputs[l].map { $0 * (1 - $0) }
        case .tanh: derivative = outputs[l].map { 1 - $0 * $0 }
        case .relu: derivative = pre[l].map { $0 > 0 ? 1 : 0 }
        }
        let dz = g.zipMap(derivative, *)
        let x = l == 0 ? draws.input : outputs[l - 1]
        let dW = MatMul.multiplyTransposedA(x, dz)
        gradientNorms[l] = dW.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
        upstream = MatMul.multiplyTransposedB(dz, weights(l))
        backwardLayer = l
        return true
    }

    /// One step: forward first, then backward.
    @discardableResult
    func step() -> Bool { stepForward() || stepBackward() }

    /// ReLU's histograms on screen share one range, (0, largest activation of any layer so
    /// far], so a signal that shrinks or grows from layer to layer shows (with a range per
    /// layer every ReLU layer looks alike: ReLU nets are scale-free). Cached per layer count.
    private var sharedCache: (layers: Int, counts: [[Double]], range: ClosedRange<Double>)?

    func sharedReLUHistograms() -> (counts: [[Double]], range: ClosedRange<Double>) {
        if let c = sharedCache, c.layers == outputs.count { return (c.counts, c.range) }
        let top = stats.map(\.range.upperBound).filter(\.isFinite).max() ?? 1
        let range = 0...max(top, 1e-300)
        let counts = outputs.map { LayerStats.histogram($0.scalars.filter { $0 > 0 }, range: range) }
        sharedCache = (outputs.count, counts, range)
        return (counts, range)
    }

    /// Whether a value went non-finite or grew past `explosionLimit` (a stack that has blown up).
    var hasExploded: Bool {
        stats.contains { !$0.std.isFinite || $0.std > Self.explosionLimit }
            || gradientNorms.contains { $0.map { !$0.isFinite } ?? false }
    }
    static let explosionLimit = 1e6
}

/// One layer's activation statistics over all 1000 · 100 values: population mean and std,
/// the fractions below 0.01 and above 0.99, the saturated fraction (sigmoid: below 0.01 or
/// above 0.99; tanh: |a| > 0.99; ReLU: a = 0, where the gradient is 0) and a 30-bin
/// histogram on (0, 1) for sigmoid, (−1, 1) for tanh, (0, max] for ReLU (its zeros left out).
struct LayerStats: Equatable {
    let mean: Double
    let std: Double
    let below: Double
    let above: Double
    let saturated: Double
    let counts: [Double]
    let range: ClosedRange<Double>

    init(_ values: [Double], activation: StackActivation) {
        let n = Double(max(1, values.count))
        var sum = 0.0, below = 0, above = 0, saturated = 0, top = 0.0
        for v in values {
            sum += v
            if v < 0.01 { below += 1 }
            if v > 0.99 { above += 1 }
            if v > top { top = v }
            switch activation {
            case .sigmoid: if v < 0.01 || v > 0.99 { saturated += 1 }
            case .tanh: if abs(v) > 0.99 { saturated += 1 }
            case .relu: if v <= 0 { saturated += 1 }
            }
        }
        let mean = sum / n
        var squares = 0.0
        for v in values { squares += (v - mean) * (v - mean) }
        self.mean = mean
        std = (squares / n).squareRoot()
        self.below = Double(below) / n
        self.above = Double(above) / n
        self.saturated = Double(saturated) / n
        switch activation {
        case .sigmoid: range = 0...1
        case .tanh: range = -1...1
        case .relu: range = 0...(top > 0 && top.isFinite ? top : 1)
        }
        // ReLU's zeros (about half) are left out of its histogram, as the book's figure
        // cuts that bar off: the title's "saturated" share counts them.
        counts = Self.histogram(activation == .relu ? values.filter { $0 > 0 } : values, range: range)
    }

    /// Counts in 30 equal bins over `range` (the last bin includes its upper edge).
    static func histogram(_ values: [Double], range: ClosedRange<Double>) -> [Double] {
        let bins = ActivationStack.bins
        var counts = [Double](repeating: 0, count: bins)
        let lo = range.lowerBound, span = range.upperBound - range.lowerBound
        for v in values where v.isFinite && v >= lo && v <= range.upperBound {
            counts[min(bins - 1, Int((v - lo) / span * Double(bins)))] += 1
        }
        return counts
    }

    var edges: [Double] {
        (0...ActivationStack.bins).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(ActivationStack.bins) }
    }
}

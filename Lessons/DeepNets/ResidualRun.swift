import Dispatch
import LessonKit
import NumericCore

/// The residual experiment: a plain deep narrow MLP and the same stack with skip connections
/// every two layers, a[l+2] = g(z[l+2] + a[l]), trained side by side on the same digits from
/// the same initial weights with SGD.
///
/// Plain: 784 → w, then `depth` layers w → w (ReLU), then w → 10. Residual: the same first
/// and last layers, and the `depth` hidden layers grouped in pairs as `Residual` blocks
/// (Affine → ReLU → Affine, + shortcut, ReLU). One step is one iteration of both nets; the
/// per-layer gradient norms ‖dW‖ are smoothed over the iterations. The run stops when either
/// loss is no longer finite or stays above `explosionThreshold`.
final class ResidualRun: PlayableRun {
    struct Config: Equatable {
        /// Hidden w → w layers (even: the residual net pairs them).
        var depth = 20
        var width = 16
        var learningRate = 0.1
        /// 0: He, 1: std 0.01 (the book's default; the lesson's, since He makes each residual
        /// block add its variance to the shortcut's and the signal grows with depth).
        var initIndex = 1
        var iterations = 600
        var batchSize = 100
    }

    static let initChoices = ["he", "small"]
    /// A loss above this (cross-entropy of 10 classes starts near 2.3) for `explosionWindow`
    /// iterations in a row stops the run: the learning rate is far too large.
    static let explosionThreshold = 50.0
    static let explosionWindow = 5

    let data: DigitsSource
    let seed: UInt64
    private(set) var config: Config
    private(set) var plain: Sequential
    private(set) var residual: Sequential
    private(set) var plainTrainer: Trainer
    private(set) var residualTrainer: Trainer
    /// Smoothed ‖dW‖ per Affine layer, input first (plain, residual).
    private(set) var plainNorms: [Double] = []
    private(set) var residualNorms: [Double] = []
    private(set) var stopped = false

    init(data: DigitsSource, config: Config, seed: UInt64) {
        self.data = data
        self.config = config
        self.seed = seed
        (plain, residual, plainTrainer, residualTrainer) = Self.make(data: data, config: config, seed: seed)
    }

    /// The two nets with identical weights (each residual block's Affines hold the plain
    /// net's weights of the same two layers) and their trainers (same mini-batches).
    static func nets(inputs: Int, classes: Int, config: Config, seed: UInt64) -> (plain: Sequential, residual: Sequential) {
        let initializer: WeightInit = config.initIndex == 1 ? .std(0.01) : .he
        var rng = Xoshiro256StarStar(seed: seed)
        let w = config.width, depth = max(2, config.depth / 2 * 2)
        let weights = [(inputs, w)] + Array(repeating: (w, w), count: depth) + [(w, classes)]
        let sampled = weights.map { initializer.sample([$0.0, $0.1], fanIn: $0.0, using: &rng) }
        func affine(_ i: Int) -> Affine { Affine(weight: sampled[i], bias: .zeros([sampled[i].shape[1]])) }
        var plainLayers: [any Layer] = []
        for i in 0...depth { plainLayers += [affine(i), ReLU()] }
        plainLayers.append(affine(depth + 1))
        var residualLayers: [any Layer] = [affine(0), ReLU()]
        for pair in 0..<(depth / 2) {
            residualLayers.append(Residual(inner: [affine(1 + 2 * pair), ReLU(), affine(2 + 2 * pair)]))
        }
        residualLayers.append(affine(depth + 1))
        return (Sequential(layers: plainLayers), Sequential(layers: residualLayers))
    }

    private static func make(data: DigitsSource, config: Config, seed: UInt64) -> (Sequential, Sequential, Trainer, Trainer) {
        let train = data.split.train, test = data.split.test
        let (p, r) = nets(inputs: train.images.columns, classes: train.classes, config: config, seed: seed)
        func trainer(_ net: Sequential) -> Trainer {
            // Cannot throw: the sets are never empty and the batch size is positive.
            try! Trainer(model: net, optimizer: SGD(learningRate: config.learningRate),
                         trainImages: train.images, trainLabels: train.labels,
                         testImages: test.images, testLabels: test.labels,
                         batchSize: config.batchSize, evaluationLimit: 500, seed: seed &+ 1)
        }
        return (p, r, trainer(p), trainer(r))
    }

    func restart() {
        (plain, residual, plainTrainer, residualTrainer) = Self.make(data: data, config: config, seed: seed)
        plainNorms = []
        residualNorms = []
        stopped = false
    }

    /// A new depth, width or init restarts; a new learning rate applies from the next
    /// iteration, marked on both curves; a new iteration count only moves the end.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.depth != old.depth || new.width != old.width || new.initIndex != old.initIndex || new.batchSize != old.batchSize {
            restart(); return
        }
        if new.learningRate != old.learningRate {
            for t in [plainTrainer, residualTrainer] {
                t.optimizer = SGD(learningRate: new.learningRate)
                if t.iteration > 0 { t.mark("lr=" + NumberText.format(new.learningRate, digits: 2)) }
            }
        }
    }

    var iteration: Int { plainTrainer.iteration }
    var isFinished: Bool { stopped || iteration >= config.iterations }

    /// The Affine layers of a net in order, those inside residual blocks included.
    static func affines(_ net: Sequential) -> [Affine] {
        net.layers.flatMap { layer -> [Affine] in
            if let a = layer as? Affine { return [a] }
            if let r = layer as? Residual { return r.inner.compactMap { $0 as? Affine } }
            return []
        }
    }

    static func norms(_ net: Sequential) -> [Double] {
        affines(net).map { a in a.weight.grad.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }

    /// One iteration of both nets.
    func step() {
        guard !isFinished else { return }
        _ = plainTrainer.step()
        _ = residualTrainer.step()
        plainNorms = Self.smooth(plainNorms, Self.norms(plain))
        residualNorms = Self.smooth(residualNorms, Self.norms(residual))
        if plainTrainer.diverged || residualTrainer.diverged { stopped = true }
        for t in [plainTrainer, residualTrainer] where t.history.losses.count >= Self.explosionWindow {
            if t.history.losses.suffix(Self.explosionWindow).allSatisfy({ !($0 < Self.explosionThreshold) }) { stopped = true }
        }
    }

    /// 0.8·old + 0.2·new (new alone the first time).
    static func smooth(_ old: [Double], _ new: [Double]) -> [Double] {
        old.count == new.count ? zip(old, new).map { 0.8 * $0 + 0.2 * $1 } : new
    }

    /// Iterations for about `budget` seconds; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }
}

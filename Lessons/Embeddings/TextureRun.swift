import Charts
import Dispatch
import LessonKit
import NumericCore

/// Texture synthesis by gradient descent on pixels (Gatys et al. 2015, with one layer): the
/// image X starts as uniform noise in [0, 1] and every iteration takes X ← X − lr·∂E/∂X, E the
/// texture loss of `TextureMath` against the target texture's Gram matrix. The filters are
/// fixed: the 4 hand-made 3×3 edge filters of the style page, or 16 random 3×3 or 5×5 ones
/// (normal, from the seed), each scaled to unit length so one learning rate suits all three.
final class TextureRun: PlayableRun {
    /// The image side (pixels): 16×16 keeps an iteration cheap in a debug build.
    static let size = 16
    /// The filter banks of the `filters` knob.
    static let filterNames = ["edges", "random3", "random5"]

    struct Config: Equatable {
        /// Index into `StyleCell.textureNames`.
        var texture = 0
        var learningRate = 1000.0
        /// Index into `filterNames`.
        var filters = 2
        var iterations = 600
    }

    let seed: UInt64
    private(set) var config: Config
    private(set) var conv: Convolution
    /// The target texture and its Gram matrix.
    private(set) var target: [Double]
    private(set) var targetGram: [[Double]]
    /// The image being synthesized, row-major.
    private(set) var image: [Double]
    private(set) var iteration = 0
    /// E after each iteration's step is computed (the loss at the image before the step).
    private(set) var losses: [Double] = []
    /// Knob changes mid-run, at the iteration they took effect.
    private(set) var events: [(iteration: Int, label: String)] = []
    private(set) var stopped = false

    init(config: Config = Config(), seed: UInt64) {
        self.config = config
        self.seed = seed
        conv = Self.makeConvolution(config.filters, seed: seed)
        target = StyleCell.texture(config.texture, period: 4, shift: 0)
        targetGram = []
        image = Self.noise(seed: seed)
        targetGram = TextureMath.gram(conv, image: target, size: Self.size)
    }

    /// The filter bank `index` as a convolution (see the type's comment).
    static func makeConvolution(_ index: Int, seed: UInt64) -> Convolution {
        switch index {
        case 0: return TextureMath.convolution(filters: StyleCell.edgeFilters, size: 3)
        default:
            let k = index == 1 ? 3 : 5
            var rng = Xoshiro256StarStar(seed: seed &+ 23)
            let filters = (0..<16).map { _ in (0..<(k * k)).map { _ in rng.nextNormal() } }
            return TextureMath.convolution(filters: filters, size: k)
        }
    }

    /// The starting image: uniform noise in [0, 1] from the seed.
    static func noise(seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed &+ 31)
        return (0..<(size * size)).map { _ in rng.nextUniform() }
    }

    func restart() {
        image = Self.noise(seed: seed)
        iteration = 0
        losses = []
        events = []
        stopped = false
    }

    /// lr applies from the next iteration; a new texture or filter bank changes the loss the
    /// image descends from where it is. Each is marked on the curve once the run has begun.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.filters != old.filters { conv = Self.makeConvolution(new.filters, seed: seed) }
        if new.filters != old.filters || new.texture != old.texture {
            target = StyleCell.texture(new.texture, period: 4, shift: 0)
            targetGram = TextureMath.gram(conv, image: target, size: Self.size)
        }
        guard iteration > 0 else { return }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + NumberText.format(new.learningRate, digits: 3))) }
        if new.texture != old.texture { events.append((iteration, StyleCell.textureNames[new.texture])) }
        if new.filters != old.filters { events.append((iteration, Self.filterNames[new.filters])) }
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

    /// One gradient-descent step on the pixels; stops the run when the loss or a pixel stops
    /// being finite or the loss grows a million-fold (the step overshot and keeps
    /// overshooting: E is quartic in X).
    func iterate() {
        let r = TextureMath.lossAndGradient(conv, image: image, size: Self.size, target: targetGram)
        iteration += 1
        losses.append(r.loss)
        let lr = config.learningRate
        for i in image.indices { image[i] -= lr * r.gradient[i] }
        if !r.loss.isFinite || !image.allSatisfy(\.isFinite) || r.loss > 1e6 * max(losses[0], 1e-300) { stopped = true }
    }

    /// Whether the descent stalled: after 100 iterations E is no lower than 50 iterations ago
    /// while still above a tenth of its start (the steps overshoot back and forth).
    var stalled: Bool {
        guard !stopped, losses.count > 100, let first = losses.first, let last = losses.last else { return false }
        return last >= 0.99 * losses[losses.count - 51] && last > first / 10
    }

    /// The mean squared difference of the image, rescaled to [0, 1], from the target pixel
    /// by pixel: near 0 only if the synthesis reproduced the target where it was.
    var pixelDifference: Double {
        guard let lo = image.min(), let hi = image.max(), hi > lo, hi.isFinite, lo.isFinite else { return .nan }
        var s = 0.0
        for (x, t) in zip(image, target) { let d = (x - lo) / (hi - lo) - t; s += d * d }
        return s / Double(image.count)
    }
}

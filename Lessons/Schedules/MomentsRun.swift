import Dispatch
import NumericCore

/// Page 2's experiment: the gradient of one weight over `iterations` steps — a slope of
/// +0.5 that flips to −0.5 halfway (the weight passed the valley's floor), plus noise — and
/// the three running averages the optimizers keep of it: Momentum's EWMA of g (β1),
/// RMSprop's EWMA of g² (β2), and Adam's step m̂/(√ŝ + ε) from both, bias-corrected.
final class MomentsRun {
    static let iterations = 200
    static let beta1s = [0.5, 0.8, 0.9, 0.95, 0.99]
    static let beta2s = [0.9, 0.99, 0.999]
    static let epsilon = 1e-8
    static let stepsPerSecond = 50.0

    private let normals: [Double]
    private(set) var beta1: Double
    private(set) var beta2: Double
    var correction: Bool
    private(set) var noise: Double
    /// The gradients so far and each running average after it.
    private(set) var gradients: [Double] = []
    private(set) var momentum: [Double] = []
    private(set) var rms: [Double] = []
    private(set) var adam: [Double] = []
    private(set) var events: [(iteration: Double, label: String)] = []
    private var first: ExponentialAverage
    private var second: ExponentialAverage
    private var lastAdvance: UInt64?
    private var carry = 0.0
    private var moved = false

    init(seed: UInt64, beta1: Double = 0.9, beta2: Double = 0.999, correction: Bool = true, noise: Double = 1) {
        var rng = Xoshiro256StarStar(seed: seed &+ 2)
        normals = (0..<Self.iterations).map { _ in rng.nextNormal() }
        self.beta1 = beta1
        self.beta2 = beta2
        self.correction = correction
        self.noise = noise
        first = ExponentialAverage(beta: beta1)
        second = ExponentialAverage(beta: beta2)
    }

    var iteration: Int { gradients.count }
    var isFinished: Bool { iteration >= Self.iterations }

    /// The slope without noise at iteration t (0-based): +0.5, then −0.5 from halfway.
    static func slope(_ t: Int) -> Double { t < iterations / 2 ? 0.5 : -0.5 }

    func restart() {
        gradients = []; momentum = []; rms = []; adam = []; events = []
        first = ExponentialAverage(beta: beta1)
        second = ExponentialAverage(beta: beta2)
        lastAdvance = nil
        moved = false
        carry = 0
    }

    func set(beta1 new: Double) {
        guard new != beta1 else { return }
        beta1 = new
        first.beta = new
        if iteration > 0 { events.append((Double(iteration), "β1=\(EWMARun.betaText(new))")) }
    }

    func set(beta2 new: Double) {
        guard new != beta2 else { return }
        beta2 = new
        second.beta = new
        if iteration > 0 { events.append((Double(iteration), "β2=\(EWMARun.betaText(new))")) }
    }

    func set(correction on: Bool) {
        guard on != correction else { return }
        correction = on
        if iteration > 0 { events.append((Double(iteration), on ? "÷(1−βᵗ)" : "v")) }
    }

    func set(noise new: Double) {
        guard new != noise else { return }
        noise = new
        restart()
    }

    /// One more gradient and the three averages after it.
    func step() {
        guard !isFinished else { return }
        let t = iteration
        let g = Self.slope(t) + noise * normals[t]
        first.add(g)
        second.add(g * g)
        let m = correction ? first.corrected : first.value
        let s = correction ? second.corrected : second.value
        gradients.append(g)
        momentum.append(m)
        rms.append(s.squareRoot())
        adam.append(m / (s.squareRoot() + Self.epsilon))
    }

    /// Steps at `stepsPerSecond` of wall time (none until a whole one is due, at most 10 per call; the first call moves at once).
    func advance() -> Bool {
        guard !isFinished else { return false }
        let now = DispatchTime.now().uptimeNanoseconds
        if let last = lastAdvance { carry += Double(now - last) / 1e9 * Self.stepsPerSecond }
        lastAdvance = now
        // The first call moves at once; later ones wait for a whole one to be due.
        if carry < 1 && moved { return false }
        moved = true
        let steps = max(1, min(10, Int(carry)))
        carry = max(0, min(10, carry - Double(steps)))
        for _ in 0..<steps { step() }
        return true
    }
}

import Dispatch
import LessonKit
import NumericCore

/// The live training run of pages 2 and 3: a `VanillaRNN` (1 → hidden → 1) learning the
/// noisy sine (`SineTask`) by plain SGD on one fresh random sequence per iteration, with the
/// gradient's global norm clipped when `clip` > 0.
///
/// After every iteration it evaluates a fixed sequence (phase 0, noise from the seed): the
/// prediction-vs-target curve and its loss, and ‖∂L/∂h_t‖ per step for a loss on the LAST
/// step only (how far back the error signal reaches). The learning rate and clip threshold
/// change the running net and are marked on the loss curve; a new length, hidden size or
/// spectral radius restarts. The run stops (failed) when the loss is no longer finite or
/// exceeds `blowUp`.
final class SineRun: PlayableRun {
    struct Config: Equatable {
        var length = 24
        var hidden = 16
        var learningRate = 0.05
        /// Spectral radius ρ of W_hh at initialisation (W_hh = ρ·Q, Q orthogonal).
        var radius = 0.9
        /// Max global gradient norm; 0 = no clipping.
        var clip = 0.0
        var iterations = 1500
    }

    /// A loss above this stops the run (the noisy sine's loss starts below 1).
    static let blowUp = 1e4

    let seed: UInt64
    private(set) var config: Config
    private(set) var net: VanillaRNN
    private var rng: Xoshiro256StarStar
    /// The evaluation sequence (fixed for a given length and seed).
    private(set) var evaluation: (inputs: [[Double]], targets: [[Double]])
    /// Training loss per iteration (iteration i + 1 at index i).
    private(set) var losses: [Double] = []
    /// Knob changes: (iteration, label).
    private(set) var events: [(iteration: Int, label: String)] = []
    /// The evaluation sequence's predictions y_1…y_T and loss after the last iteration.
    private(set) var prediction: [Double] = []
    private(set) var evaluationLoss = Double.nan
    /// ‖∂L/∂h_t‖, t = 1…T, for a loss on the evaluation sequence's last step only.
    private(set) var hiddenNorms: [Double] = []
    /// The global gradient norm of the last iteration before clipping, and how many
    /// iterations were clipped.
    private(set) var lastGradientNorm = Double.nan
    private(set) var clippedCount = 0
    /// The global gradient norm of every iteration, before clipping.
    private(set) var gradientNorms: [Double] = []
    private(set) var stopped = false

    init(config: Config, seed: UInt64) {
        self.config = config
        self.seed = seed
        net = VanillaRNN(inputSize: 1, hiddenSize: config.hidden, outputSize: 1, radius: config.radius, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 7)
        var evalRNG = Xoshiro256StarStar(seed: seed &+ 99)
        evaluation = SineTask.sequence(length: config.length, phase: 0, rng: &evalRNG)
        evaluate()
    }

    var iteration: Int { losses.count }
    var isFinished: Bool { stopped || iteration >= config.iterations }

    /// Fresh weights, the same knobs.
    func restart() {
        let fresh = SineRun(config: config, seed: seed)
        net = fresh.net; rng = fresh.rng; evaluation = fresh.evaluation
        losses = []; gradientNorms = []; events = []; stopped = false; clippedCount = 0; lastGradientNorm = .nan
        evaluate()
    }

    /// Applies `new`: length, hidden size or radius restart; lr and clip are marked.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.length != old.length || new.hidden != old.hidden || new.radius != old.radius { restart(); return }
        guard iteration > 0 else { return }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + Self.short(new.learningRate))) }
        if new.clip != old.clip { events.append((iteration, new.clip > 0 ? "clip=" + Self.short(new.clip) : "clip off")) }
    }

    /// "0.05", "1.5": the value as marked on the curve.
    static func short(_ v: Double) -> String { NumberText.format(v, digits: 2) }

    /// One SGD iteration on a fresh random sequence (nothing once finished).
    func step() {
        guard !isFinished else { return }
        let (inputs, targets) = SineTask.sequence(length: config.length, phase: 2 * Double.pi * rng.nextUniform(), rng: &rng)
        // Cannot throw: the length is at least 2 and every step has one value.
        let trace = try! net.forward(inputs)
        let (loss, dys) = try! VanillaRNN.squaredError(trace, targets: targets)
        var g = try! net.backward(trace, outputGradients: dys)
        lastGradientNorm = config.clip > 0 ? g.clip(maxNorm: config.clip) : g.norm
        if config.clip > 0 && lastGradientNorm > config.clip { clippedCount += 1 }
        losses.append(loss)
        gradientNorms.append(lastGradientNorm)
        if !loss.isFinite || loss > Self.blowUp || !lastGradientNorm.isFinite { stopped = true; return }
        net.apply(g, learningRate: config.learningRate)
        evaluate()
    }

    /// Iterations for about `budget` seconds; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// Predictions, evaluation loss and the last-step gradient profile on the fixed sequence.
    private func evaluate() {
        let trace = try! net.forward(evaluation.inputs)
        prediction = trace.outputs.map { $0[0] }
        let all = try! VanillaRNN.squaredError(trace, targets: evaluation.targets.map { Optional($0) })
        evaluationLoss = all.loss
        var lastOnly: [[Double]?] = Array(repeating: nil, count: evaluation.targets.count)
        lastOnly[lastOnly.count - 1] = evaluation.targets.last
        let last = try! VanillaRNN.squaredError(trace, targets: lastOnly)
        hiddenNorms = (try? net.backward(trace, outputGradients: last.outputGradients).hiddenNorms) ?? []
    }

    /// ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖: how much of the last step's error signal reaches the first step.
    var reachRatio: Double {
        guard let first = hiddenNorms.first, let last = hiddenNorms.last, last > 0 else { return .nan }
        return first / last
    }

    /// The mean training loss of the last (up to) 50 iterations.
    var recentLoss: Double {
        let tail = losses.suffix(50)
        return tail.isEmpty ? .nan : tail.reduce(0, +) / Double(tail.count)
    }
}

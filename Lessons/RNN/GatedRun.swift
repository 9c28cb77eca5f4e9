import Dispatch
import LessonKit
import NumericCore

/// The live race of the gated-cell page: a `VanillaRNN` and an `LSTM` (2 → hidden → 1, the
/// same hidden size) learn `EchoTask` side by side on the same mini-batches, each with its
/// own core `Adam` through `RecurrentTrainer`, gradients clipped by global norm when `clip` > 0.
///
/// Every iteration records each net's batch loss and batch accuracy; every `evaluationEvery`
/// iterations (and when finished) both nets are measured on a fixed evaluation set
/// (accuracy) and profiled: ‖∂L/∂h_t‖ (and the LSTM's ‖∂L/∂c_t‖) for t = 1…T+1 with
/// ∂L/∂y_{T+1} = 1, averaged over the evaluation sequences, so the profile shows how the
/// last output's error reaches back regardless of how big the error is. The learning rate
/// and clip threshold change the running nets and are marked; a new delay or hidden size
/// restarts. The run stops (failed) when a net's loss is no longer finite or exceeds `blowUp`.
final class GatedRun: PlayableRun {
    struct Config: Equatable {
        /// T, the distractor steps between the sign and the answer.
        var delay = 20
        var hidden = 16
        /// Adam's learning rate (both nets).
        var learningRate = 0.01
        /// Max global gradient norm; 0 = no clipping.
        var clip = 0.0
        var iterations = 500
        /// Sequences per iteration.
        var batch = 16
    }

    /// A batch loss above this stops the run: 20 times the loss of always answering 0 (0.5).
    static let blowUp = 10.0
    /// Sequences in the fixed evaluation set.
    static let evaluationSize = 32
    /// Iterations between evaluations.
    static let evaluationEvery = 10

    /// One net's record.
    struct Track {
        var losses: [Double] = []
        var accuracies: [Double] = []
        var gradientNorms: [Double] = []
        var clipped = 0
        /// On the evaluation set after the last evaluation.
        var accuracy = Double.nan
        var hiddenProfile: [Double] = []
        var cellProfile: [Double] = []
    }

    let seed: UInt64
    private(set) var config: Config
    private(set) var rnn: RecurrentTrainer<VanillaRNN>
    private(set) var lstm: RecurrentTrainer<LSTM>
    private var rng: Xoshiro256StarStar
    private(set) var evaluation: [(inputs: [[Double]], targets: [[Double]?], sign: Double)]
    private(set) var rnnTrack = Track()
    private(set) var lstmTrack = Track()
    /// Knob changes: (iteration, label).
    private(set) var events: [(iteration: Int, label: String)] = []
    /// Which net blew up ("RNN" or "LSTM"), if one did.
    private(set) var failedNet: String?
    var stopped: Bool { failedNet != nil }

    init(config: Config, seed: UInt64) {
        self.config = config
        self.seed = seed
        (rnn, lstm) = Self.trainers(config, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 11)
        var evalRNG = Xoshiro256StarStar(seed: seed &+ 101)
        evaluation = (0..<Self.evaluationSize).map { _ in EchoTask.sequence(delay: config.delay, rng: &evalRNG) }
        evaluate()
    }

    /// The vanilla RNN starts like page 3's (W_hh = 0.9·a random rotation), the LSTM with its
    /// forget-gate bias at 1; each gets its own Adam.
    private static func trainers(_ c: Config, seed: UInt64) -> (RecurrentTrainer<VanillaRNN>, RecurrentTrainer<LSTM>) {
        let rnn = VanillaRNN(inputSize: 2, hiddenSize: c.hidden, outputSize: 1, radius: 0.9, seed: seed)
        let lstm = LSTM(inputSize: 2, hiddenSize: c.hidden, outputSize: 1, seed: seed &+ 1)
        return (RecurrentTrainer(net: rnn, optimizer: Adam(learningRate: c.learningRate)),
                RecurrentTrainer(net: lstm, optimizer: Adam(learningRate: c.learningRate)))
    }

    var iteration: Int { lstmTrack.losses.count }
    var isFinished: Bool { stopped || iteration >= config.iterations }

    /// Fresh weights and optimizers, the same knobs.
    func restart() {
        let fresh = GatedRun(config: config, seed: seed)
        rnn = fresh.rnn; lstm = fresh.lstm; rng = fresh.rng; evaluation = fresh.evaluation
        rnnTrack = fresh.rnnTrack; lstmTrack = fresh.lstmTrack
        events = []; failedNet = nil
    }

    /// Applies `new`: delay, hidden size or batch restart; lr and clip are marked.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.delay != old.delay || new.hidden != old.hidden || new.batch != old.batch { restart(); return }
        rnn.optimizer.learningRate = new.learningRate
        lstm.optimizer.learningRate = new.learningRate
        guard iteration > 0 else { return }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + SineRun.short(new.learningRate))) }
        if new.clip != old.clip { events.append((iteration, new.clip > 0 ? "clip=" + SineRun.short(new.clip) : "clip off")) }
        if new.iterations != old.iterations, isFinished { evaluate() }
    }

    /// One iteration: both nets take one step on the same fresh batch (nothing once finished).
    func step() {
        guard !isFinished else { return }
        let batch = (0..<config.batch).map { _ in EchoTask.sequence(delay: config.delay, rng: &rng) }
        let xs = batch.map(\.inputs), ts = batch.map(\.targets), signs = batch.map(\.sign)
        // Cannot throw: the batch is not empty and every step has two values.
        let a = try! rnn.step(inputs: xs, targets: ts, clip: config.clip)
        let b = try! lstm.step(inputs: xs, targets: ts, clip: config.clip)
        Self.record(a, signs: signs, into: &rnnTrack)
        Self.record(b, signs: signs, into: &lstmTrack)
        if Self.blewUp(a) { failedNet = "RNN" } else if Self.blewUp(b) { failedNet = "LSTM" }
        if stopped || iteration % Self.evaluationEvery == 0 || isFinished { evaluate() }
    }

    private static func blewUp(_ s: RecurrentTrainer<VanillaRNN>.Step) -> Bool { !s.loss.isFinite || s.loss > blowUp || !s.gradientNorm.isFinite }
    private static func blewUp(_ s: RecurrentTrainer<LSTM>.Step) -> Bool { !s.loss.isFinite || s.loss > blowUp || !s.gradientNorm.isFinite }

    private static func record<N>(_ s: RecurrentTrainer<N>.Step, signs: [Double], into track: inout Track) {
        track.losses.append(s.loss)
        track.gradientNorms.append(s.gradientNorm)
        if s.clipped { track.clipped += 1 }
        let right = zip(s.lastOutputs, signs).filter { ($0.first ?? 0) * $1 > 0 }.count
        track.accuracies.append(Double(right) / Double(max(1, signs.count)))
    }

    /// Iterations for about `budget` seconds; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// Accuracy on the evaluation set and the gradient profiles of both nets.
    private func evaluate() {
        let steps = config.delay + 1
        var unit = Array(repeating: [0.0], count: steps)
        unit[steps - 1] = [1]
        var rnnRight = 0, lstmRight = 0
        var rh = Array(repeating: 0.0, count: steps), lh = rh, lc = rh
        for e in evaluation {
            if let trace = try? rnn.net.forward(e.inputs), let g = try? rnn.net.backward(trace, outputGradients: unit) {
                if (trace.outputs.last?[0] ?? 0) * e.sign > 0 { rnnRight += 1 }
                for t in 0..<steps { rh[t] += g.hiddenNorms[t] }
            }
            if let trace = try? lstm.net.forward(e.inputs), let g = try? lstm.net.backward(trace, outputGradients: unit) {
                if (trace.outputs.last?[0] ?? 0) * e.sign > 0 { lstmRight += 1 }
                for t in 0..<steps { lh[t] += g.hiddenNorms[t]; lc[t] += g.cellNorms[t] }
            }
        }
        let n = Double(evaluation.count)
        rnnTrack.accuracy = Double(rnnRight) / n
        lstmTrack.accuracy = Double(lstmRight) / n
        rnnTrack.hiddenProfile = rh.map { $0 / n }
        lstmTrack.hiddenProfile = lh.map { $0 / n }
        lstmTrack.cellProfile = lc.map { $0 / n }
    }

    /// ‖∂L/∂h_1‖ / ‖∂L/∂h_{T+1}‖ of a profile: how much of the last step's signal reaches step 1.
    static func reach(_ profile: [Double]) -> Double {
        guard let first = profile.first, let last = profile.last, last > 0 else { return .nan }
        return first / last
    }

    /// The mean of the last (up to) 20 values: the curves' smoothing.
    static func recent(_ values: [Double]) -> Double {
        let tail = values.suffix(20)
        return tail.isEmpty ? .nan : tail.reduce(0, +) / Double(tail.count)
    }
}

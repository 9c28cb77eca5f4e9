import NumericCore

/// Rosenblatt's perceptron learning rule on a target gate, one input at a time:
/// y = step(w1·x1 + w2·x2 + b), then w += η·(t − y)·x and b += η·(t − y), cycling through the
/// four inputs in `gateInputs` order. A wrong answer moves the line towards the input's
/// side; a right one changes nothing.
///
/// An epoch is one pass over the four inputs. Training has converged when an epoch makes no
/// mistake; it gives up after `maxEpochs` (XOR and XNOR never converge: no line separates
/// them).
struct RosenblattTraining {
    /// One presentation of an input: what the perceptron said, and the weights after.
    struct Update: Equatable {
        var epoch: Int
        /// Index into `gateInputs`.
        var sample: Int
        var target: Int
        var output: Int
        /// The weights before and after the update (equal when the output was right).
        var before: Perceptron
        var after: Perceptron
        /// t − y: −1, 0 or 1.
        var error: Int { target - output }
    }

    /// Where training stands.
    enum State: Equatable {
        case running
        /// An epoch with no mistakes ended; `epochs` counts it.
        case converged(epochs: Int)
        /// `maxEpochs` epochs ran and the last still made mistakes.
        case gaveUp(epochs: Int)
    }

    static let defaultMaxEpochs = 100

    let target: LogicGate
    let eta: Double
    let start: Perceptron
    let maxEpochs: Int
    private(set) var perceptron: Perceptron
    /// Completed epochs.
    private(set) var epochs = 0
    /// Index into `gateInputs` of the next input presented.
    private(set) var nextSample = 0
    /// Mistakes in the epoch under way.
    private(set) var mistakesThisEpoch = 0
    /// Mistakes of each completed epoch.
    private(set) var mistakesPerEpoch: [Int] = []
    /// Every update so far, in order.
    private(set) var updates: [Update] = []
    private(set) var state: State = .running

    init(target: LogicGate, eta: Double, start: Perceptron, maxEpochs: Int = defaultMaxEpochs) {
        self.target = target
        self.eta = eta
        self.start = start
        self.maxEpochs = max(1, maxEpochs)
        self.perceptron = start
    }

    /// A seeded start: w1, w2 and b uniform in [−0.5, 0.5), drawn in that order from
    /// xoshiro256** seeded with `seed`.
    static func randomStart(seed: UInt64) -> Perceptron {
        var rng = Xoshiro256StarStar(seed: seed)
        let w1 = rng.nextUniform() - 0.5, w2 = rng.nextUniform() - 0.5, b = rng.nextUniform() - 0.5
        return Perceptron(w1: w1, w2: w2, b: b)
    }

    var isFinished: Bool { state != .running }

    /// The last update, if any.
    var last: Update? { updates.last }

    /// Presents the next input and applies the rule; does nothing once finished.
    mutating func step() {
        guard state == .running else { return }
        let input = gateInputs[nextSample]
        let t = target.truthTable[nextSample]
        let before = perceptron
        let y = before.output(input.x1, input.x2)
        let delta = eta * Double(t - y)
        if t != y {
            perceptron.w1 += delta * input.x1
            perceptron.w2 += delta * input.x2
            perceptron.b += delta
            mistakesThisEpoch += 1
        }
        updates.append(Update(epoch: epochs + 1, sample: nextSample, target: t, output: y,
                              before: before, after: perceptron))
        nextSample += 1
        if nextSample == gateInputs.count {
            nextSample = 0
            epochs += 1
            mistakesPerEpoch.append(mistakesThisEpoch)
            if mistakesThisEpoch == 0 {
                state = .converged(epochs: epochs)
            } else if epochs >= maxEpochs {
                state = .gaveUp(epochs: epochs)
            }
            mistakesThisEpoch = 0
        }
    }

    /// Steps until converged or given up.
    mutating func runToEnd() {
        while state == .running { step() }
    }
}

import Foundation
import NumericCore

/// The book's grid: 16 init scales σ on logspace(0, −4, 16), each a `ScalePair` (with and
/// without batch norm). Trained round-robin one epoch at a time, so every panel of the grid
/// fills in together; `step()` is one iteration of the pair whose turn it is.
final class ScaleGrid {
    /// logspace(0, −4, 16): 1, 0.541, 0.293, …, 0.0001.
    static let sigmas: [Double] = (0..<16).map { Double.pow10(-4 * Double($0) / 15) }

    let images: Tensor
    let labels: [Int]
    let seed: UInt64
    private(set) var learningRate: Double
    private(set) var epochs: Int
    private(set) var pairs: [ScalePair]
    /// The pair whose epoch is being trained.
    private(set) var turn = 0

    init(images: Tensor, labels: [Int], seed: UInt64, learningRate: Double = 0.01, epochs: Int = 20) {
        self.images = images
        self.labels = labels
        self.seed = seed
        self.learningRate = learningRate
        self.epochs = epochs
        pairs = []
        pairs = makePairs()
    }

    private func makePairs() -> [ScalePair] {
        Self.sigmas.map { ScalePair(sigma: $0, images: images, labels: labels, seed: seed, learningRate: learningRate, epochs: epochs) }
    }

    func restart() { pairs = makePairs(); turn = 0 }

    func setLearningRate(_ lr: Double) {
        learningRate = lr
        for pair in pairs { pair.setLearningRate(lr) }
    }

    /// More epochs extend every run; fewer end them sooner (curves already longer are kept).
    func setEpochs(_ n: Int) {
        epochs = n
        for pair in pairs { pair.epochs = n }
    }

    var isFinished: Bool { pairs.allSatisfy(\.isFinished) }
    var iterations: Int { pairs.reduce(0) { $0 + $1.iteration } }
    var totalIterations: Int { pairs.reduce(0) { $0 + $1.totalIterations } }

    /// One iteration of the pair whose turn it is; at its epoch's end the turn passes on.
    func step() {
        guard !isFinished else { return }
        // Skip finished pairs, and give the turn to the pair with the fewest epochs.
        if pairs[turn].isFinished { passTurn() }
        let pair = pairs[turn]
        pair.step()
        if pair.iteration % pair.iterationsPerEpoch == 0 || pair.isFinished { passTurn() }
    }

    private func passTurn() {
        for offset in 1...pairs.count {
            let next = (turn + offset) % pairs.count
            if !pairs[next].isFinished { turn = next; return }
        }
    }

    /// Scales at which a net reached `threshold` train accuracy, with and without batch norm.
    func learned(threshold: Double = 0.5) -> (bn: Int, plain: Int) {
        (pairs.filter { ($0.bn.lastAccuracy ?? 0) >= threshold }.count,
         pairs.filter { ($0.plain.lastAccuracy ?? 0) >= threshold }.count)
    }
}

extension Double {
    /// 10^x, exact for integer x (the grid's σ = 1 and 1e-4 print as such).
    static func pow10(_ x: Double) -> Double {
        if x == x.rounded() {
            let n = Int(x)
            var r = 1.0
            for _ in 0..<abs(n) { r *= 10 }
            return n >= 0 ? r : 1 / r
        }
        return Foundation.pow(10, x)
    }
}

import Dispatch
import LessonKit
import NumericCore

/// Page 3's race: the same net trained with mini-batches of 1 (SGD on one image), 32, 128
/// and the whole training set, the same learning rate and the same number of epochs. Runs
/// are stepped a slice at a time, always the one furthest behind in epochs, so they move
/// across the chart together.
final class MiniBatchRace {
    static let learningRate = 0.05
    static let epochs = 3

    let data: DigitsData
    var learningRate: Double
    var epochs: Int
    private(set) var runs: [EpochRun] = []

    init(data: DigitsData, learningRate: Double = MiniBatchRace.learningRate, epochs: Int = MiniBatchRace.epochs) {
        self.data = data
        self.learningRate = learningRate
        self.epochs = epochs
    }

    /// The four batch sizes: 1, 32, 128 and all training images.
    var batchSizes: [Int] { [1, 32, 128, data.trainCount] }

    @discardableResult
    private func build() -> [EpochRun] {
        if runs.isEmpty {
            let template = data.template()
            runs = batchSizes.map { data.makeRun(template: template, batchSize: $0, schedule: .constant, initialRate: learningRate) }
        }
        return runs
    }

    var isBuilt: Bool { !runs.isEmpty }
    /// Runs still training: not diverged, short of the epoch budget.
    var active: [EpochRun] { build().filter { !$0.hasDiverged && $0.epoch < epochs } }
    var isFinished: Bool { isBuilt && active.isEmpty }
    /// Whether every run blew up.
    var allDiverged: Bool { isBuilt && runs.allSatisfy(\.hasDiverged) }
    /// The least epochs any live run has done (whole).
    var clock: Int { runs.filter { !$0.hasDiverged }.map(\.epoch).min() ?? runs.map(\.epoch).max() ?? 0 }

    /// One iteration of the run furthest behind; false if none is active.
    @discardableResult
    func stepLagging() -> Bool {
        guard let run = active.min(by: { $0.progress < $1.progress }) else { return false }
        run.step()
        return true
    }

    /// One epoch of every run (the headless step).
    func step() {
        let target = min(epochs, clock + 1)
        while let run = active.first(where: { $0.epoch < target }) { run.step() }
    }

    /// Iterations of the runs furthest behind for about `budget` seconds (at least one).
    func advance(budget: Double) -> Bool {
        build()
        let start = DispatchTime.now().uptimeNanoseconds, limit = UInt64(max(0, budget) * 1e9)
        var any = false
        repeat {
            guard stepLagging() else { break }
            any = true
        } while DispatchTime.now().uptimeNanoseconds - start < limit
        return any
    }

    func reset() { runs = [] }

    /// A new learning rate for every run from its next iteration, marked on the curves.
    func setLearningRate(_ rate: Double) {
        guard rate != learningRate else { return }
        learningRate = rate
        for run in runs { run.setInitialRate(rate, mark: "lr=" + NumberText.format(rate, digits: 3)) }
    }

    /// The batch size whose run has the lowest training loss after epoch `epoch` (1-based),
    /// or nil until every live run has reached it.
    func lowest(after epoch: Int) -> Int? {
        guard isBuilt else { return nil }
        let live = runs.indices.filter { !runs[$0].hasDiverged }
        guard !live.isEmpty, live.allSatisfy({ runs[$0].epochLosses.count > epoch }) else { return nil }
        return live.min { runs[$0].epochLosses[epoch] < runs[$1].epochLosses[epoch] }
    }
}

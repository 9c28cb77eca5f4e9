import Dispatch
import LessonKit
import NumericCore

/// What the mini-batch race (page 3) and the decay race (page 4) share: several `EpochRun`s
/// of the same net from the same weights, built on first use, stepped a slice at a time —
/// always the run furthest behind — so they move across the chart together, each stopping
/// at `epochs` or when it diverges. A subclass says which runs (`makeRuns`).
class EpochRace {
    let data: DigitsData
    var epochs: Int
    private(set) var runs: [EpochRun] = []

    init(data: DigitsData, epochs: Int) {
        self.data = data
        self.epochs = epochs
    }

    /// The race's runs, all from `template` (overridden).
    func makeRuns(template: Sequential) -> [EpochRun] { [] }

    @discardableResult
    func build() -> [EpochRun] {
        if runs.isEmpty { runs = makeRuns(template: data.template()) }
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
        return FrameBudget.spend(budget) { stepLagging() } > 0
    }

    func reset() { runs = [] }

    /// A new starting rate for every run from its next iteration, marked on the curves.
    func setRates(_ rate: Double, mark: String) {
        for run in runs { run.setInitialRate(rate, mark: mark) }
    }
}

import Dispatch
import LessonKit
import NumericCore

/// Page 4's race: the same net and mini-batches of 32 trained five times, once per
/// learning-rate schedule (constant, 1/(1+decay·epoch), 0.95^epoch, staircase, 1/√epoch),
/// all from the same α0, the furthest-behind run stepped first so they keep together.
final class DecayRace {
    static let batchSize = 32
    static let initialRate = 0.75
    static let decay = 1.0
    static let epochs = 15

    let data: DigitsData
    var initialRate: Double
    var decay: Double
    var epochs: Int
    private(set) var runs: [EpochRun] = []

    init(data: DigitsData, initialRate: Double = DecayRace.initialRate, decay: Double = DecayRace.decay,
         epochs: Int = DecayRace.epochs) {
        self.data = data
        self.initialRate = initialRate
        self.decay = decay
        self.epochs = epochs
    }

    @discardableResult
    private func build() -> [EpochRun] {
        if runs.isEmpty {
            let template = data.template()
            runs = DecaySchedules.names.indices.map {
                data.makeRun(template: template, batchSize: Self.batchSize, schedule: DecaySchedules.schedule($0, decay: decay),
                             initialRate: initialRate)
            }
        }
        return runs
    }

    var isBuilt: Bool { !runs.isEmpty }
    var active: [EpochRun] { build().filter { !$0.hasDiverged && $0.epoch < epochs } }
    var isFinished: Bool { isBuilt && active.isEmpty }
    var allDiverged: Bool { isBuilt && runs.allSatisfy(\.hasDiverged) }
    var clock: Int { runs.filter { !$0.hasDiverged }.map(\.epoch).min() ?? runs.map(\.epoch).max() ?? 0 }

    /// The rate of each schedule at epochs 0…`epochs` − 1 with the current α0 and decay.
    func rates() -> [[Double]] {
        DecaySchedules.names.indices.map { i in
            let schedule = DecaySchedules.schedule(i, decay: decay)
            return (0..<epochs).map { schedule.rate(initial: initialRate, epoch: $0) }
        }
    }

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

    func setInitialRate(_ rate: Double) {
        guard rate != initialRate else { return }
        initialRate = rate
        for run in runs { run.setInitialRate(rate, mark: "α0=" + NumberText.format(rate, digits: 3)) }
    }

    func setDecay(_ value: Double) {
        guard value != decay else { return }
        decay = value
        guard runs.count > 1 else { return }
        runs[1].setSchedule(DecaySchedules.schedule(1, decay: value), mark: "decay=" + NumberText.format(value, digits: 3))
    }

    /// The schedule whose run ended with the lowest training loss, once every live run is done.
    var winner: Int? {
        guard isFinished else { return nil }
        let live = runs.indices.filter { !runs[$0].hasDiverged }
        return live.min { runs[$0].lastLoss < runs[$1].lastLoss }
    }
}

import LessonKit
import NumericCore

/// Page 4's race: the same net and mini-batches of 32 trained five times, once per
/// learning-rate schedule (constant, 1/(1+decay·epoch), 0.95^epoch, staircase, 1/√epoch),
/// all from the same α0, the furthest-behind run stepped first so they keep together.
final class DecayRace: EpochRace {
    static let batchSize = 32
    static let initialRate = 0.75
    static let decay = 1.0
    static let epochs = 15

    var initialRate: Double
    var decay: Double

    init(data: DigitsData, initialRate: Double = DecayRace.initialRate, decay: Double = DecayRace.decay,
         epochs: Int = DecayRace.epochs) {
        self.initialRate = initialRate
        self.decay = decay
        super.init(data: data, epochs: epochs)
    }

    override func makeRuns(template: Sequential) -> [EpochRun] {
        DecaySchedules.names.indices.map {
            data.makeRun(template: template, batchSize: Self.batchSize, schedule: DecaySchedules.schedule($0, decay: decay),
                         initialRate: initialRate)
        }
    }

    /// The rate of each schedule at epochs 0…`epochs` − 1 with the current α0 and decay.
    func rates() -> [[Double]] {
        DecaySchedules.names.indices.map { i in
            let schedule = DecaySchedules.schedule(i, decay: decay)
            return (0..<epochs).map { schedule.rate(initial: initialRate, epoch: $0) }
        }
    }

    func setInitialRate(_ rate: Double) {
        guard rate != initialRate else { return }
        initialRate = rate
        setRates(rate, mark: "α0=" + NumberText.format(rate, digits: 3))
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

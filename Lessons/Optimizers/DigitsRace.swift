import Dispatch
import LessonKit
import NumericCore

/// The race on digits: each switched-on optimizer trains its own copy of one network, all
/// copies starting from the same initial weights (`Sequential.copyParameters(from:)`) and
/// fed the same mini-batch at each iteration (`BatchSchedule`) — a fair race, so the curves
/// differ only by the update rule.
///
/// The data and the nets are built on first use, so opening the lesson stays quick.
final class DigitsRace {
    let config: DigitsRaceConfig
    let context: LessonContext
    /// The iteration the race plays to.
    var planned: Int
    /// The six racers' settings, in `OptimizerKind` order.
    private(set) var racers: [RacerSettings]
    private var built: (data: DigitsSource, template: Sequential, schedule: BatchSchedule)?
    /// One run per racer once built (switched-off racers keep theirs, paused).
    private(set) var runs: [DigitsRun] = []
    /// The last batch gathered, shared by the runs that reach that iteration.
    private var cachedBatch: (index: Int, x: Tensor, labels: [Int])?

    init(config: DigitsRaceConfig, context: LessonContext) {
        self.config = config
        self.context = context
        planned = config.iterations
        racers = OptimizerKind.allCases.map { RacerSettings(kind: $0, learningRate: DigitsRaceConfig.learningRate($0)) }
    }

    /// The data, loaded (and the runs built) on first use.
    var data: DigitsSource { build().data }
    var isBuilt: Bool { built != nil }

    @discardableResult
    private func build() -> (data: DigitsSource, template: Sequential, schedule: BatchSchedule) {
        if let built { return built }
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory,
                                       synthetic: (config.trainCount, config.testCount), seed: context.seed)
        let made = (data: data, template: config.makeNet(seed: context.seed),
                    schedule: BatchSchedule(sampleCount: data.split.train.count, batchSize: config.batchSize,
                                            seed: context.seed &+ 1))
        built = made
        makeRuns()
        return made
    }

    private func makeRuns() {
        guard let built else { return }
        runs = racers.map { DigitsRun(settings: $0, template: built.template, data: built.data, config: config, seed: context.seed) }
    }

    /// The runs that may take another iteration: switched on, not diverged, not at the end.
    var active: [DigitsRun] {
        runs.filter { $0.settings.enabled && !$0.hasDiverged && $0.iteration < planned }
    }

    /// The runs shown: the switched-on ones.
    var shown: [DigitsRun] { runs.filter(\.settings.enabled) }

    /// The race clock: the furthest iteration any switched-on run has reached.
    var clock: Int { shown.map(\.iteration).max() ?? 0 }

    var isFinished: Bool { isBuilt && active.isEmpty }

    /// One race iteration: every active run at the lowest iteration takes one step.
    func step() {
        build()
        stepLaggingRuns()
    }

    /// Race iterations (each: every active run furthest behind takes one step) until
    /// `budget` seconds are spent (at least one); returns whether anything ran.
    func advance(budget: Double) -> Bool {
        build()
        return FrameBudget.spend(budget) { stepLaggingRuns() } > 0
    }

    /// The active runs at the lowest iteration each take one step on that iteration's
    /// batch, side by side on the cores (`ConcurrentWork`: each run touches only its own
    /// net, optimizer and history, and reads the shared batch). Returns false when no run
    /// is active.
    @discardableResult
    private func stepLaggingRuns() -> Bool {
        let runs = active
        guard let lowest = runs.map(\.iteration).min() else { return false }
        let lagging = runs.filter { $0.iteration == lowest }
        if cachedBatch?.index != lowest {
            let train = build().data.split.train
            let indices = build().schedule.batch(lowest)
            cachedBatch = (lowest, train.images.gatherRows(indices), indices.map { train.labels[$0] })
        }
        guard let batch = cachedBatch else { return false }
        ConcurrentWork.forEach(lagging.count) { i in
            lagging[i].step(x: batch.x, labels: batch.labels)
        }
        return true
    }

    /// Back to the shared initial weights and the first batch, keeping the settings.
    func reset() {
        cachedBatch = nil
        makeRuns()
    }

    /// Applies a racer's knob (`adam_lr`, `sgd`, …): a hyperparameter reaches the running
    /// optimizer at its next iteration and is marked on its curve; a switched-off racer
    /// pauses and, switched back on, catches up on the same batches. Returns false when no
    /// racer has a knob of that name.
    func setRacerKnob(_ name: String, to value: Double) -> Bool {
        guard let i = racers.firstIndex(where: { $0.knobs.contains { $0.name == name } }) else { return false }
        guard racers[i].set(name, to: value) != nil else { return true }
        if i < runs.count { runs[i].update(racers[i]) }
        return true
    }
}

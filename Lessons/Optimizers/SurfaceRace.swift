import NumericCore

/// The race on a 2-D surface: every switched-on optimizer starts from the same point and
/// takes one step per tick of the race clock.
///
/// A run is a pure function of its settings, the surface and the start, so any change of
/// those recomputes the affected paths up to the current clock: what the chart shows is
/// always the race these settings give (and what `nnbook run` exports).
final class SurfaceRace {
    private(set) var preset: SurfacePreset
    private(set) var start: SIMD2<Double>
    /// The step count the race plays to.
    private(set) var planned: Int
    /// "Within ε": the distance to the minimum the standings time.
    var epsilon = 0.5
    /// The six racers' settings, in `OptimizerKind` order (switched-off ones included).
    private(set) var racers: [RacerSettings]
    /// The runs of the switched-on racers, in the same order.
    private(set) var runs: [SurfaceRun] = []
    /// The race clock: steps taken.
    private(set) var clock = 0

    /// A race on `preset` with its start, step count and learning rates.
    init(preset: SurfacePreset = .book) {
        self.preset = preset
        start = preset.surface.start
        planned = preset.steps
        racers = preset.racers
        rebuild()
    }

    var surface: Surface { preset.surface }
    var isFinished: Bool { clock >= planned }

    /// Switches to `preset`, loading its start, step count and learning rates (the other
    /// hyperparameters go back to the book's defaults, the on/off choices stay), and
    /// restarts the clock.
    func choose(_ preset: SurfacePreset) {
        let enabled = racers.map(\.enabled)
        self.preset = preset
        start = preset.surface.start
        planned = preset.steps
        racers = zip(preset.racers, enabled).map { settings, on in
            var s = settings
            s.enabled = on
            return s
        }
        clock = 0
        rebuild()
    }

    /// Sets the step count; a clock past it goes back to it (the paths are cut there).
    func plan(_ steps: Int) {
        planned = max(1, steps)
        if clock > planned {
            clock = planned
            rebuild()
        }
    }

    /// Moves the start (clamped to the view box) and replays the race to the current clock.
    func moveStart(x: Double? = nil, y: Double? = nil) {
        let s = surface
        if let x, x.isFinite { start.x = min(s.xRange.upperBound, max(s.xRange.lowerBound, x)) }
        if let y, y.isFinite { start.y = min(s.yRange.upperBound, max(s.yRange.lowerBound, y)) }
        rebuild()
    }

    /// Applies a racer's knob (`adam_lr`, `sgd`, …) and replays the race to the current
    /// clock; returns false when no racer has a knob of that name.
    func setRacerKnob(_ name: String, to value: Double) -> Bool {
        guard let i = racers.firstIndex(where: { $0.knobs.contains { $0.name == name } }) else { return false }
        if racers[i].set(name, to: value) != nil { rebuild() }
        return true
    }

    /// One tick: every run still racing takes a step.
    func step() {
        guard !isFinished else { return }
        clock += 1
        for run in runs { run.step(on: preset) }
    }

    /// Back to the start, keeping every setting.
    func reset() {
        clock = 0
        rebuild()
    }

    /// Fresh runs for the switched-on racers, replayed to the clock.
    private func rebuild() {
        runs = racers.filter(\.enabled).map { SurfaceRun(settings: $0, start: start) }
        for run in runs { run.run(to: clock, on: preset) }
    }

    /// The standings now, best first (see `Standing`).
    var standings: [Standing] {
        Standing.rank(runs.map { Standing(run: $0, surface: surface, epsilon: epsilon) })
    }
}

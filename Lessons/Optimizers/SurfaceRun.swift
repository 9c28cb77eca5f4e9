import NumericCore

/// One optimizer's run down a surface: its own optimizer (state from zero) moving its own
/// point from the start, the path so far, and the step at which it diverged, if it did.
///
/// Each step is `SurfacePoint.step`: the gradient at the current point, then one update —
/// the same arithmetic as the core's `Surface.trajectory(of:from:steps:)`.
final class SurfaceRun {
    /// The optimizer and hyperparameters this run uses.
    let settings: RacerSettings
    /// Every point so far: the start, then one per step (the last one is where it escaped,
    /// when it diverged).
    private(set) var path: [SIMD2<Double>]
    /// The step at which the point left the surface's escape box (or became inf/NaN); nil
    /// while it is still racing.
    private(set) var divergedAt: Int?
    private let optimizer: any Optimizer
    private let point: SurfacePoint

    init(settings: RacerSettings, start: SIMD2<Double>) {
        self.settings = settings
        optimizer = settings.makeOptimizer()
        point = SurfacePoint(start, name: settings.kind.rawValue)
        path = [start]
    }

    /// Steps taken.
    var steps: Int { path.count - 1 }
    /// Where the point is now.
    var current: SIMD2<Double> { path[path.count - 1] }
    var hasDiverged: Bool { divergedAt != nil }

    /// One step downhill on `preset`'s surface (nothing once diverged).
    func step(on preset: SurfacePreset) {
        guard divergedAt == nil else { return }
        let p = point.step(optimizer, on: preset.surface)
        path.append(p)
        if preset.hasEscaped(p) { divergedAt = steps }
    }

    /// Steps until `count` steps are taken or the run diverges.
    func run(to count: Int, on preset: SurfacePreset) {
        while steps < count && divergedAt == nil { step(on: preset) }
    }
}

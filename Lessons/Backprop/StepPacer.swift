/// Paces an animation while it plays: one step every `interval` seconds of wall-clock time,
/// so a learner can read each step (the frame loop calls `advance` far more often).
struct StepPacer {
    /// Seconds between steps.
    var interval: Double = 0.8
    private var last: ContinuousClock.Instant?

    /// Whether a step is due now; the first call while playing steps at once.
    mutating func isDue() -> Bool {
        let now = ContinuousClock.now
        if let last, last.duration(to: now) < .milliseconds(Int(interval * 1000)) { return false }
        last = now
        return true
    }

    /// Forgets the last step (after a reset or a manual step).
    mutating func restart() { last = nil }
}

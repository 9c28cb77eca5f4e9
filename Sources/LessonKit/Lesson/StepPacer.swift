/// Paces an animation while it plays: one step every `interval` seconds of wall-clock time,
/// so a learner can read each step (the frame loop calls `advance` far more often). Used by
/// the cells that walk a computation graph node by node (backprop, logistic).
public struct StepPacer {
    /// Seconds between steps.
    public var interval: Double = 0.8
    private var last: ContinuousClock.Instant?

    /// A pacer stepping every `interval` seconds.
    public init(interval: Double = 0.8) { self.interval = interval }

    /// Whether a step is due now; the first call while playing steps at once.
    public mutating func isDue() -> Bool {
        let now = ContinuousClock.now
        if let last, last.duration(to: now) < .milliseconds(Int(interval * 1000)) { return false }
        last = now
        return true
    }

    /// Forgets the last step (after a reset or a manual step).
    public mutating func restart() { last = nil }
}

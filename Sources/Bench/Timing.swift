/// Timings of repeated runs of one piece of work, in seconds.
public struct Timing: Codable, Sendable, Equatable {
    /// The fastest run (least disturbed by other work on the machine).
    public var best: Double
    /// The median run.
    public var median: Double
    /// How many runs were timed.
    public var runs: Int

    /// Summary of the given run times (at least one).
    public init(times: [Double]) {
        precondition(!times.isEmpty, "Timing: no runs")
        let sorted = times.sorted()
        best = sorted[0]
        let mid = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        runs = sorted.count
    }

    /// Runs `work` `warmup` times untimed, then times at least `repeats` runs and keeps
    /// going until `minimumSeconds` have passed (at most 10 000 runs) — the same rule as
    /// the numpy script's `measure`.
    public static func measure(repeats: Int, warmup: Int, minimumSeconds: Double,
                               _ work: () -> Void) -> Timing {
        for _ in 0..<warmup { work() }
        var times: [Double] = []
        let clock = ContinuousClock()
        let start = clock.now
        while times.count < max(1, repeats)
            || (seconds(start.duration(to: clock.now)) < minimumSeconds && times.count < 10_000) {
            let t0 = clock.now
            work()
            times.append(seconds(t0.duration(to: clock.now)))
        }
        return Timing(times: times)
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

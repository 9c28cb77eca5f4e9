import Dispatch

/// Page 1's experiment: a year of temperatures revealed day by day, with the exponentially
/// weighted average of the days so far, plain and bias-corrected. β may change mid-year
/// (the average goes on with the new β, and the change is marked); a new noise level
/// starts the year again.
final class EWMARun {
    /// The β values the knob steps through (log-ish in 1 − β).
    static let betas = [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999]
    /// Days shown per second while playing.
    static let daysPerSecond = 60.0

    let temperatures: Temperatures
    private(set) var beta: Double
    var correction: Bool
    private(set) var noise: Double
    /// Days revealed so far (0…365).
    private(set) var day = 0
    private(set) var measured: [Double]
    /// The plain and corrected averages of days 1…`day`.
    private(set) var plain: [Double] = []
    private(set) var corrected: [Double] = []
    /// Knob changes with the day they happened after.
    private(set) var events: [(day: Double, label: String)] = []
    private var average: ExponentialAverage
    private var lastAdvance: UInt64?
    private var carry = 0.0
    private var moved = false

    init(seed: UInt64, beta: Double = 0.9, correction: Bool = false, noise: Double = 3) {
        temperatures = Temperatures(seed: seed)
        self.beta = beta
        self.correction = correction
        self.noise = noise
        measured = temperatures.measured(noise: noise)
        average = ExponentialAverage(beta: beta)
    }

    var isFinished: Bool { day >= Temperatures.days }

    /// The average shown: corrected when correction is on.
    var shown: [Double] { correction ? corrected : plain }

    func restart() {
        day = 0
        plain = []
        corrected = []
        events = []
        average = ExponentialAverage(beta: beta)
        lastAdvance = nil
        moved = false
        carry = 0
    }

    func setBeta(_ new: Double) {
        guard new != beta else { return }
        beta = new
        average.beta = new
        if day > 0 { events.append((Double(day), "β=" + Self.betaText(new))) }
    }

    func setCorrection(_ on: Bool) {
        guard on != correction else { return }
        correction = on
        if day > 0 { events.append((Double(day), on ? "÷(1−βᵗ)" : "v")) }
    }

    func setNoise(_ new: Double) {
        guard new != noise else { return }
        noise = new
        measured = temperatures.measured(noise: new)
        restart()
    }

    /// Reveals one more day.
    func step() {
        guard !isFinished else { return }
        average.add(measured[day])
        plain.append(average.value)
        corrected.append(average.corrected)
        day += 1
    }

    /// Reveals days at `daysPerSecond` of wall time (none until a whole one is due, at most 10 per call; the first call moves at once).
    func advance() -> Bool {
        guard !isFinished else { return false }
        let now = DispatchTime.now().uptimeNanoseconds
        if let last = lastAdvance { carry += Double(now - last) / 1e9 * Self.daysPerSecond }
        lastAdvance = now
        // The first call moves at once; later ones wait for a whole one to be due.
        if carry < 1 && moved { return false }
        moved = true
        let days = max(1, min(10, Int(carry)))
        carry = max(0, min(10, carry - Double(days)))
        for _ in 0..<days { step() }
        return true
    }

    // MARK: - Measurements

    /// The shift s (0…`maxShift` days) at which the shown average best matches the clean
    /// seasonal curve s days earlier (least mean squared difference over days 31…`day`), or
    /// nil before day 100.
    var measuredLag: Int? {
        guard day >= 100 else { return nil }
        let average = shown, clean = temperatures.seasonal
        let maxShift = min(150, day / 2)
        var best: (shift: Int, error: Double)?
        for s in 0...maxShift {
            var sum = 0.0, n = 0
            for t in max(30, s)..<day {
                let d = average[t] - clean[t - s]
                sum += d * d
                n += 1
            }
            guard n > 0 else { continue }
            let error = sum / Double(n)
            if best == nil || error < best!.error { best = (s, error) }
        }
        return best?.shift
    }

    /// The root mean square of the day-to-day change of `series` over days 31…`day` (after
    /// the cold start), or nil before day 32.
    static func roughness(_ series: [Double], upTo day: Int) -> Double? {
        guard day > 31 else { return nil }
        var sum = 0.0
        for t in 31..<day { let d = series[t] - series[t - 1]; sum += d * d }
        return (sum / Double(day - 31)).squareRoot()
    }

    /// The shown average's day-to-day change (RMS, °C) after the first month.
    var roughness: Double? { Self.roughness(shown, upTo: day) }
    /// The measured data's day-to-day change (RMS, °C) after the first month.
    var dataRoughness: Double? { Self.roughness(measured, upTo: day) }

    /// The mean |average − clean temperature| over the first `days` days (the cold start), or
    /// nil until they are revealed.
    func coldStartError(days: Int = 30) -> Double? {
        guard day >= days else { return nil }
        let average = shown
        return (0..<days).map { abs(average[$0] - temperatures.seasonal[$0]) }.reduce(0, +) / Double(days)
    }

    /// "0.9", "0.9999".
    static func betaText(_ beta: Double) -> String {
        var text = String(beta)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

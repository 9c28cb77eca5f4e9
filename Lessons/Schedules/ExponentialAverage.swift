/// An exponentially weighted moving average (Ng's course 2 week 2):
///
///     v_t = β·v_{t−1} + (1 − β)·θ_t,   v_0 = 0
///
/// and its bias-corrected form v_t / (1 − β^t), which removes the cold start of v_0 = 0.
/// The correction's denominator is kept as the average of a series of ones (w_t = β·w_{t−1}
/// + (1 − β)), which equals 1 − β^t at a fixed β and stays right when β changes mid-series.
///
/// (The core's optimizers keep their averages per array element inside tight loops, so this
/// scalar form lives in the lesson.)
struct ExponentialAverage: Equatable {
    var beta: Double
    /// v_t, starting at 0.
    private(set) var value = 0.0
    /// w_t = 1 − β^t at a fixed β: the weight the average has gathered so far.
    private(set) var weight = 0.0
    /// t, the values added so far.
    private(set) var count = 0

    init(beta: Double) { self.beta = beta }

    /// Adds θ_t.
    mutating func add(_ x: Double) {
        value = beta * value + (1 - beta) * x
        weight = beta * weight + (1 - beta)
        count += 1
    }

    /// v_t / (1 − β^t): the bias-corrected average (0 before any value).
    var corrected: Double { weight > 0 ? value / weight : 0 }

    /// The averages of `values` at a fixed β, corrected or not.
    static func series(_ values: [Double], beta: Double, corrected: Bool) -> [Double] {
        var average = ExponentialAverage(beta: beta)
        return values.map { x in
            average.add(x)
            return corrected ? average.corrected : average.value
        }
    }

    /// About how many recent values the average spans: 1/(1 − β).
    static func window(beta: Double) -> Double { 1 / (1 - beta) }

    /// The mean age of the weights, β/(1 − β): how far the average lags a steady trend.
    static func lag(beta: Double) -> Double { beta / (1 - beta) }
}

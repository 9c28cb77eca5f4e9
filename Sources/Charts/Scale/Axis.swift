import Foundation

/// A resolved axis: its range, tick values and their labels, in plotted units (for a log10
/// axis, plotted units are log10 of the data).
public struct Axis: Sendable, Equatable {
    /// The plotted range.
    public var range: ClosedRange<Double>
    /// Tick values inside `range`.
    public var ticks: [Double]
    /// One label per tick.
    public var labels: [String]
    /// The step between ticks.
    public var step: Double
    /// Linear or log10.
    public var scale: AxisScale

    /// An axis with explicit ticks and labels (categories, bin edges).
    public init(range: ClosedRange<Double>, ticks: [Double], labels: [String], step: Double = 1,
                scale: AxisScale = .linear) {
        self.range = range
        self.ticks = ticks
        self.labels = labels
        self.step = step
        self.scale = scale
    }

    /// Resolves `limits` against the finite data `extent` (already in plotted units) with at
    /// most `maxTicks` ticks. `.auto` rounds the data range outward to multiples of the nice
    /// step for `4 × maxTicks` ticks, then puts at most `maxTicks` nice ticks inside it
    /// (0…97, 3 ticks → range 0…100, ticks 0, 50, 100; 0.1…2.4, 5 ticks → 0…2.4 with 0, 0.5,
    /// …, 2). A log10 axis is rounded to whole decades with ticks on decades. Empty data gives
    /// 0…1; constant data a range around the value (see `DataExtent.plotRange`).
    public static func resolve(_ limits: AxisLimits, extent: DataExtent, scale: AxisScale = .linear,
                               maxTicks: Int) -> Axis {
        var range: ClosedRange<Double>
        var widen = false
        switch limits {
        case .auto:
            range = extent.plotRange
            widen = true
        case .tight:
            range = extent.plotRange
        case let .fixed(a, b):
            var lo = Swift.min(a, b), hi = Swift.max(a, b)
            if scale == .log10 {
                lo = lo > 0 ? Foundation.log10(lo) : .nan
                hi = hi > 0 ? Foundation.log10(hi) : .nan
            }
            if lo.isFinite && hi.isFinite {
                range = DataExtent([lo, hi]).plotRange
            } else {
                range = extent.plotRange
                widen = true
            }
        }
        if scale == .log10 {
            // Whole decades: the ends rounded out to decades, ticks on decades inside.
            if widen { range = range.lowerBound.rounded(.down)...Swift.max(range.upperBound.rounded(.up), range.lowerBound.rounded(.down) + 1) }
            var t = NiceTicks.ticks(in: range, maxCount: maxTicks, widen: false)
            if t.step < 1 {
                let first = range.lowerBound.rounded(.up), last = range.upperBound.rounded(.down)
                t = (range, 1, first <= last ? Array(stride(from: first, through: last, by: 1)) : [])
            }
            return Axis(range: range, ticks: t.values,
                        labels: t.values.map { NumberFormat.compact(pow10(Int($0.rounded()))) },
                        step: t.step, scale: .log10)
        }
        if widen {
            // Round the ends to a step four times as fine as the ticks' (0…97 → 0…100,
            // 0.1…2.4 → 0…2.4), then place the ticks inside.
            range = NiceTicks.ticks(in: range, maxCount: 4 * maxTicks, widen: true).range
        }
        let t = NiceTicks.ticks(in: range, maxCount: maxTicks, widen: false)
        return Axis(range: t.range, ticks: t.values, labels: NumberFormat.ticks(t.values, step: t.step),
                    step: t.step, scale: .linear)
    }

    /// Columns taken by the widest label.
    public var labelWidth: Int { labels.reduce(0) { Swift.max($0, displayWidth(of: $1)) } }
}

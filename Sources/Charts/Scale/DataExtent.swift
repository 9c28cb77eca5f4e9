import Foundation

/// The smallest and largest finite values seen, and how many non-finite values (NaN, ±Inf)
/// were skipped on the way: the raw material of an automatic axis range.
public struct DataExtent: Sendable, Hashable {
    /// The smallest finite value (`+infinity` while empty).
    public private(set) var lower: Double = .infinity
    /// The largest finite value (`-infinity` while empty).
    public private(set) var upper: Double = -.infinity
    /// Non-finite values skipped.
    public private(set) var skipped: Int = 0

    /// An empty extent.
    public init() {}

    /// The extent of `values`.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for v in values { include(v) }
    }

    /// Whether no finite value was seen.
    public var isEmpty: Bool { lower > upper }

    /// Widens the extent to `value`, or counts it as skipped if it is not finite.
    public mutating func include(_ value: Double) {
        guard value.isFinite else { skipped += 1; return }
        if value < lower { lower = value }
        if value > upper { upper = value }
    }

    /// Widens the extent to another one (skipped counts add up).
    public mutating func include(_ other: DataExtent) {
        if other.lower < lower { lower = other.lower }
        if other.upper > upper { upper = other.upper }
        skipped += other.skipped
    }

    /// The range to plot: the extent itself, or for empty data 0…1, or for a single value `v`
    /// the interval v ± 10^⌊log10 |v|⌋ (v ± 1 for 0), so a constant shows as a flat line in
    /// the middle with honest labels around it.
    public var plotRange: ClosedRange<Double> {
        if isEmpty { return 0...1 }
        if upper > lower { return lower...upper }
        let v = lower
        let d = v == 0 ? 1 : pow10(Int((log10(abs(v))).rounded(.down)))
        return (v - d)...(v + d)
    }
}

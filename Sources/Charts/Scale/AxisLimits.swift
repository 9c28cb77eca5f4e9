/// How an axis chooses its range.
public enum AxisLimits: Sendable, Hashable {
    /// The finite data range widened outward to the nearest multiples of the tick step
    /// (0…97 → 0…100), so the first and last rows/columns carry round labels.
    case auto
    /// Exactly the finite data range; ticks fall inside it.
    case tight
    /// Exactly `lower…upper` whatever the data (swapped if reversed, widened if equal).
    case fixed(Double, Double)
}

/// How values map onto an axis.
public enum AxisScale: Sendable, Hashable {
    /// Linear.
    case linear
    /// Base-10 logarithmic: values ≤ 0 cannot be drawn and are skipped (and reported); ticks
    /// fall on whole decades.
    case log10
}

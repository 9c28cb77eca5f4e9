/// A named sequence of (x, y) points: a curve of a line plot, a class of a scatter plot, an
/// optimizer's path on a contour plot. Appending is amortised O(1), so a live run can add a
/// point per step and re-render each frame.
public struct Series: Sendable, Hashable {
    /// Shown in the legend.
    public var name: String
    /// The series colour (nil: the palette colour for its position).
    public var color: Color?
    /// x values.
    public private(set) var xs: [Double]
    /// y values (same count as `xs`).
    public private(set) var ys: [Double]
    /// Whether `xs` never decreases (lets plots thin dense series per pixel column).
    public private(set) var isSortedByX: Bool
    /// Whether a line plot draws each point as a dot, unjoined (noisy measurements under a
    /// smooth curve, e.g. daily temperatures under their average); false: a joined curve.
    public var dots = false

    /// A series of the points (`x[i]`, `y[i]`); the longer array is cut to the shorter.
    public init(name: String = "", color: Color? = nil, x: [Double], y: [Double]) {
        let n = Swift.min(x.count, y.count)
        self.name = name
        self.color = color
        xs = Array(x.prefix(n))
        ys = Array(y.prefix(n))
        isSortedByX = true
        for i in xs.indices.dropFirst() where !(xs[i] >= xs[i - 1]) { isSortedByX = false; break }
    }

    /// A series of `y` at x = 0, 1, 2, …
    public init(name: String = "", color: Color? = nil, y: [Double]) {
        self.init(name: name, color: color, x: (0..<y.count).map(Double.init), y: y)
    }

    /// An empty series.
    public init(name: String = "", color: Color? = nil) {
        self.init(name: name, color: color, x: [], y: [])
    }

    /// Number of points.
    public var count: Int { xs.count }

    /// The last point, if any.
    public var last: (x: Double, y: Double)? { xs.isEmpty ? nil : (xs[xs.count - 1], ys[ys.count - 1]) }

    /// Adds the point (`x`, `y`).
    public mutating func append(x: Double, y: Double) {
        if let lastX = xs.last, !(x >= lastX) { isSortedByX = false }
        xs.append(x)
        ys.append(y)
    }

    /// Adds `y` at the next x (the last x + 1, or 0 when empty).
    public mutating func append(_ y: Double) {
        append(x: (xs.last ?? -1) + 1, y: y)
    }

    /// Removes every point.
    public mutating func removeAll(keepingCapacity: Bool = true) {
        xs.removeAll(keepingCapacity: keepingCapacity)
        ys.removeAll(keepingCapacity: keepingCapacity)
        isSortedByX = true
    }

    /// Reserves room for `n` points.
    public mutating func reserveCapacity(_ n: Int) {
        xs.reserveCapacity(n)
        ys.reserveCapacity(n)
    }
}

/// A labelled vertical marker on a time series: "here the learning rate became 0.5".
public struct EventMarker: Sendable, Hashable {
    /// Where, in x units (e.g. the step).
    public var x: Double
    /// A short label drawn at the top next to the marker, e.g. `lr=0.5`.
    public var label: String
    /// Its colour (nil: the accent colour).
    public var color: Color?

    /// A marker at `x` labelled `label`.
    public init(x: Double, label: String, color: Color? = nil) {
        self.x = x
        self.label = label
        self.color = color
    }
}

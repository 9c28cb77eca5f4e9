/// Counts of values per bin, drawn as vertical bars over a value axis with a count axis.
///
/// Built either from raw values (the bins are cut at render time, at most one per column, so
/// a narrow chart never squeezes two bins into a cell; values outside the range and
/// non-finite ones are counted in a note) or from counts with their bin edges (more bins than
/// columns are summed in groups, and the note says so).
public struct Histogram: Chart, Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var color: Color?
    /// Raw values, when built from them.
    public private(set) var values: [Double]?
    /// The number of bins asked for (raw values).
    public var bins: Int
    /// The value range cut into bins (nil: the finite data range).
    public var range: ClosedRange<Double>?
    /// Precomputed counts, when built from them.
    public private(set) var givenCounts: [Double]?
    /// Bin edges of `givenCounts` (one more than counts).
    public private(set) var givenEdges: [Double]?

    /// A histogram of `values` in `bins` equal bins over `range` (default: the data range).
    public init(title: String = "", values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil,
                xLabel: String = "", yLabel: String = "count") {
        self.title = title
        self.values = values
        self.bins = Swift.max(1, bins)
        self.range = range
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// A histogram of given `counts` over bins with `edges` (`counts.count + 1` ascending values).
    public init(title: String = "", counts: [Double], edges: [Double], xLabel: String = "", yLabel: String = "count") {
        self.title = title
        let n = Swift.max(0, Swift.min(counts.count, edges.count - 1))
        givenCounts = Array(counts.prefix(n))
        givenEdges = Array(edges.prefix(n + 1))
        bins = Swift.max(1, n)
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Counts of `values` in `bins` equal bins over `range`: bin i holds lo + i·w ≤ v < lo +
    /// (i+1)·w, the last bin also v = hi. Returns the counts and how many values were
    /// non-finite or outside the range.
    public static func binCounts(_ values: [Double], bins: Int, range: ClosedRange<Double>)
        -> (counts: [Double], nonFinite: Int, outside: Int)
    {
        let n = Swift.max(1, bins)
        var counts = [Double](repeating: 0, count: n)
        var nonFinite = 0, outside = 0
        let lo = range.lowerBound, span = range.upperBound - range.lowerBound
        for v in values {
            guard v.isFinite else { nonFinite += 1; continue }
            guard v >= lo && v <= range.upperBound else { outside += 1; continue }
            let i = span > 0 ? Swift.min(n - 1, Int((v - lo) / span * Double(n))) : 0
            counts[i] += 1
        }
        return (counts, nonFinite, outside)
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        // A first layout pass finds how many columns the bars get.
        let probe = plot(counts: [1], edges: [0, 1], notes: []).drawable(options)
        let probeColumns = PlotLayout.make(for: probe, width: Swift.max(0, width), height: Swift.max(0, height),
                                           pixelsPerCell: Int2(1, 8), options: options).region.columns
        let columns = Swift.max(1, probeColumns)
        var counts: [Double], edges: [Double], notes: [String] = []
        if let values {
            let e = DataExtent(values)
            let r = range ?? e.plotRange
            let n = Swift.min(bins, columns)
            let b = Histogram.binCounts(values, bins: n, range: r)
            counts = b.counts
            edges = (0...n).map { r.lowerBound + (r.upperBound - r.lowerBound) * Double($0) / Double(n) }
            if b.nonFinite > 0 { notes.append(tr("\(b.nonFinite) non-finite skipped", "已跳过 \(b.nonFinite) 个非有限值")) }
            if b.outside > 0 { notes.append("\(b.outside) outside range") }
        } else {
            counts = givenCounts ?? []
            edges = givenEdges ?? [0, 1]
            if counts.count > columns {
                let group = (counts.count + columns - 1) / columns
                var merged: [Double] = [], mergedEdges: [Double] = [edges[0]]
                var i = 0
                while i < counts.count {
                    let j = Swift.min(counts.count, i + group)
                    merged.append(counts[i..<j].reduce(0, +))
                    mergedEdges.append(edges[j])
                    i = j
                }
                counts = merged
                edges = mergedEdges
                notes.append("\(group) bins per bar")
            }
        }
        let p = plot(counts: counts, edges: edges, notes: notes)
        let fill = color ?? Palette.seriesColor(0)
        return p.render(width: width, height: height, options: options, pixelsPerCell: Int2(1, 8)) { grid, region in
            let style = options.color ? Style(foreground: fill) : Style.plain
            for (i, c) in counts.enumerated() {
                let cols = BarGlyphs.slot(i, of: counts.count, columns: region.columns, gapFrom: 3)
                BarGlyphs.drawVerticalBar(into: &grid, region: region, columns: cols, base: 0, value: c,
                                          full: options.unicode ? "█" : "#", style: style, unicode: options.unicode)
            }
        }
    }

    private func plot(counts: [Double], edges: [Double], notes: [String]) -> Plot {
        var p = Plot(title: title, xLabel: xLabel, yLabel: yLabel)
        let lo = edges.first ?? 0, hi = edges.last ?? 1
        p.xLimits = .fixed(lo, hi)
        p.xMapping = .intervals
        p.yExtent = DataExtent(counts + [0])
        // Nothing counted yet: a count axis 0…1, not one centred on zero (−1…1).
        if !counts.contains(where: { $0 > 0 }) { p.yLimits = .fixed(0, 1) }
        p.notes = notes
        return p
    }
}

/// Where a plot's data area landed in the grid and how data maps onto it. Chart kinds draw
/// their data inside this rectangle; the plot's ticks use the same mapping, so a label always
/// sits on the row or column its value is drawn at.
public struct PlotRegion: Sendable, Hashable {
    /// Left column of the data area in the grid.
    public var x: Int
    /// Top row of the data area in the grid.
    public var y: Int
    /// Width in cells.
    public var columns: Int
    /// Height in cells.
    public var rows: Int
    /// The x range shown (plotted units).
    public var xRange: ClosedRange<Double>
    /// The y range shown (plotted units; log10 of the data on a log axis).
    public var yRange: ClosedRange<Double>
    /// Pixels per cell of the canvas drawn here (ticks follow the same pixel mapping).
    public var pixelsPerCell: Int2
    /// How x values map to columns.
    public var xMapping: AxisMapping

    /// The cell column of data `x`, relative to the region (may lie outside it).
    public func column(for x: Double) -> Int {
        let lo = xRange.lowerBound, span = xRange.upperBound - lo
        guard span > 0, x.isFinite else { return -1 }
        switch xMapping {
        case .points:
            return PlotRegion.cell(t: (x - lo) / span, cells: columns, perCell: pixelsPerCell.x)
        case .intervals:
            let c = ((x - lo) / span * Double(columns)).rounded(.down)
            guard abs(c) < 1e9 else { return c > 0 ? columns : -1 }
            return Swift.min(Int(c), x <= xRange.upperBound ? columns - 1 : columns)
        }
    }

    /// The cell row of data `y`, relative to the region (row 0 at the top).
    public func row(for y: Double) -> Int {
        let lo = yRange.lowerBound, span = yRange.upperBound - lo
        guard span > 0, y.isFinite else { return -1 }
        return PlotRegion.cell(t: (yRange.upperBound - y) / span, cells: rows, perCell: pixelsPerCell.y)
    }

    /// Same rule as `Canvas`: t in 0…1 onto pixel centres 0…n−1, then down to cells.
    static func cell(t: Double, cells: Int, perCell: Int) -> Int {
        let p = (t * Double(cells * perCell - 1)).rounded()
        guard abs(p) < 1e9 else { return p > 0 ? cells : -1 }
        return Int(p).floorDivided(by: perCell)
    }

    /// A canvas of `kind` exactly covering this region.
    public func canvas(_ kind: Canvas.Kind) -> Canvas {
        Canvas(kind: kind, columns: columns, rows: rows, xRange: xRange, yRange: yRange)
    }
}

/// A pair of small integers (pixels per cell).
public struct Int2: Sendable, Hashable {
    public var x: Int
    public var y: Int
    /// The pair (`x`, `y`).
    public init(_ x: Int, _ y: Int) { self.x = x; self.y = y }
}

/// How x values map onto columns.
public enum AxisMapping: Sendable, Hashable {
    /// The range's ends are the centres of the first and last pixel (curves, points).
    case points
    /// The range is cut into `columns` equal intervals, one per column (bars, bins).
    case intervals
}

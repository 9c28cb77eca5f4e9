/// A 2-D classifier evaluated on a regular grid over a view box: what a decision map draws.
///
/// The grid's cell centres go through the model in one batch (one forward pass, however many
/// cells), row 0 at the top (largest y), so a lesson can redraw the map of a net that is still
/// training every frame without calling the net per terminal cell. `scores` keeps the model's
/// raw output per cell (for maps of a single unit's output); `classes` is its arg-max, or for a
/// one-column output (a sigmoid unit) whether it exceeds 0.5.
public struct DecisionGrid: Sendable {
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    public let columns: Int
    public let rows: Int
    /// The model's output at each cell centre, shape [rows·columns, k], row-major from the top.
    public let scores: Tensor
    /// The class at each cell, row-major from the top.
    public let classes: [Int]

    /// Evaluates `model` (a batch of points [n, 2] → scores [n, k]) at every cell centre.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int, rows: Int,
                model: (Tensor) -> Tensor) {
        precondition(columns > 0 && rows > 0, "DecisionGrid: needs at least one cell")
        self.xRange = xRange
        self.yRange = yRange
        self.columns = columns
        self.rows = rows
        var points: [Double] = []
        points.reserveCapacity(2 * rows * columns)
        for r in 0..<rows {
            let y = yRange.upperBound - (Double(r) + 0.5) / Double(rows) * (yRange.upperBound - yRange.lowerBound)
            for c in 0..<columns {
                points += [xRange.lowerBound + (Double(c) + 0.5) / Double(columns) * (xRange.upperBound - xRange.lowerBound), y]
            }
        }
        let scores = model(Tensor(shape: [rows * columns, 2], scalars: points))
        precondition(scores.shape.count == 2 && scores.shape[0] == rows * columns,
                     "DecisionGrid: the model must give one row of scores per point")
        self.scores = scores
        let k = scores.shape[1]
        classes = (0..<(rows * columns)).map { i in
            if k == 1 { return scores.scalars[i] > 0.5 ? 1 : 0 }
            var best = 0
            for j in 1..<k where scores.scalars[i * k + j] > scores.scalars[i * k + best] { best = j }
            return best
        }
    }

    /// The grid cell holding (x, y) (clamped to the box).
    public func cell(x: Double, y: Double) -> (row: Int, column: Int) {
        let fx = (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound)
        let fy = (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound)
        let c = fx.isFinite ? max(0, min(columns - 1, Int((fx * Double(columns)).rounded(.down)))) : 0
        let r = fy.isFinite ? max(0, min(rows - 1, Int((fy * Double(rows)).rounded(.down)))) : 0
        return (r, c)
    }

    /// The class at (x, y): that of the nearest cell centre's cell.
    public func classAt(x: Double, y: Double) -> Int {
        let (r, c) = cell(x: x, y: y)
        return classes[r * columns + c]
    }

    /// Output column `unit` of the model at (x, y) (for maps of one unit's activation).
    public func score(x: Double, y: Double, unit: Int = 0) -> Double {
        let (r, c) = cell(x: x, y: y)
        return scores.scalars[(r * columns + c) * scores.shape[1] + unit]
    }

    /// How wiggly the boundary is: the number of horizontally or vertically adjacent cells
    /// whose classes differ (a smooth curve across a 128×64 box crosses about 200).
    public var boundaryLength: Int {
        var n = 0
        for r in 0..<rows {
            for c in 0..<columns {
                let k = classes[r * columns + c]
                if c + 1 < columns && classes[r * columns + c + 1] != k { n += 1 }
                if r + 1 < rows && classes[(r + 1) * columns + c] != k { n += 1 }
            }
        }
        return n
    }
}

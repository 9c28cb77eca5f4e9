import NumericCore

/// How an 8-D embedding is drawn on a 2-D scatter: the held-out points' principal directions
/// (the eigenvectors of their covariance matrix, core `SymmetricEigen`, largest eigenvalue
/// first) and each point's coordinates along the top two. The points are projected without
/// subtracting their mean, so a unit vector lands inside the unit disc (|p·v| ≤ 1) and the
/// scatter keeps the 2-D page's limits; the directions come from the centred covariance.
enum EmbeddingProjection {
    /// The top two principal directions (unit vectors, each signed so that its largest
    /// component is positive, so the picture does not flip between frames), the share of the
    /// variance they hold, and the points' coordinates along them.
    static func projectOnTopTwo(_ points: [[Double]]) -> (directions: [[Double]], explained: Double, projected: [[Double]]) {
        let d = points.first?.count ?? 0
        guard d > 2, points.count > 1 else { return ([], 1, points.map { Array($0.prefix(2)) }) }
        let n = Double(points.count)
        var mean = [Double](repeating: 0, count: d)
        for p in points { for k in 0..<d { mean[k] += p[k] / n } }
        var cov = [Double](repeating: 0, count: d * d)
        for p in points {
            for i in 0..<d { for j in 0..<d { cov[i * d + j] += (p[i] - mean[i]) * (p[j] - mean[j]) / n } }
        }
        let eigen = SymmetricEigen(matrix: cov, n: d)
        let directions = (0..<2).map { k -> [Double] in
            let v = eigen.vector(k)
            let biggest = v.indices.max { abs(v[$0]) < abs(v[$1]) } ?? 0
            return v[biggest] < 0 ? v.map { -$0 } : v
        }
        let total = eigen.values.reduce(0) { $0 + max(0, $1) }
        let explained = total > 0 ? (max(0, eigen.values[0]) + max(0, eigen.values[1])) / total : 1
        let projected = points.map { p in directions.map { v in zip(p, v).reduce(0) { $0 + $1.0 * $1.1 } } }
        return (directions, explained, projected)
    }
}

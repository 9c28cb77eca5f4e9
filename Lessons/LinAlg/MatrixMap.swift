/// A 2×2 matrix [[a, b], [c, d]] and what it does to the plane: determinant, eigenvalues
/// (real, repeated or complex) and real eigenvector directions, all in closed form.
struct MatrixMap: Equatable {
    var a = 2.0, b = 1.0, c = 1.0, d = 2.0

    /// The image of (x, y).
    func apply(_ x: Double, _ y: Double) -> (Double, Double) { (a * x + b * y, c * x + d * y) }
    /// ad − bc: the signed factor by which areas change.
    var determinant: Double { a * d - b * c }
    var trace: Double { a + d }
    /// (trace/2)² − det: > 0 two real eigenvalues, 0 repeated, < 0 a complex pair.
    var discriminant: Double { trace * trace / 4 - determinant }

    /// The eigenvalue situation.
    enum Eigen: Equatable {
        /// λ₁ ≥ λ₂ with unit eigenvectors.
        case real(Double, Double, [Double], [Double])
        /// One λ; `everyDirection` when A = λI, else one eigenvector line.
        case repeated(Double, [Double]?, everyDirection: Bool)
        /// λ = re ± i·im: no real direction only stretches; the plane rotates.
        case complex(re: Double, im: Double)
    }

    static let tolerance = 1e-9

    var eigen: Eigen {
        let half = trace / 2, disc = discriminant
        if disc < -Self.tolerance { return .complex(re: half, im: (-disc).squareRoot()) }
        if abs(disc) <= Self.tolerance {
            if abs(b) < Self.tolerance && abs(c) < Self.tolerance { return .repeated(half, nil, everyDirection: true) }
            return .repeated(half, direction(for: half), everyDirection: false)
        }
        let root = disc.squareRoot()
        return .real(half + root, half - root, direction(for: half + root), direction(for: half - root))
    }

    /// A unit vector v with (A − λI)v = 0 (from the larger of the two rows), first nonzero component positive.
    func direction(for lambda: Double) -> [Double] {
        let r1 = (a - lambda, b), r2 = (c, d - lambda)
        let row = abs(r1.0) + abs(r1.1) >= abs(r2.0) + abs(r2.1) ? r1 : r2
        var v = [-row.1, row.0]
        if abs(v[0]) + abs(v[1]) < Self.tolerance { v = [1, 0] }
        // One sign for each line: the first nonzero component positive.
        let n = (v[0] * v[0] + v[1] * v[1]).squareRoot() * ((v[0] < 0 || (v[0] == 0 && v[1] < 0)) ? -1 : 1)
        return [v[0] / n, v[1] / n]
    }
}

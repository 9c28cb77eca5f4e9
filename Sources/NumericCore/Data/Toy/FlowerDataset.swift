import RealModule

/// Ng's planar "flower" (Deep Learning Specialization, course 1 week 3, `load_planar_dataset`):
/// two classes of `perClass` points each, interleaved as the petals of an eight-petal flower,
/// which no straight line separates (logistic regression gets ≈ 47 %) but one small hidden
/// layer does (≈ 90 %).
///
/// Class j (points j·perClass ..< (j+1)·perClass, so the first half is class 0) has angles
/// θ = linspace(3.12·j, 3.12·(j+1), perClass) + N(0, noise²) and radii
/// r = 4·sin(4θ) + N(0, noise²); the point is (r·sin θ, r·cos θ).
/// The draws follow Ng's order: per class, first every θ noise, then every r noise. The
/// generator is ours (`Xoshiro256StarStar`), so points differ from numpy's draw by draw but
/// match in distribution (see Scripts/reference/playground_flower.py).
public enum FlowerDataset {
    /// Ng's noise standard deviation for both θ and r.
    public static let defaultNoise = 0.2
    /// Ng's petal length (the `a` of `r = a·sin(4θ)`).
    public static let amplitude = 4.0
    /// The angle span of one class (Ng's 3.12, a little under π).
    public static let span = 3.12

    /// `2·perClass` points (Ng: 200 per class, m = 400), deterministic by `seed`.
    public static func make(perClass: Int = 200, noise: Double = defaultNoise, seed: UInt64) -> PointDataset {
        let n = max(0, perClass)
        var rng = Xoshiro256StarStar(seed: seed)
        var values = [Double](repeating: 0, count: 4 * n)
        var labels = [Int](repeating: 0, count: 2 * n)
        for j in 0..<2 {
            let start = span * Double(j), end = span * Double(j + 1)
            let thetas = (0..<n).map { i in
                start + (n > 1 ? Double(i) / Double(n - 1) * (end - start) : 0) + noise * rng.nextNormal()
            }
            let radii = thetas.map { amplitude * .sin(4 * $0) + noise * rng.nextNormal() }
            for i in 0..<n {
                let index = j * n + i
                values[2 * index] = radii[i] * .sin(thetas[i])
                values[2 * index + 1] = radii[i] * .cos(thetas[i])
                labels[index] = j
            }
        }
        return PointDataset(name: "flower", points: Tensor(shape: [2 * n, 2], scalars: values), labels: labels, classes: 2)
    }
}

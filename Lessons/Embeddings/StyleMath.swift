/// Style as statistics of feature maps (Gatys et al. 2015; Ng course 4 week 4): the Gram
/// matrix G = F·Fᵀ of a layer's N feature maps flattened to the rows of F (N × M positions),
/// G[i][j] = Σₖ F[i][k]·F[j][k], how strongly filters i and j respond together anywhere in the
/// image, and the style loss E = Σ(G¹ − G²)² / (4·N²·M²) between two images' Gram matrices.
enum StyleMath {
    /// F·Fᵀ for feature maps given as rows.
    static func gram(_ f: [[Double]]) -> [[Double]] {
        f.map { a in f.map { b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } } }
    }

    /// Gatys' style loss between two sets of N feature maps of M positions each.
    static func styleLoss(_ f1: [[Double]], _ f2: [[Double]]) -> Double {
        let g1 = gram(f1), g2 = gram(f2)
        let n = Double(f1.count), m = Double(f1.first?.count ?? 1)
        var s = 0.0
        for i in g1.indices { for j in g1[i].indices { let d = g1[i][j] - g2[i][j]; s += d * d } }
        return s / (4 * n * n * m * m)
    }

    /// The mean squared difference of two sets of feature maps position by position (the
    /// content loss: it cares where things are, the Gram matrix does not).
    static func contentLoss(_ f1: [[Double]], _ f2: [[Double]]) -> Double {
        var s = 0.0, count = 0
        for (a, b) in zip(f1, f2) { for (x, y) in zip(a, b) { s += (x - y) * (x - y); count += 1 } }
        return count == 0 ? 0 : s / Double(count)
    }
}

import NumericCore

/// The texture loss of neural style transfer (Gatys et al. 2015) on one image and its
/// gradient with respect to the pixels, derived by hand. One convolution layer (core
/// `Convolution`, no bias) and a ReLU turn the image X into N feature maps Z → F = max(Z, 0),
/// flattened to the rows of F (N × M positions); G = F·Fᵀ (`StyleMath.gram`) and
///
///     E = Σ(G − A)² / (4·N²·M²)
///
/// for a target Gram matrix A. Backwards: ∂E/∂F = (G − A)·F / (N²·M²) (G and A are
/// symmetric, so the two terms of ∂G are equal), ∂E/∂Z = ∂E/∂F ⊙ [Z > 0] (ReLU, 0 at 0 as in
/// the book), and ∂E/∂X is the convolution's own backward pass (a transposed convolution).
enum TextureMath {
    /// The feature maps of a `size`×`size` image: the ReLU's inputs Z and outputs F, one row
    /// per filter.
    static func features(_ conv: Convolution, image: [Double], size: Int) -> (pre: [[Double]], post: [[Double]]) {
        let out = conv.forward(Tensor(shape: [1, 1, size, size], scalars: image), training: false)
        let m = size * size
        let pre = (0..<conv.filterCount).map { Array(out.scalars[($0 * m)..<(($0 + 1) * m)]) }
        return (pre, pre.map { $0.map { max(0, $0) } })
    }

    /// The Gram matrix of an image's feature maps.
    static func gram(_ conv: Convolution, image: [Double], size: Int) -> [[Double]] {
        StyleMath.gram(features(conv, image: image, size: size).post)
    }

    /// E, the image's Gram matrix G and ∂E/∂X (row-major, like `image`) against the target
    /// Gram matrix `target` (A).
    static func lossAndGradient(_ conv: Convolution, image: [Double], size: Int,
                                target: [[Double]]) -> (loss: Double, gram: [[Double]], gradient: [Double]) {
        let (z, f) = features(conv, image: image, size: size)
        let g = StyleMath.gram(f)
        let n = f.count, m = size * size
        let scale = Double(n * n) * Double(m) * Double(m)
        var loss = 0.0
        var d = g
        for i in 0..<n { for j in 0..<n { d[i][j] = g[i][j] - target[i][j]; loss += d[i][j] * d[i][j] } }
        loss /= 4 * scale
        var dz = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for k in 0..<m where z[i][k] > 0 {
                var s = 0.0
                for j in 0..<n { s += d[i][j] * f[j][k] }
                dz[i * m + k] = s / scale
            }
        }
        let dx = conv.backward(Tensor(shape: [1, n, size, size], scalars: dz))
        return (loss, g, dx.scalars)
    }

    /// `filters` k×k filters (row-major, one per row) scaled to unit length each, as an N-filter
    /// convolution with pad k/2 (same size out as in) and zero bias.
    static func convolution(filters: [[Double]], size k: Int) -> Convolution {
        let unit = filters.map { w -> [Double] in
            let norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? w.map { $0 / norm } : w
        }
        return Convolution(weight: Tensor(shape: [filters.count, 1, k, k], scalars: unit.flatMap { $0 }),
                           bias: .zeros([filters.count]), pad: k / 2)
    }
}

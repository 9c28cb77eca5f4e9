import RealModule

/// Geometric warps of a grayscale image for data augmentation: shift, rotation and scale
/// about the centre, and Simard et al.'s (2003) elastic distortion — each a map from an
/// output pixel to the point of the input it shows, read by bilinear interpolation with
/// zero (black) outside the image.
///
/// Coordinates: x is the column, y the row (downwards), pixel centres at whole numbers, the
/// centre of an H×W image at ((W−1)/2, (H−1)/2). Images are row-major `[Double]` of H·W.
///
/// - `shift(dx:dy:)` moves the content dx pixels right and dy pixels down.
/// - `rotate(degrees:)` turns it counterclockwise as seen on screen (90° is numpy's `rot90`).
/// - `scale(factor:)` enlarges it about the centre (factor > 1) or shrinks it (< 1).
/// - `elastic` adds to every output pixel's source point a displacement α·(G_σ ∗ u), u
///   uniform in [−1, 1] per pixel and direction, G_σ a Gaussian of standard deviation σ
///   (normalised, truncated at ⌈3σ⌉, zero outside the image).
///
/// `warp` composes them into one sampling (one blur, not four): the output pixel p reads
/// the input at A(p + d(p)), where d is the elastic field and A undoes shift, then scale,
/// then rotation. `Scripts/reference/augment_reference.py` computes the same in numpy.
public enum Augmentation {
    /// One augmentation's settings: a shift in pixels, a rotation in degrees, a scale factor.
    public struct Affine: Sendable, Equatable {
        /// Content moves this many pixels right.
        public var dx: Double
        /// Content moves this many pixels down.
        public var dy: Double
        /// Counterclockwise on screen, in degrees.
        public var degrees: Double
        /// Size factor about the centre (1: unchanged).
        public var scale: Double

        /// The warp that shifts by (`dx`, `dy`), rotates by `degrees` and scales by `scale`.
        public init(dx: Double = 0, dy: Double = 0, degrees: Double = 0, scale: Double = 1) {
            self.dx = dx
            self.dy = dy
            self.degrees = degrees
            self.scale = scale
        }

        /// The identity warp.
        public static let identity = Affine()

        /// The input point shown at output point (x, y) of an image centred at (cx, cy):
        /// undo the shift, then the scale, then the rotation.
        public func source(x: Double, y: Double, cx: Double, cy: Double) -> (x: Double, y: Double) {
            let s = scale == 0 ? 1 : scale
            let u = (x - dx - cx) / s, v = (y - dy - cy) / s
            let t = degrees * .pi / 180
            let c = Double.cos(t), n = Double.sin(t)
            return (cx + c * u - n * v, cy + n * u + c * v)
        }
    }

    /// The value of `image` (`height`×`width`, row-major) at the point (x, y) by bilinear
    /// interpolation of the four surrounding pixels, pixels outside the image counting as 0.
    public static func bilinear(_ image: [Double], height: Int, width: Int, x: Double, y: Double) -> Double {
        guard x.isFinite, y.isFinite, x > -1, y > -1, x < Double(width), y < Double(height) else { return 0 }
        let x0 = Int(x.rounded(.down)), y0 = Int(y.rounded(.down))
        let fx = x - Double(x0), fy = y - Double(y0)
        func at(_ r: Int, _ c: Int) -> Double {
            r >= 0 && r < height && c >= 0 && c < width ? image[r * width + c] : 0
        }
        let top = (1 - fx) * at(y0, x0) + fx * at(y0, x0 + 1)
        let bottom = (1 - fx) * at(y0 + 1, x0) + fx * at(y0 + 1, x0 + 1)
        return (1 - fy) * top + fy * bottom
    }

    /// `image` warped by `affine` and, if given, the displacement field `displacement`
    /// (dx and dy per output pixel, row-major, as from `displacementField`).
    /// - Precondition: `image.count == height·width` and a field has that many entries.
    public static func warp(_ image: [Double], height: Int, width: Int, affine: Affine = .identity,
                            displacement: (dx: [Double], dy: [Double])? = nil) -> [Double] {
        precondition(image.count == height * width, "Augmentation.warp: \(image.count) pixels for \(height)×\(width)")
        if let d = displacement {
            precondition(d.dx.count == image.count && d.dy.count == image.count,
                         "Augmentation.warp: a displacement field of \(d.dx.count) for \(image.count) pixels")
        }
        let cx = Double(width - 1) / 2, cy = Double(height - 1) / 2
        var out = [Double](repeating: 0, count: image.count)
        for r in 0..<height {
            for c in 0..<width {
                let i = r * width + c
                var x = Double(c), y = Double(r)
                if let d = displacement { x += d.dx[i]; y += d.dy[i] }
                let p = affine.source(x: x, y: y, cx: cx, cy: cy)
                out[i] = bilinear(image, height: height, width: width, x: p.x, y: p.y)
            }
        }
        return out
    }

    /// The content moved `dx` pixels right and `dy` down (whole shifts move pixels exactly).
    public static func shift(_ image: [Double], height: Int, width: Int, dx: Double, dy: Double) -> [Double] {
        warp(image, height: height, width: width, affine: Affine(dx: dx, dy: dy))
    }

    /// The content turned `degrees` counterclockwise about the centre.
    public static func rotate(_ image: [Double], height: Int, width: Int, degrees: Double) -> [Double] {
        warp(image, height: height, width: width, affine: Affine(degrees: degrees))
    }

    /// The content scaled by `factor` about the centre.
    public static func scale(_ image: [Double], height: Int, width: Int, factor: Double) -> [Double] {
        warp(image, height: height, width: width, affine: Affine(scale: factor))
    }

    /// The normalised Gaussian weights exp(−k²/2σ²) for k = −⌈3σ⌉…⌈3σ⌉ (just [1] for σ ≤ 0).
    public static func gaussianKernel(sigma: Double) -> [Double] {
        guard sigma > 0, sigma.isFinite else { return [1] }
        let radius = Int((3 * sigma).rounded(.up))
        let w = (-radius...radius).map { k in Double.exp(-Double(k * k) / (2 * sigma * sigma)) }
        let total = w.reduce(0, +)
        return w.map { $0 / total }
    }

    /// `field` (`height`×`width`) convolved with the Gaussian of `sigma` along rows, then
    /// along columns, values outside the image counting as 0.
    public static func smooth(_ field: [Double], height: Int, width: Int, sigma: Double) -> [Double] {
        let k = gaussianKernel(sigma: sigma), radius = k.count / 2
        var rows = [Double](repeating: 0, count: field.count)
        for r in 0..<height {
            for c in 0..<width {
                var s = 0.0
                for j in 0..<k.count {
                    let cc = c + j - radius
                    if cc >= 0 && cc < width { s += k[j] * field[r * width + cc] }
                }
                rows[r * width + c] = s
            }
        }
        var out = [Double](repeating: 0, count: field.count)
        for r in 0..<height {
            for c in 0..<width {
                var s = 0.0
                for j in 0..<k.count {
                    let rr = r + j - radius
                    if rr >= 0 && rr < height { s += k[j] * rows[rr * width + c] }
                }
                out[r * width + c] = s
            }
        }
        return out
    }

    /// Simard's displacement field from given noise: α·(G_σ ∗ noise) for each direction.
    public static func displacementField(noiseX: [Double], noiseY: [Double], height: Int, width: Int,
                                         alpha: Double, sigma: Double) -> (dx: [Double], dy: [Double]) {
        (smooth(noiseX, height: height, width: width, sigma: sigma).map { alpha * $0 },
         smooth(noiseY, height: height, width: width, sigma: sigma).map { alpha * $0 })
    }

    /// A random displacement field: noise uniform in [−1, 1] drawn from `rng` (all x, then
    /// all y, row-major), smoothed and scaled as in `displacementField(noiseX:...)`.
    public static func displacementField(height: Int, width: Int, alpha: Double, sigma: Double,
                                         using rng: inout Xoshiro256StarStar) -> (dx: [Double], dy: [Double]) {
        let n = height * width
        let nx = (0..<n).map { _ in 2 * rng.nextUniform() - 1 }
        let ny = (0..<n).map { _ in 2 * rng.nextUniform() - 1 }
        return displacementField(noiseX: nx, noiseY: ny, height: height, width: width, alpha: alpha, sigma: sigma)
    }

    /// `image` elastically distorted by a random field of strength `alpha` and smoothness
    /// `sigma` (α = 0 returns the image unchanged); deterministic given `rng`'s state.
    public static func elastic(_ image: [Double], height: Int, width: Int, alpha: Double, sigma: Double,
                               using rng: inout Xoshiro256StarStar) -> [Double] {
        let field = displacementField(height: height, width: width, alpha: alpha, sigma: sigma, using: &rng)
        return warp(image, height: height, width: width, displacement: field)
    }
}

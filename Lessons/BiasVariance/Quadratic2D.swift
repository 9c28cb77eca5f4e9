import Foundation

/// A quadratic loss of two weights, L(w) = ½·wᵀHw − cᵀw + k with H symmetric: the
/// least-squares loss 1/(2m)·Σ(Xw − y)² of a linear model on two features (H = XᵀX/m,
/// c = Xᵀy/m, k = ½·mean(y²)). Its Hessian's eigenvalues say everything about gradient
/// descent on it: the largest stable learning rate is 2/λmax, and the condition number
/// λmax/λmin is how much slower the flattest direction converges than the steepest.
struct Quadratic2D: Equatable {
    var h11: Double, h12: Double, h22: Double
    var c1: Double, c2: Double
    var k: Double

    /// The least-squares quadratic of features (x1, x2) and targets y (equal counts, m ≥ 1).
    init(x1: [Double], x2: [Double], y: [Double]) {
        let m = Double(max(1, y.count))
        var s = (h11: 0.0, h12: 0.0, h22: 0.0, c1: 0.0, c2: 0.0, k: 0.0)
        for i in y.indices {
            s.h11 += x1[i] * x1[i]; s.h12 += x1[i] * x2[i]; s.h22 += x2[i] * x2[i]
            s.c1 += x1[i] * y[i]; s.c2 += x2[i] * y[i]; s.k += y[i] * y[i]
        }
        (h11, h12, h22, c1, c2, k) = (s.h11 / m, s.h12 / m, s.h22 / m, s.c1 / m, s.c2 / m, 0.5 * s.k / m)
    }

    func loss(_ w1: Double, _ w2: Double) -> Double {
        0.5 * (h11 * w1 * w1 + 2 * h12 * w1 * w2 + h22 * w2 * w2) - c1 * w1 - c2 * w2 + k
    }

    func gradient(_ w1: Double, _ w2: Double) -> (Double, Double) {
        (h11 * w1 + h12 * w2 - c1, h12 * w1 + h22 * w2 - c2)
    }

    /// The minimum w* = H⁻¹c.
    var minimizer: (w1: Double, w2: Double) {
        let det = h11 * h22 - h12 * h12
        return ((h22 * c1 - h12 * c2) / det, (h11 * c2 - h12 * c1) / det)
    }

    var minimum: Double { let w = minimizer; return loss(w.w1, w.w2) }

    /// The Hessian's eigenvalues (λmin, λmax), in closed form for a symmetric 2×2 matrix.
    var eigenvalues: (min: Double, max: Double) {
        let mean = (h11 + h22) / 2, d = ((h11 - h22) / 2 * (h11 - h22) / 2 + h12 * h12).squareRoot()
        return (mean - d, mean + d)
    }

    var conditionNumber: Double { eigenvalues.max / eigenvalues.min }
    /// Gradient descent diverges above this learning rate (2/λmax).
    var largestStableRate: Double { 2 / eigenvalues.max }

    /// Relative distance to the minimum: (L(w) − L*) / (L(0) − L*).
    func gap(_ w1: Double, _ w2: Double) -> Double {
        let lstar = minimum
        return (loss(w1, w2) - lstar) / (k - lstar)
    }

    /// Counts the gradient-descent steps with learning rate `lr` from (0, 0) until the gap is at
    /// most `tolerance`; nil when it diverges (gap above 10¹², or not finite) or needs more
    /// than `cap` steps.
    func stepsToConverge(lr: Double, tolerance: Double = Quadratic2D.tolerance, cap: Int = 100_000) -> Int? {
        var w = (0.0, 0.0)
        for n in 0...cap {
            let g = gap(w.0, w.1)
            if !g.isFinite || g > Self.divergedGap { return nil }
            if g <= tolerance { return n }
            let d = gradient(w.0, w.1)
            w = (w.0 - lr * d.0, w.1 - lr * d.1)
        }
        return nil
    }

    /// Converged: the loss is within 10⁻⁴ of the way from L(0) down to L*.
    static let tolerance = 1e-4
    /// Diverged: the loss is 10¹² times further from L* than at the start.
    static let divergedGap = 1e12
}

/// The normalization page's fixed problem (no randomness, the same in numpy: see
/// `Scripts/reference/biasvariance_normalization.py`): 40 examples of two features of very
/// different scales, x1 in 0…1 and x2 in 0…10, and y = 2·x1 + 0.5·x2 + 0.1·sin(i).
/// `raw` is the least-squares loss of y ≈ w1·x1 + w2·x2; `normalized` the same after
/// standardizing each feature, z = (x − μ)/σ, with y centred so no bias is needed.
struct NormalizationProblem {
    static let m = 40
    let x1: [Double], x2: [Double], y: [Double]
    let mu: (Double, Double)
    let sigma: (Double, Double)
    let raw: Quadratic2D
    let normalized: Quadratic2D

    init() {
        var a: [Double] = [], b: [Double] = [], t: [Double] = []
        for i in 0..<Self.m {
            let f1: Double = Double((i * 17) % 40) / 39
            let f2: Double = 10 * Double((i * 23 + 7) % 40) / 39
            let target: Double = 2 * f1 + 0.5 * f2 + 0.1 * sin(Double(i))
            a.append(f1); b.append(f2); t.append(target)
        }
        (x1, x2, y) = (a, b, t)
        func stats(_ v: [Double]) -> (Double, Double) {
            let mean = v.reduce(0, +) / Double(v.count)
            let variance = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count)
            return (mean, variance.squareRoot())
        }
        let s1 = stats(a), s2 = stats(b), meanY = t.reduce(0, +) / Double(t.count)
        mu = (s1.0, s2.0)
        sigma = (s1.1, s2.1)
        raw = Quadratic2D(x1: a, x2: b, y: t)
        let z1 = a.map { ($0 - s1.0) / s1.1 }, z2 = b.map { ($0 - s2.0) / s2.1 }
        normalized = Quadratic2D(x1: z1, x2: z2, y: t.map { $0 - meanY })
    }
}

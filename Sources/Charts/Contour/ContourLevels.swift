import Foundation

/// How a contour plot chooses the values its level curves are drawn at.
public enum ContourLevels: Sendable, Hashable {
    /// `n` levels at evenly spaced quantiles of the sampled values (q = 1/(n+1) … n/(n+1)):
    /// lines go where the surface is, whatever its scale. The default.
    case quantiles(Int)
    /// `n` levels at min + d, with d log-spaced from the 1% quantile's height above the minimum
    /// to the 90% quantile's: dense near the minimum, for valleys such as Rosenbrock's.
    case logSpaced(Int)
    /// `n` evenly spaced levels strictly between the minimum and maximum.
    case linear(Int)
    /// Exactly these values.
    case values([Double])

    /// The sorted, distinct levels for the finite samples `values` (any order).
    public func resolve(samples values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite).sorted()
        guard let lo = finite.first, let hi = finite.last else {
            if case let .values(v) = self { return Array(Set(v.filter(\.isFinite))).sorted() }
            return []
        }
        var levels: [Double]
        switch self {
        case let .quantiles(n):
            let k = Swift.max(1, n)
            levels = (1...k).map { quantile(finite, Double($0) / Double(k + 1)) }
        case let .logSpaced(n):
            let k = Swift.max(1, n)
            let span = hi - lo
            guard span > 0 else { return [] }
            // From the 1% quantile (the floor of the valley) to the 90% quantile, above the minimum.
            let low = Swift.max(quantile(finite, 0.01) - lo, span * 1e-6)
            let high = Swift.max(quantile(finite, 0.9) - lo, low * 10)
            let a = log10(low), b = log10(high)
            levels = (0..<k).map { i in lo + pow(10, k == 1 ? a : a + (b - a) * Double(i) / Double(k - 1)) }
        case let .linear(n):
            let k = Swift.max(1, n)
            levels = (1...k).map { lo + (hi - lo) * Double($0) / Double(k + 1) }
        case let .values(v):
            levels = v.filter(\.isFinite)
        }
        var out: [Double] = []
        for l in levels.sorted() where out.last.map({ l > $0 }) ?? true { out.append(l) }
        return out
    }

    /// The `q` quantile (0…1) of sorted non-empty `sorted`, interpolating linearly.
    func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let p = Swift.max(0, Swift.min(1, q)) * Double(sorted.count - 1)
        let j = Int(p.rounded(.down))
        let f = p - Double(j)
        return j + 1 < sorted.count ? sorted[j] * (1 - f) + sorted[j + 1] * f : sorted[j]
    }
}

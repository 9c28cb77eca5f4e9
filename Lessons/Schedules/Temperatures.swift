import Foundation
import NumericCore

/// A generated year of daily temperatures (°C) for the exponentially-weighted-average page:
/// a seasonal cosine (coldest on day `coldestDay`, `mean` ± `amplitude`) plus Gaussian
/// noise, the noise drawn from the seed once and scaled by `noise`, so turning the noise
/// knob keeps the same pattern of warm and cold days.
struct Temperatures {
    static let days = 365
    static let mean = 18.0
    static let amplitude = 9.0
    static let coldestDay = 15.0

    /// The clean seasonal temperature of each day (days 1…365 at indices 0…364).
    let seasonal: [Double]
    /// One standard normal per day, from the seed.
    let normals: [Double]

    init(seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        normals = (0..<Self.days).map { _ in rng.nextNormal() }
        seasonal = (1...Self.days).map { Self.seasonal(day: $0) }
    }

    /// The clean temperature of `day` (1-based): mean − amplitude·cos(2π(day − coldest)/365).
    static func seasonal(day: Int) -> Double {
        mean - amplitude * cos(2 * Double.pi * (Double(day) - coldestDay) / Double(days))
    }

    /// The measured temperatures with noise of standard deviation `noise` °C.
    func measured(noise: Double) -> [Double] {
        zip(seasonal, normals).map { $0 + noise * $1 }
    }
}

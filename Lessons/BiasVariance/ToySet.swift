import NumericCore

/// The 2-D toy sets of the lesson, with label noise: two moons or two circles with a fraction
/// of labels flipped (`PointDataset.flippingLabels`). The flip rate is the optimal (Bayes)
/// error the lesson compares training error with: the classes themselves barely overlap.
enum ToySet: Int, CaseIterable {
    case moons, circles

    /// The knob's choice values (command-line identifiers: never translated).
    static let names = ["moons", "circles"]
    var name: String { Self.names[rawValue] }

    /// `count` points with a fraction `noise` of labels flipped, deterministic from `seed`.
    func make(count: Int, noise: Double, seed: UInt64) -> PointDataset {
        let clean = switch self {
        case .moons: MoonsDataset.make(count: count, noise: 0.1, seed: seed)
        case .circles: CirclesDataset.make(count: count, noise: 0.08, seed: seed)
        }
        return clean.flippingLabels(fraction: noise, seed: seed &+ 7)
    }

    /// The view box of the decision map.
    var xRange: ClosedRange<Double> { self == .moons ? -1.5...2.5 : -1.5...1.5 }
    var yRange: ClosedRange<Double> { self == .moons ? -1.0...1.5 : -1.5...1.5 }
}

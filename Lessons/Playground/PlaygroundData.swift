import NumericCore

/// The playground's data sets: Ng's flower and the four classic toys, 400 points each, a
/// noise knob that scales each set's own noise, and a shuffled train/test split.
enum PlaygroundDataset: Int, CaseIterable, Sendable {
    case flower, circles, moons, xor, spirals

    /// The knob's choice values (command-line identifiers, never translated).
    static let names = ["flower", "circles", "moons", "XOR", "spirals"]
    var name: String { Self.names[rawValue] }
    /// Points per set (Ng's m = 400).
    static let count = 400
    /// The turns of the two spiral arms (more than the core's default 0.75: hard enough that
    /// depth and width matter).
    static let spiralTurns = 1.25

    /// The set's own noise (at noise knob 1): Ng's 0.2 for the flower, the core's defaults else.
    var baseNoise: Double {
        switch self {
        case .flower: FlowerDataset.defaultNoise
        case .circles: 0.08
        case .moons: 0.1
        case .xor: 0.15
        case .spirals: 0.05
        }
    }

    /// All 400 points, the noise scaled by `noise`.
    func make(noise: Double, seed: UInt64) -> PointDataset {
        let n = baseNoise * noise
        switch self {
        case .flower: return FlowerDataset.make(perClass: Self.count / 2, noise: n, seed: seed)
        case .circles: return CirclesDataset.make(count: Self.count, noise: n, seed: seed)
        case .moons: return MoonsDataset.make(count: Self.count, noise: n, seed: seed)
        case .xor: return XORDataset.make(count: Self.count, noise: n, seed: seed)
        case .spirals: return SpiralsDataset.make(count: Self.count, noise: n, seed: seed, classes: 2, turns: Self.spiralTurns)
        }
    }

    /// The map's view box: fixed per set (the noise-free extent plus a margin) so it does not
    /// jump when the noise knob moves.
    var box: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        switch self {
        case .flower: (-5...5, -5...5)
        case .circles: (-1.5...1.5, -1.5...1.5)
        case .moons: (-1.5...2.5, -1.2...1.7)
        case .xor: (-0.6...1.6, -0.6...1.6)
        case .spirals: (-1.3...1.3, -1.3...1.3)
        }
    }

    /// Splits `data` at random (by `seed`) into a training set of `fraction` of the points
    /// (at least 1 point, at most all but 1) and a test set of the rest.
    static func split(_ data: PointDataset, fraction: Double, seed: UInt64) -> (train: PointDataset, test: PointDataset) {
        var rng = Xoshiro256StarStar(seed: seed &+ 17)
        let order = rng.permutation(data.count)
        let k = max(1, min(data.count - 1, Int((Double(data.count) * fraction).rounded())))
        func subset(_ idx: ArraySlice<Int>) -> PointDataset {
            let indices = Array(idx)
            return PointDataset(name: data.name, points: data.points.gatherRows(indices), labels: indices.map { data.labels[$0] },
                                classes: data.classes)
        }
        return (subset(order[..<k]), subset(order[k...]))
    }
}

/// The hidden layers' activation, with its knob value and the level that splits a unit's
/// output map in two (tanh 0, sigmoid ½, ReLU "on" above 0).
enum PlaygroundActivation: Int, CaseIterable, Sendable {
    case tanh, relu, sigmoid

    static let names = ["tanh", "ReLU", "sigmoid"]
    var name: String { Self.names[rawValue] }
    var core: Activation {
        switch self {
        case .tanh: .tanh
        case .relu: .relu
        case .sigmoid: .sigmoid
        }
    }
    var midpoint: Double { self == .sigmoid ? 0.5 : 0 }
}

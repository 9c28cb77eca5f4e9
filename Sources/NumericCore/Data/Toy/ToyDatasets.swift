import RealModule

// The classic 2-D toy problems. Each `make(count:noise:seed:)` gives `count` points with
// labels assigned round-robin (point i has class i mod classes, so classes are balanced),
// Gaussian noise of standard deviation `noise` added to both coordinates, and the same
// points for the same seed.

/// XOR: the four corners of the unit square, labelled x1 XOR x2 — class 1 at (0, 1) and
/// (1, 0), class 0 at (0, 0) and (1, 1). No straight line separates the classes (the
/// perceptron lesson's point); points cycle through the corners (0,0), (0,1), (1,1), (1,0).
public enum XORDataset {
    /// `count` jittered corner points.
    public static func make(count: Int, noise: Double = 0.15, seed: UInt64) -> PointDataset {
        PointDataset.make(name: "XOR", count: count, classes: 2, noise: noise, seed: seed) { label, k, _ in
            // Class 0: (0,0) then (1,1); class 1: (0,1) then (1,0).
            let other = Double(k % 2)
            return label == 0 ? (other, other) : (other, 1 - other)
        }
    }
}

/// Two concentric circles: class 0 on the circle of radius 1, class 1 on the circle of
/// radius `factor` inside it, at uniformly random angles.
public enum CirclesDataset {
    /// `count` points on the two circles.
    public static func make(count: Int, noise: Double = 0.08, seed: UInt64, factor: Double = 0.5) -> PointDataset {
        PointDataset.make(name: "circles", count: count, classes: 2, noise: noise, seed: seed) { label, _, rng in
            let angle = 2 * Double.pi * rng.nextUniform()
            let radius = label == 0 ? 1 : factor
            return (radius * .cos(angle), radius * .sin(angle))
        }
    }
}

/// Two interleaving half circles: class 0 on the upper arc (cos t, sin t), class 1 on the
/// lower arc (1 − cos t, 0.5 − sin t), t uniform in [0, π].
public enum MoonsDataset {
    /// `count` points on the two moons.
    public static func make(count: Int, noise: Double = 0.1, seed: UInt64) -> PointDataset {
        PointDataset.make(name: "moons", count: count, classes: 2, noise: noise, seed: seed) { label, _, rng in
            let t = Double.pi * rng.nextUniform()
            return label == 0 ? (.cos(t), .sin(t)) : (1 - .cos(t), 0.5 - .sin(t))
        }
    }
}

/// Interleaved spiral arms, one per class: a point at radius r ∈ (0, 1] of arm j lies at
/// angle 2πj/classes + `turns`·2π·r, so the arms wind around the origin together.
public enum SpiralsDataset {
    /// `count` points on `classes` spiral arms (radius uniform in (0, 1]).
    public static func make(count: Int, noise: Double = 0.03, seed: UInt64, classes: Int = 3,
                            turns: Double = 0.75) -> PointDataset {
        precondition(classes >= 1, "SpiralsDataset: needs at least one class")
        return PointDataset.make(name: "\(classes) spirals", count: count, classes: classes, noise: noise,
                                 seed: seed) { label, _, rng in
            let radius = 1 - rng.nextUniform()  // (0, 1]
            let angle = 2 * Double.pi * (Double(label) / Double(classes) + turns * radius)
            return (radius * .cos(angle), radius * .sin(angle))
        }
    }
}

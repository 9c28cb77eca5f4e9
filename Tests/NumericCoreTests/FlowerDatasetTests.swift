import Foundation
import Testing
@testable import NumericCore

/// Ng's planar flower: shape, labels in two halves, and its statistics against numpy's
/// generator (Scripts/reference/playground_flower.py, 200 seeds: mean ± standard deviation
/// over seeds). Our random numbers differ from numpy's, so single points are not compared.
@Suite struct FlowerDatasetTests {
    /// Per class: mean radius, largest radius, fraction in quadrants 0…3 (numpy, 200 seeds).
    static let reference: [(meanR: (Double, Double), maxR: (Double, Double), quadrants: [(Double, Double)])] = [
        ((2.5467, 0.0863), (4.3918, 0.1031), [(0.2284, 0.0173), (0.2247, 0.0185), (0.2713, 0.0209), (0.2756, 0.0214)]),
        ((2.5548, 0.0806), (4.3970, 0.1043), [(0.2694, 0.0186), (0.2784, 0.0192), (0.2306, 0.0161), (0.2215, 0.0164)]),
    ]
    static let seeds: [UInt64] = Array(1...12)

    static func statistics(_ d: PointDataset, label: Int) -> (meanR: Double, maxR: Double, quadrants: [Double]) {
        var radii: [Double] = [], quadrants = [Double](repeating: 0, count: 4)
        for i in 0..<d.count where d.labels[i] == label {
            let p = d.point(i)
            radii.append((p.x * p.x + p.y * p.y).squareRoot())
            quadrants[p.x >= 0 ? (p.y >= 0 ? 0 : 3) : (p.y >= 0 ? 1 : 2)] += 1
        }
        let n = Double(radii.count)
        return (radii.reduce(0, +) / n, radii.max() ?? 0, quadrants.map { $0 / n })
    }

    @Test func shapeAndLabelsAreNgs() {
        let d = FlowerDataset.make(seed: 3)
        #expect(d.points.shape == [400, 2])
        #expect(d.labels == [Int](repeating: 0, count: 200) + [Int](repeating: 1, count: 200))
        #expect(d.classes == 2 && d.name == "flower")
    }

    @Test func sameSeedSamePointsOtherSeedOthers() {
        #expect(FlowerDataset.make(seed: 5) == FlowerDataset.make(seed: 5))
        #expect(FlowerDataset.make(seed: 5).points != FlowerDataset.make(seed: 6).points)
    }

    @Test func withoutNoiseThePointsLieOnTheCurve() {
        // θ = 3.12·j + 3.12·i/199 exactly; r = 4 sin 4θ; (x, y) = (r sin θ, r cos θ).
        let d = FlowerDataset.make(noise: 0, seed: 1)
        for (index, j, i) in [(0, 0, 0), (57, 0, 57), (200, 1, 0), (399, 1, 199)] {
            let theta = 3.12 * Double(j) + 3.12 * Double(i) / 199
            let r = 4 * sin(4 * theta)
            let p = d.point(index)
            #expect(abs(p.x - r * sin(theta)) < 1e-12 && abs(p.y - r * cos(theta)) < 1e-12)
        }
    }

    @Test func eachSeedLiesWithinFourStandardDeviationsOfNumpys() {
        for seed in Self.seeds {
            let d = FlowerDataset.make(seed: seed)
            for label in 0..<2 {
                let s = Self.statistics(d, label: label), ref = Self.reference[label]
                #expect(abs(s.meanR - ref.meanR.0) < 4 * ref.meanR.1, "seed \(seed) class \(label) mean radius \(s.meanR)")
                #expect(abs(s.maxR - ref.maxR.0) < 4 * ref.maxR.1, "seed \(seed) class \(label) max radius \(s.maxR)")
                for q in 0..<4 {
                    #expect(abs(s.quadrants[q] - ref.quadrants[q].0) < 4 * ref.quadrants[q].1,
                            "seed \(seed) class \(label) quadrant \(q): \(s.quadrants[q])")
                }
            }
        }
    }

    @Test func theMeansOverSeedsMatchNumpysWithinSamplingError() {
        // The mean of 12 seeds has a standard error of σ/√12; allow 4 of them.
        let k = Double(Self.seeds.count).squareRoot()
        for label in 0..<2 {
            let all = Self.seeds.map { Self.statistics(FlowerDataset.make(seed: $0), label: label) }
            let ref = Self.reference[label]
            let meanR = all.map(\.meanR).reduce(0, +) / Double(all.count)
            let maxR = all.map(\.maxR).reduce(0, +) / Double(all.count)
            #expect(abs(meanR - ref.meanR.0) < 4 * ref.meanR.1 / k, "class \(label) mean radius \(meanR)")
            #expect(abs(maxR - ref.maxR.0) < 4 * ref.maxR.1 / k, "class \(label) max radius \(maxR)")
            for q in 0..<4 {
                let f = all.map { $0.quadrants[q] }.reduce(0, +) / Double(all.count)
                #expect(abs(f - ref.quadrants[q].0) < 4 * ref.quadrants[q].1 / k, "class \(label) quadrant \(q): \(f)")
            }
        }
    }

    @Test func theNoiseKnobScalesBothSpreads() {
        // No noise: every radius is |4 sin 4θ| ≤ 4; twice Ng's noise pushes some well past 4.
        let quiet = FlowerDataset.make(noise: 0, seed: 2), loud = FlowerDataset.make(noise: 0.4, seed: 2)
        #expect(Self.statistics(quiet, label: 0).maxR <= 4 + 1e-12)
        #expect(Self.statistics(loud, label: 0).maxR > 4.4)
    }
}

import Foundation
import Testing
@testable import NumericCore

@Suite("DataToy")
struct DataToyTests {
    @Test func xorCornersAndLabels() {
        let clean = XORDataset.make(count: 8, noise: 0, seed: 1)
        #expect(clean.points.shape == [8, 2] && clean.classes == 2)
        #expect(clean.labels == [0, 1, 0, 1, 0, 1, 0, 1])
        // Corners cycle (0,0), (0,1), (1,1), (1,0): label = x XOR y.
        #expect(clean.points.scalars == [0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0])
        let noisy = XORDataset.make(count: 200, noise: 0.1, seed: 1)
        for i in 0..<noisy.count {
            let p = noisy.point(i)
            let expected = (p.x > 0.5) != (p.y > 0.5) ? 1 : 0
            #expect(noisy.labels[i] == expected, "point \(i) at \(p) crossed the middle")  // 5σ margin
        }
    }

    @Test func circlesLieOnTheirRadii() {
        let circles = CirclesDataset.make(count: 50, noise: 0, seed: 3, factor: 0.4)
        for i in 0..<circles.count {
            let p = circles.point(i)
            let radius = (p.x * p.x + p.y * p.y).squareRoot()
            #expect(abs(radius - (circles.labels[i] == 0 ? 1 : 0.4)) < 1e-12)
        }
        #expect(circles.labels.filter { $0 == 1 }.count == 25)
    }

    @Test func moonsLieOnTheirArcs() {
        let moons = MoonsDataset.make(count: 60, noise: 0, seed: 4)
        for i in 0..<moons.count {
            let p = moons.point(i)
            if moons.labels[i] == 0 {
                #expect(abs(p.x * p.x + p.y * p.y - 1) < 1e-12 && p.y >= 0)
            } else {
                #expect(abs((1 - p.x) * (1 - p.x) + (0.5 - p.y) * (0.5 - p.y) - 1) < 1e-12 && p.y <= 0.5)
            }
        }
        let b = moons.bounds
        #expect(b.minX >= -1 && b.maxX <= 2 && b.minY >= -0.5 && b.maxY <= 1)
    }

    @Test func spiralArmsWindTogether() {
        let spirals = SpiralsDataset.make(count: 90, noise: 0, seed: 5, classes: 3, turns: 0.75)
        #expect(spirals.classes == 3 && spirals.name == "3 spirals")
        #expect(spirals.oneHotLabels.shape == [90, 3])
        for i in 0..<spirals.count {
            let p = spirals.point(i)
            let radius = (p.x * p.x + p.y * p.y).squareRoot()
            #expect(radius > 0 && radius <= 1)
            // angle = 2π(label/3 + 0.75·radius), compared on the unit circle.
            let angle = 2 * Double.pi * (Double(spirals.labels[i]) / 3 + 0.75 * radius)
            #expect(abs(p.x - radius * cos(angle)) < 1e-12 && abs(p.y - radius * sin(angle)) < 1e-12)
        }
    }

    @Test func deterministicBySeedAndNoisy() {
        #expect(MoonsDataset.make(count: 30, seed: 8) == MoonsDataset.make(count: 30, seed: 8))
        #expect(MoonsDataset.make(count: 30, seed: 8) != MoonsDataset.make(count: 30, seed: 9))
        #expect(SpiralsDataset.make(count: 30, seed: 8) == SpiralsDataset.make(count: 30, seed: 8))
        #expect(CirclesDataset.make(count: 30, seed: 8) != CirclesDataset.make(count: 30, seed: 9))
        // Noise of std 0.2 per axis moves points off their circle radially by an RMS of about 0.2.
        let noisy = CirclesDataset.make(count: 400, noise: 0.2, seed: 8)
        var spread = 0.0
        for i in 0..<noisy.count {
            let p = noisy.point(i)
            spread += pow((p.x * p.x + p.y * p.y).squareRoot() - (noisy.labels[i] == 0 ? 1 : 0.5), 2)
        }
        let rms = (spread / Double(noisy.count)).squareRoot()
        #expect(rms > 0.15 && rms < 0.3, "radial RMS deviation \(rms)")
        #expect(XORDataset.make(count: 0, seed: 1).count == 0)
    }
}

import Testing
@testable import NumericCore

@Suite("Optimizer test surfaces")
struct OptimizerSurfaceTests {
    @Test func valuesAtHandPickedPoints() {
        // x²/20 + y² at (−7, 2): 49/20 + 4 = 6.45.
        #expect(abs(Surface.elongatedBowl.value(-7, 2) - 6.45) < 1e-15)
        // Rosenbrock at (0, 0): (1 − 0)² + 100·0² = 1; at (−1.2, 1): 2.2² + 100·(1 − 1.44)² = 24.2.
        #expect(Surface.rosenbrock.value(0, 0) == 1)
        #expect(abs(Surface.rosenbrock.value(-1.2, 1) - 24.2) < 1e-12)
        // Beale at (0, 0): 1.5² + 2.25² + 2.625² = 2.25 + 5.0625 + 6.890625 = 14.203125.
        #expect(Surface.beale.value(0, 0) == 14.203125)
        // Saddle at (2, 3): 4 − 9 = −5.
        #expect(Surface.saddle.value(2, 3) == -5)
        // The book's gradient (x/10, 2y) at its start: (−0.7, 4).
        #expect(Surface.elongatedBowl.gradient(at: SIMD2(-7, 2)) == SIMD2(-0.7, 4))
    }

    @Test func minimaAreZeroWithZeroGradient() {
        for surface in Surface.allCases {
            guard let minimum = surface.minimum else {
                #expect(surface == .saddle)
                // The saddle point is stationary but not a minimum.
                #expect(surface.gradient(0, 0) == SIMD2(0, 0))
                continue
            }
            #expect(abs(surface.value(at: minimum)) < 1e-15, "\(surface)")
            #expect(abs(surface.gradient(at: minimum).x) < 1e-12, "\(surface)")
            #expect(abs(surface.gradient(at: minimum).y) < 1e-12, "\(surface)")
        }
    }

    @Test func analyticGradientsMatchCentralDifferences() {
        let h = 1e-5
        let points: [SIMD2<Double>] = [SIMD2(-1.3, 0.7), SIMD2(0.4, -1.1), SIMD2(2.2, 1.6), SIMD2(1, 1.5)]
        for surface in Surface.allCases {
            for p in points {
                let numeric = SIMD2(
                    (surface.value(p.x + h, p.y) - surface.value(p.x - h, p.y)) / (2 * h),
                    (surface.value(p.x, p.y + h) - surface.value(p.x, p.y - h)) / (2 * h))
                let analytic = surface.gradient(at: p)
                for axis in 0..<2 {
                    let scale = max(1, abs(analytic[axis]))
                    #expect(abs(numeric[axis] - analytic[axis]) < 1e-6 * scale,
                            "\(surface) at \(p): \(analytic) vs \(numeric)")
                }
            }
        }
    }

    @Test func startsAndMinimaLieInsideTheViewBox() {
        for surface in Surface.allCases {
            #expect(surface.xRange.contains(surface.start.x) && surface.yRange.contains(surface.start.y))
            if let minimum = surface.minimum {
                #expect(surface.xRange.contains(minimum.x) && surface.yRange.contains(minimum.y))
            }
            #expect(!surface.displayName.isEmpty && surface.formula.hasPrefix("f(x, y) = "))
        }
    }

    @Test func surfacePointWrapsAParameter() {
        let point = SurfacePoint(SIMD2(3, -4))
        #expect(point.parameter.value.scalars == [3, -4])
        point.gradient = SIMD2(1, 2)
        #expect(point.parameter.grad.scalars == [1, 2])
        // The lesson's loop: set the gradient, update the parameter.
        SGD(learningRate: 0.5).update([point.parameter])
        #expect(point.position == SIMD2(2.5, -5))
        point.position = SIMD2(0, 1)
        #expect(point.parameter.value.scalars == [0, 1])
    }

    @Test func trajectoryIncludesTheStart() {
        // SGD lr 0.1 on the saddle from (1, 0.5): x ← 0.8·x, y ← 1.2·y.
        let path = Surface.saddle.trajectory(of: SGD(learningRate: 0.1), from: SIMD2(1, 0.5), steps: 2)
        #expect(path.count == 3)
        #expect(path[0] == SIMD2(1, 0.5))
        #expect(abs(path[1].x - 0.8) < 1e-15 && abs(path[1].y - 0.6) < 1e-15)
        #expect(abs(path[2].x - 0.64) < 1e-15 && abs(path[2].y - 0.72) < 1e-15)
        #expect(Surface.beale.trajectory(of: Adam(), steps: 0) == [Surface.beale.start])
    }

    @Test func adaptiveOptimizersEscapeTheSaddleFasterThanSGD() {
        // From (−1.5, 0.01) the y-gradient is tiny; Adam normalises it away, SGD does not.
        let sgd = Surface.saddle.trajectory(of: SGD(learningRate: 0.05), steps: 20).last!
        let adam = Surface.saddle.trajectory(of: Adam(learningRate: 0.05), steps: 20).last!
        #expect(abs(sgd.y) < 0.1)
        #expect(abs(adam.y) > 0.5)
    }
}

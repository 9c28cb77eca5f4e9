import Testing
@testable import NumericCore

/// |a − b| in units of the last place of b (subnormal b: units of the smallest subnormal).
private func ulps(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    return abs(a - b) / max(b.ulp, Double.leastNonzeroMagnitude)
}

/// vectorExp of one value (in lane `lane`, the other lanes holding unrelated values).
private func exp4(_ x: Double, lane: Int = 0) -> Double {
    var v = SIMD4<Double>(-3.5, 0.25, 700, -800)
    v[lane] = x
    return vectorExp(v)[lane]
}

@Suite("VectorExp")
struct VectorExpTests {
    @Test func specialValues() {
        #expect(exp4(0) == 1)
        #expect(exp4(-0.0) == 1)
        #expect(exp4(.infinity) == .infinity)
        #expect(exp4(-.infinity) == 0)
        #expect(exp4(.nan).isNaN)
        #expect(exp4(710) == .infinity)            // e^710 > Double.greatestFiniteMagnitude
        #expect(exp4(709.78).isFinite)              // e^709.78 ≈ 1.79e308 still fits
        #expect(exp4(-746) == 0)                    // below half the smallest subnormal
        #expect(exp4(-745) == Double.leastNonzeroMagnitude)  // e^−745 ≈ 4.9e−324: one subnormal step
        #expect(ulps(exp4(1), 2.718281828459045) <= 1)
        #expect(ulps(exp4(Double.log(2)), 2) <= 1)
    }

    /// Within 2 ulp of the C library's exp (itself within 1 ulp of the true value) on a
    /// fine grid over the whole finite range and on random points, in every lane.
    @Test func agreesWithTheCLibraryExp() {
        var worst = 0.0, worstX = 0.0
        var rng = Xoshiro256StarStar(seed: 3)
        var points = stride(from: -745.0, through: 709.7, by: 0.0731).map { $0 }
        points += (0..<20_000).map { _ in rng.nextUniform() * 60 - 30 }
        points += (0..<2_000).map { _ in (rng.nextUniform() - 0.5) * 1e-6 }
        for (index, x) in points.enumerated() {
            let error = ulps(exp4(x, lane: index % 4), Double.exp(x))
            if error > worst { worst = error; worstX = x }
        }
        #expect(worst <= 1, "worst \(worst) ulp at x = \(worstX)")
    }

    /// The sigmoid buffer function: every length's tail, values against the scalar formula,
    /// the same bits for a value wherever it sits, and in-place use.
    @Test func sigmoidOfBuffers() {
        let values: [Double] = [0, 1, -1, 36.5, -36.5, 800, -800, 1e-300, 3.25, -0.75, 12]
        for count in 0...values.count {
            var out = [Double](repeating: .nan, count: count)
            values.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    vectorSigmoid(src.baseAddress!, dst.baseAddress!, count: count)
                }
            }
            for (x, y) in zip(values, out) {
                #expect(ulps(y, 1 / (1 + Double.exp(-x))) <= 2, "sigmoid(\(x)) = \(y)")
                #expect(y == 1 / (1 + exp4(-x, lane: 2)))
            }
        }
        #expect(exp4(0) == 1 && 1 / (1 + exp4(-0.0)) == 0.5)
        var inPlace: [Double] = [-2, 0, 2, 5, -5]
        inPlace.withUnsafeMutableBufferPointer { p in vectorSigmoid(p.baseAddress!, p.baseAddress!, count: 5) }
        // 1/(1 + e^∓2), 1/(1 + e^−5) (printed by Python's math.exp).
        #expect(inPlace[1] == 0.5)
        #expect(abs(inPlace[0] - 0.11920292202211755) <= 2e-17 && abs(inPlace[2] - 0.8807970779778823) <= 2e-16)
        #expect(abs(inPlace[3] - 0.9933071490757153) <= 2e-16)
    }
}

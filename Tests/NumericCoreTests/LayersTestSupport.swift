import Testing
@testable import NumericCore

/// Helpers shared by the layer and network tests.
enum LayersTestSupport {
    /// The inputs of Scripts/reference/*.py: element i (row-major) is
    /// ((i·a + b) mod m − shift)/scale, exactly representable in both languages.
    static func pattern(_ shape: [Int], _ a: Int, _ b: Int, _ m: Int, _ shift: Int, _ scale: Double) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, scalars: (0..<n).map { Double(((($0 * a + b) % m) - shift)) / scale })
    }

    /// ‖a − b‖ / max(‖a‖, ‖b‖) (0 when both are zero).
    static func relativeError(_ a: Tensor, _ b: Tensor) -> Double {
        precondition(a.count == b.count, "relativeError: \(a.shape) vs \(b.shape)")
        var diff = 0.0, na = 0.0, nb = 0.0
        for i in 0..<a.count {
            let d = a.scalars[i] - b.scalars[i]
            diff += d * d; na += a.scalars[i] * a.scalars[i]; nb += b.scalars[i] * b.scalars[i]
        }
        let scale = max(na, nb).squareRoot()
        return scale == 0 ? diff.squareRoot() : diff.squareRoot() / scale
    }

    /// Largest |a − b| over the elements.
    static func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count, "maxAbsDifference: \(a.count) vs \(b.count) values")
        return zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    /// Checks a layer's backward against central differences of the scalar loss
    /// L = Σ out ⊙ R for a random R: returns the relative errors of dx and of every
    /// parameter gradient. `forward` runs the layer (override it to replay random state).
    static func gradientErrors(of layer: any Layer, at x: Tensor, seed: UInt64 = 7, training: Bool = true,
                               forward: ((Tensor) -> Tensor)? = nil) -> (dx: Double, parameters: [Double]) {
        let run = forward ?? { layer.forward($0, training: training) }
        var rng = Xoshiro256StarStar(seed: seed)
        let out = run(x)
        let r = Tensor.randomNormal(out.shape, using: &rng)
        let dx = layer.backward(r)
        let analytic = layer.parameters.map(\.grad)
        let loss = { (input: Tensor) -> Double in
            let y = run(input)
            var total = 0.0
            for i in 0..<y.count { total += y.scalars[i] * r.scalars[i] }
            return total
        }
        let numericDx = numericalGradient(loss, at: x)
        let paramErrors = zip(layer.parameters, analytic).map { p, g in
            relativeError(g, numericalGradient(of: p) { loss(x) })
        }
        #expect(dx.shape == x.shape, "dx has the input's shape")
        return (relativeError(dx, numericDx), paramErrors)
    }
}

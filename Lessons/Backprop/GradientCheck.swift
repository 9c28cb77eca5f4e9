import NumericCore

/// The gradient check of the book's ch. 5.7.3 on a tiny network: backprop's gradients
/// (`Sequential.gradient`) beside central differences (`Sequential.numericalGradient`,
/// h = 1e-4) for every parameter, on a few random samples.
struct GradientCheck {
    /// The hidden activations the learner can pick.
    static let activations: [(name: String, activation: Activation)] = [
        ("sigmoid", .sigmoid), ("relu", .relu), ("tanh", .tanh),
    ]
    /// Layer sizes: 4 inputs, 5 hidden units, 3 classes.
    static let sizes = [4, 5, 3]
    /// Samples in the batch.
    static let samples = 3

    /// One parameter's comparison.
    struct Row: Equatable {
        var name: String
        var shape: [Int]
        /// The largest |backprop gradient| (how big the numbers are).
        var largestGradient: Double
        /// The largest |backprop − numerical| over the parameter's entries.
        var largestAbsolute: Double
        /// The largest |backprop − numerical| / max(|backprop|, |numerical|) over its entries
        /// (entries where both are below 1e-12 count as agreeing).
        var largestRelative: Double
        /// ‖backprop − numerical‖ / (‖backprop‖ + ‖numerical‖) (Ng's check; < 1e-7 is right).
        var normRelative: Double
    }

    let rows: [Row]
    let loss: Double

    /// Runs the check: weights from `Sequential.mlp` (He init, seeded by `seed`), inputs from
    /// a standard normal and labels uniform over the classes, from the same seed.
    ///
    /// - Parameter bookDelta: differentiate the book's loss −log(y + 1e-7) numerically (true),
    ///   or the exact −log y (false), whose derivative is what backprop's (y − t)/N computes.
    init(activation: Activation, seed: UInt64, bookDelta: Bool = true) {
        let net = Sequential.mlp(sizes: Self.sizes, activation: activation, init: .he, seed: seed)
        var rng = Xoshiro256StarStar(seed: seed &+ 1000)
        let x = Tensor.randomNormal([Self.samples, Self.sizes[0]], using: &rng)
        let labels = (0..<Self.samples).map { _ in rng.nextInt(below: Self.sizes.last!) }
        let numerical = bookDelta
            ? net.numericalGradient(x, labels: labels)
            : net.parameters.map { parameter in
                NumericCore.numericalGradient(of: parameter) {
                    Loss.crossEntropy(softmax(net.predict(x, training: true)), labels: labels, delta: 0)
                }
            }
        loss = net.gradient(x, labels: labels)
        probabilityOfLabel = (0..<Self.samples).map { net.lossLayer.output[$0, labels[$0]] }
        rows = zip(net.parameters, numerical).map { parameter, numeric in
            var largest = 0.0, absolute = 0.0, relative = 0.0
            var differenceSquares = 0.0, backpropSquares = 0.0, numericalSquares = 0.0
            for (b, n) in zip(parameter.grad.scalars, numeric.scalars) {
                let difference = abs(b - n)
                largest = max(largest, abs(b))
                absolute = max(absolute, difference)
                let scale = max(abs(b), abs(n))
                if scale >= 1e-12 { relative = max(relative, difference / scale) }
                differenceSquares += difference * difference
                backpropSquares += b * b
                numericalSquares += n * n
            }
            let norms = backpropSquares.squareRoot() + numericalSquares.squareRoot()
            return Row(name: parameter.name, shape: parameter.value.shape, largestGradient: largest,
                       largestAbsolute: absolute, largestRelative: relative,
                       normRelative: norms > 0 ? differenceSquares.squareRoot() / norms : 0)
        }
    }

    /// The softmax probability of each sample's label (backprop's forward pass): the book's
    /// delta moves the numerical gradient by about 1e-7/y from backprop's.
    let probabilityOfLabel: [Double]

    /// The largest element-wise relative difference over every parameter.
    var worstRelative: Double { rows.map(\.largestRelative).max() ?? 0 }
    /// The largest norm-based relative difference over the parameters.
    var worstNormRelative: Double { rows.map(\.normRelative).max() ?? 0 }
}

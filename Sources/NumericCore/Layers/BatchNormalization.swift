/// Batch normalization (the book's `BatchNormalization`): each feature is normalized over
/// the batch, xn = (x − μ)/√(σ² + ε), then scaled and shifted, y = γ·xn + β.
///
/// Training uses the batch's mean and variance and updates running averages
/// (running = momentum·running + (1 − momentum)·batch); inference uses the running
/// averages, which start at zero as in the book. ε = 1e-6 (DESIGN.md). A 4-D input
/// (N, C, H, W) is flattened to (N, C·H·W) as the book does, so every (c, y, x) position
/// is its own feature. An empty batch (N = 0) gives an empty output, zero gradients and
/// leaves the running averages unchanged.
public final class BatchNormalization: Layer {
    /// ε inside √(σ² + ε).
    public static let epsilon = 1e-6

    /// The scale γ (one per feature), initially 1.
    public let gamma: Parameter
    /// The shift β (one per feature), initially 0.
    public let beta: Parameter
    /// The weight of the old running average in each update.
    public var momentum: Double
    /// The running mean used at inference.
    public var runningMean: Tensor
    /// The running variance used at inference.
    public var runningVariance: Tensor

    private var inputShape: [Int] = []
    private var batchSize = 0
    private var centered: [Double] = []     // x − μ (N × D)
    private var normalized: [Double] = []   // xn (N × D)
    private var standardDeviation: [Double] = []  // √(σ² + ε) (D)
    private var lastForwardWasTraining = true

    /// A layer normalizing `features` features per sample.
    public init(features: Int, momentum: Double = 0.9, gammaName: String = "gamma", betaName: String = "beta") {
        gamma = Parameter(name: gammaName, value: .ones([features]))
        beta = Parameter(name: betaName, value: .zeros([features]))
        self.momentum = momentum
        runningMean = .zeros([features])
        runningVariance = .zeros([features])
    }

    /// The number of features normalized.
    public var features: Int { gamma.value.count }

    /// The display name.
    public var name: String { "BatchNorm \(features)" }
    /// The trainable parameters, in order.
    public var parameters: [Parameter] { [gamma, beta] }

    /// Normalizes each feature with the batch statistics (training, updating the running
    /// averages) or with the running averages (inference), then applies γ and β.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let d = features
        precondition(x.rank >= 2 && x.count == x.shape[0] * d,
                     "BatchNorm: input \(x.shape) does not have \(d) features per sample")
        inputShape = x.shape
        let n = x.shape[0]
        // An empty batch has no statistics: it is normalized like inference and leaves the
        // running averages alone (its mean would be 0/0).
        let usesBatchStatistics = training && n > 0
        lastForwardWasTraining = usesBatchStatistics
        batchSize = n
        var mean = [Double](repeating: 0, count: d)
        var variance = [Double](repeating: 0, count: d)
        var xc = [Double](repeating: 0, count: n * d)
        if usesBatchStatistics {
            x.scalars.withUnsafeBufferPointer { px in
                mean.withUnsafeMutableBufferPointer { mu in
                    variance.withUnsafeMutableBufferPointer { v in
                        xc.withUnsafeMutableBufferPointer { c in
                            for r in 0..<n { let row = r &* d; for j in 0..<d { mu[j] += px[row &+ j] } }
                            let scale = 1 / Double(n)
                            for j in 0..<d { mu[j] *= scale }
                            for r in 0..<n {
                                let row = r &* d
                                for j in 0..<d {
                                    let centered = px[row &+ j] - mu[j]
                                    c[row &+ j] = centered
                                    v[j] += centered * centered
                                }
                            }
                            for j in 0..<d { v[j] *= scale }
                        }
                    }
                }
            }
            let m = momentum
            runningMean.scalars.withUnsafeMutableBufferPointer { rm in
                runningVariance.scalars.withUnsafeMutableBufferPointer { rv in
                    for j in 0..<d {
                        rm[j] = m * rm[j] + (1 - m) * mean[j]
                        rv[j] = m * rv[j] + (1 - m) * variance[j]
                    }
                }
            }
        } else {
            mean = runningMean.scalars
            variance = runningVariance.scalars
            x.scalars.withUnsafeBufferPointer { px in
                mean.withUnsafeBufferPointer { mu in
                    xc.withUnsafeMutableBufferPointer { c in
                        for r in 0..<n { let row = r &* d; for j in 0..<d { c[row &+ j] = px[row &+ j] - mu[j] } }
                    }
                }
            }
        }
        let std = variance.map { ($0 + Self.epsilon).squareRoot() }
        var xn = [Double](repeating: 0, count: n * d)
        var out = [Double](repeating: 0, count: n * d)
        gamma.value.scalars.withUnsafeBufferPointer { g in
            beta.value.scalars.withUnsafeBufferPointer { b in
                std.withUnsafeBufferPointer { s in
                    xc.withUnsafeBufferPointer { c in
                        xn.withUnsafeMutableBufferPointer { xnp in
                            out.withUnsafeMutableBufferPointer { o in
                                for r in 0..<n {
                                    let row = r &* d
                                    for j in 0..<d {
                                        let v = c[row &+ j] / s[j]
                                        xnp[row &+ j] = v
                                        o[row &+ j] = g[j] * v + b[j]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        centered = xc
        normalized = xn
        standardDeviation = std
        return Tensor(shape: x.shape, scalars: out)
    }

    /// The book's backward pass through the batch statistics (training), or through the
    /// fixed running statistics (inference). Fills γ's and β's gradients.
    public func backward(_ dout: Tensor) -> Tensor {
        let d = features, n = batchSize
        precondition(dout.count == n * d, "BatchNorm.backward: dout \(dout.shape) does not match the forward input \(inputShape)")
        var dgamma = [Double](repeating: 0, count: d)
        var dbeta = [Double](repeating: 0, count: d)
        var dx = [Double](repeating: 0, count: n * d)
        var dvar = [Double](repeating: 0, count: d)
        var dmu = [Double](repeating: 0, count: d)
        let training = lastForwardWasTraining
        // Every buffer is opened once, so the loops below run on raw pointers.
        dout.scalars.withUnsafeBufferPointer { pd in
        gamma.value.scalars.withUnsafeBufferPointer { g in
        standardDeviation.withUnsafeBufferPointer { s in
        centered.withUnsafeBufferPointer { c in
        normalized.withUnsafeBufferPointer { xn in
        dgamma.withUnsafeMutableBufferPointer { dg in
        dbeta.withUnsafeMutableBufferPointer { db in
        dvar.withUnsafeMutableBufferPointer { dv in
        dmu.withUnsafeMutableBufferPointer { dm in
        dx.withUnsafeMutableBufferPointer { out in
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d {
                    db[j] += pd[row &+ j]
                    dg[j] += xn[row &+ j] * pd[row &+ j]
                }
            }
            if !training {
                for r in 0..<n {
                    let row = r &* d
                    for j in 0..<d { out[row &+ j] = g[j] * pd[row &+ j] / s[j] }
                }
                return
            }
            // dxn = γ·dout; dxc = dxn/std; dstd = −Σ dxn·xc/std²; dvar = ½·dstd/std;
            // dxc += (2/N)·xc·dvar; dμ = Σ dxc; dx = dxc − dμ/N.
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d { dv[j] -= g[j] * pd[row &+ j] * c[row &+ j] / (s[j] * s[j]) }
            }
            for j in 0..<d { dv[j] = 0.5 * dv[j] / s[j] }
            let twoOverN = 2.0 / Double(n)
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d {
                    let v = g[j] * pd[row &+ j] / s[j] + twoOverN * c[row &+ j] * dv[j]
                    out[row &+ j] = v
                    dm[j] += v
                }
            }
            let count = Double(n)
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d { out[row &+ j] -= dm[j] / count }
            }
        }}}}}}}}}}
        gamma.grad = Tensor(shape: [d], scalars: dgamma)
        beta.grad = Tensor(shape: [d], scalars: dbeta)
        return Tensor(shape: inputShape, scalars: dx)
    }
}

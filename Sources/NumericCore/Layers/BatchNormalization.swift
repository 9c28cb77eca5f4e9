/// Batch normalization (the book's `BatchNormalization`): each feature is normalized over
/// the batch, xn = (x − μ)/√(σ² + ε), then scaled and shifted, y = γ·xn + β.
///
/// Training uses the batch's mean and variance and updates running averages
/// (running = momentum·running + (1 − momentum)·batch); inference uses the running
/// averages, which start at zero as in the book. ε = 1e-6 (DESIGN.md). A 4-D input
/// (N, C, H, W) is flattened to (N, C·H·W) as the book does, so every (c, y, x) position
/// is its own feature.
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

    public var name: String { "BatchNorm \(features)" }
    public var parameters: [Parameter] { [gamma, beta] }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let d = features
        precondition(x.rank >= 2 && x.count == x.shape[0] * d,
                     "BatchNorm: input \(x.shape) does not have \(d) features per sample")
        inputShape = x.shape
        lastForwardWasTraining = training
        let n = x.shape[0]
        batchSize = n
        var mean = [Double](repeating: 0, count: d)
        var variance = [Double](repeating: 0, count: d)
        var xc = [Double](repeating: 0, count: n * d)
        var xn = [Double](repeating: 0, count: n * d)
        var std = [Double](repeating: 0, count: d)
        if training {
            x.scalars.withUnsafeBufferPointer { px in
                for r in 0..<n { let row = r &* d; for j in 0..<d { mean[j] += px[row &+ j] } }
                for j in 0..<d { mean[j] /= Double(n) }
                for r in 0..<n {
                    let row = r &* d
                    for j in 0..<d {
                        let c = px[row &+ j] - mean[j]
                        xc[row &+ j] = c
                        variance[j] += c * c
                    }
                }
            }
            for j in 0..<d { variance[j] /= Double(n) }
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
                for r in 0..<n { let row = r &* d; for j in 0..<d { xc[row &+ j] = px[row &+ j] - mean[j] } }
            }
        }
        for j in 0..<d { std[j] = (variance[j] + Self.epsilon).squareRoot() }
        var out = [Double](repeating: 0, count: n * d)
        gamma.value.scalars.withUnsafeBufferPointer { g in
            beta.value.scalars.withUnsafeBufferPointer { b in
                for r in 0..<n {
                    let row = r &* d
                    for j in 0..<d {
                        let v = xc[row &+ j] / std[j]
                        xn[row &+ j] = v
                        out[row &+ j] = g[j] * v + b[j]
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
    /// fixed running statistics (inference).
    public func backward(_ dout: Tensor) -> Tensor {
        let d = features, n = batchSize
        precondition(dout.count == n * d, "BatchNorm.backward: dout \(dout.shape) does not match the forward input \(inputShape)")
        var dgamma = [Double](repeating: 0, count: d)
        var dbeta = [Double](repeating: 0, count: d)
        var dx = [Double](repeating: 0, count: n * d)
        let g = gamma.value.scalars
        let std = standardDeviation, xc = centered, xn = normalized
        dout.scalars.withUnsafeBufferPointer { pd in
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d {
                    dbeta[j] += pd[row &+ j]
                    dgamma[j] += xn[row &+ j] * pd[row &+ j]
                }
            }
            if !lastForwardWasTraining {
                for r in 0..<n {
                    let row = r &* d
                    for j in 0..<d { dx[row &+ j] = g[j] * pd[row &+ j] / std[j] }
                }
                return
            }
            // dxn = γ·dout; dxc = dxn/std; dstd = −Σ dxn·xc/std²; dvar = ½·dstd/std;
            // dxc += (2/N)·xc·dvar; dμ = Σ dxc; dx = dxc − dμ/N.
            var dvar = [Double](repeating: 0, count: d)
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d { dvar[j] -= g[j] * pd[row &+ j] * xc[row &+ j] / (std[j] * std[j]) }
            }
            for j in 0..<d { dvar[j] = 0.5 * dvar[j] / std[j] }
            var dmu = [Double](repeating: 0, count: d)
            let twoOverN = 2.0 / Double(n)
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d {
                    let v = g[j] * pd[row &+ j] / std[j] + twoOverN * xc[row &+ j] * dvar[j]
                    dx[row &+ j] = v
                    dmu[j] += v
                }
            }
            for r in 0..<n {
                let row = r &* d
                for j in 0..<d { dx[row &+ j] -= dmu[j] / Double(n) }
            }
        }
        gamma.grad = Tensor(shape: [d], scalars: dgamma)
        beta.grad = Tensor(shape: [d], scalars: dbeta)
        return Tensor(shape: inputShape, scalars: dx)
    }
}

/// Softmax followed by cross-entropy, the output layer of the book's networks
/// (`SoftmaxWithLoss`). Not a `Layer`: its forward takes targets and returns the loss,
/// and its backward needs no upstream gradient: dx = (y − t)/N.
public final class SoftmaxWithLoss {
    /// The softmax probabilities of the last forward pass (N × K).
    public private(set) var output = Tensor.zeros([0])
    /// The loss of the last forward pass.
    public private(set) var loss = Double.nan
    private var labels: [Int]?
    private var oneHot: Tensor?

    /// A softmax-with-loss layer.
    public init() {}

    /// A short display name.
    public var name: String { "SoftmaxWithLoss" }

    /// Softmax of the scores `x` (N × K, or one vector of K) and the mean cross-entropy
    /// against class indices.
    @discardableResult
    public func forward(_ x: Tensor, labels: [Int]) -> Double {
        output = softmax(x.rank <= 1 ? x.reshaped([1, -1]) : x)
        self.labels = labels
        oneHot = nil
        loss = Loss.crossEntropy(output, labels: labels)
        return loss
    }

    /// Softmax of the scores `x` and the mean cross-entropy against target distributions
    /// `oneHot` of the same shape.
    @discardableResult
    public func forward(_ x: Tensor, oneHot: Tensor) -> Double {
        precondition(x.count == oneHot.count, "SoftmaxWithLoss: scores \(x.shape) vs targets \(oneHot.shape)")
        output = softmax(x.rank <= 1 ? x.reshaped([1, -1]) : x)
        labels = nil
        self.oneHot = oneHot.reshaped(output.shape)
        loss = Loss.crossEntropy(output, oneHot: self.oneHot!)
        return loss
    }

    /// dL/dx = dout·(y − t)/N for the last forward pass (dout = 1 for a loss at the top).
    public func backward(_ dout: Double = 1) -> Tensor {
        let width = output.shape[1]
        let batch = output.shape[0]
        let scale = dout / Double(batch)
        if let t = oneHot {
            return LayerKernels.zip(output, t) { y, t in (y - t) * scale }
        }
        guard let labels else { preconditionFailure("SoftmaxWithLoss.backward before forward") }
        var dx = output
        dx.scalars.withUnsafeMutableBufferPointer { p in
            for (n, label) in labels.enumerated() { p[n &* width &+ label] -= 1 }
            for i in 0..<p.count { p[i] *= scale }
        }
        return dx
    }
}

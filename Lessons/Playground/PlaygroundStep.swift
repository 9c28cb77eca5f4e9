import NumericCore

/// One playground training step as a plain function, for `nnbook bench`: forward and
/// backward through the net on a whole batch, then one SGD update. `benchmarkSetup` builds
/// the case the issue names (the 400 flower points, 2 → 50 → 50 → 2 tanh).
public enum PlaygroundStep {
    /// One gradient-descent step of `net` on (x, labels); returns the loss before the update.
    @discardableResult
    public static func step(_ net: Sequential, x: Tensor, labels: [Int], optimizer: Optimizer) -> Double {
        let loss = net.trainingStep(x, labels: labels)
        if loss.isFinite { optimizer.update(net.parameters) }
        return loss
    }

    /// The benchmark case: a 2-50-50-2 tanh net (Xavier init), the 400 flower points, SGD lr 0.1.
    public static func benchmarkSetup(seed: UInt64 = 1) -> (net: Sequential, x: Tensor, labels: [Int], optimizer: SGD) {
        let data = FlowerDataset.make(seed: seed)
        let net = Sequential.mlp(sizes: [2, 50, 50, 2], activation: .tanh, init: .xavier, seed: seed)
        return (net, data.points, data.labels, SGD(learningRate: 0.1))
    }
}

import NumericCore

/// One DeepConvNet training iteration as a plain function, for the live page and for
/// `nnbook bench`: forward and backward through the net on one mini-batch (`net.gradient`,
/// dropout in training mode), then one Adam update. `benchmarkSetup` builds the case the
/// issue names: the book's DeepConvNet (`Sequential.deepConvNet`, He init, dropout 0.5),
/// a batch of 100 synthetic digits, Adam lr 0.001.
public enum DeepConvStep {
    /// One iteration of `net` on (x, labels); returns the batch loss before the update. A
    /// loss that is not finite updates nothing (the run then stops with advice).
    @discardableResult
    public static func step(_ net: Sequential, x: Tensor, labels: [Int], optimizer: Optimizer) -> Double {
        let loss = net.gradient(x, labels: labels)
        if loss.isFinite { optimizer.update(net.parameters) }
        return loss
    }

    /// The benchmark case: the book's DeepConvNet, `batch` synthetic digits (NCHW 1×28×28),
    /// Adam with the book's lr 0.001.
    public static func benchmarkSetup(batch: Int = 100, seed: UInt64 = 1) -> (net: Sequential, x: Tensor, labels: [Int], optimizer: Adam) {
        let data = SyntheticDigits.make(train: max(1, batch), test: 1, seed: seed).train
        return (Sequential.deepConvNet(seed: seed), data.imagesNCHW, data.labels, Adam(learningRate: 0.001))
    }
}

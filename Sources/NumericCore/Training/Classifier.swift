/// A model the `Trainer` can train: trainable parameters, a backward pass that fills their
/// gradients for a labelled batch, and evaluation. `Sequential` conforms.
public protocol Classifier: AnyObject {
    /// Every trainable parameter, in a stable order.
    var parameters: [Parameter] { get }
    /// Runs forward and backward on the batch (training mode), fills every parameter's
    /// `grad`, and returns the batch loss (including any weight-decay term).
    func trainingStep(_ x: Tensor, labels: [Int]) -> Double
    /// The fraction of samples whose predicted class equals the label (inference mode),
    /// evaluated `batchSize` samples at a time.
    func accuracy(_ x: Tensor, labels: [Int], batchSize: Int) -> Double
}

extension Sequential: Classifier {
    /// One forward + backward pass on the batch (see `gradient(_:labels:)`).
    public func trainingStep(_ x: Tensor, labels: [Int]) -> Double { gradient(x, labels: labels) }
}

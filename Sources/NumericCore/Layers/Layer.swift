/// One step of a network in the book's style (`common/layers.py`): `forward` remembers
/// what `backward` needs; `backward` takes dL/d(output), fills the gradients of the
/// layer's parameters and returns dL/d(input).
public protocol Layer: AnyObject {
    /// A short display name ("Affine", "ReLU", "Conv 30×5×5", ...).
    var name: String { get }
    /// The layer's trainable parameters (empty for activations and pooling).
    var parameters: [Parameter] { get }
    /// The forward pass. `training` switches dropout and batch norm between their
    /// training and inference behaviour.
    func forward(_ x: Tensor, training: Bool) -> Tensor
    /// The backward pass for the last `forward`.
    func backward(_ dout: Tensor) -> Tensor
}

extension Layer {
    public var parameters: [Parameter] { [] }
}

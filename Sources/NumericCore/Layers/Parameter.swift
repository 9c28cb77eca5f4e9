/// A trainable tensor and its gradient: a layer's weights or biases, or the position of a
/// point an optimizer moves on a 2-D surface.
///
/// A reference type, so a layer and an optimizer share it: backward writes `grad`, the
/// optimizer updates `value` in place (no copies of the weight storage per step).
public final class Parameter {
    /// A short name for display and export ("W1", "b1", "point").
    public let name: String
    /// The current value.
    public var value: Tensor
    /// The gradient of the loss with respect to `value`, set by the last backward pass.
    public var grad: Tensor
    /// Whether L2 weight decay applies (weights yes, biases and batch-norm shifts no).
    public let decays: Bool

    public init(name: String, value: Tensor, decays: Bool = false) {
        self.name = name
        self.value = value
        self.grad = Tensor.zeros(like: value)
        self.decays = decays
    }
}

/// A residual block (He et al. 2015; Ng course 4 week 2): the inner layers F (e.g. Affine →
/// ReLU → Affine) are bypassed by a skip connection, and the activation g follows the sum:
/// a[l+2] = g(z[l+2] + a[l]), where z[l+2] = F(a[l]).
///
/// F's output must have the input's shape (the identity shortcut). Backward: d = g′·dout
/// flows both through F and straight along the shortcut, so dx = dF(d) + d: even when F's
/// weights are tiny, the gradient reaches earlier layers undiminished.
public final class Residual: Layer {
    /// The layers of the main path F, applied in order.
    public let inner: [any Layer]
    /// The activation g applied after the sum (nil: none, the block outputs z + x).
    public let activation: (any Layer)?

    private var inputShape: [Int] = []

    /// A block out = g(F(x) + x) with F = `inner` applied in order.
    public init(inner: [any Layer], activation: (any Layer)? = ReLU()) {
        precondition(!inner.isEmpty, "Residual: the main path needs at least one layer")
        self.inner = inner
        self.activation = activation
    }

    /// The display name ("Residual[Affine 8→8, ReLU, Affine 8→8]").
    public var name: String { "Residual[" + inner.map(\.name).joined(separator: ", ") + "]" }
    /// The main path's parameters, in order (the shortcut has none).
    public var parameters: [Parameter] { inner.flatMap { $0.parameters } + (activation?.parameters ?? []) }

    /// g(F(x) + x).
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        inputShape = x.shape
        var z = x
        for layer in inner { z = layer.forward(z, training: training) }
        precondition(z.count == x.count,
                     "Residual: the main path maps \(x.shape) to \(z.shape); the shortcut needs the same shape")
        var sum = z.reshaped(x.shape)
        sum += x
        return activation?.forward(sum, training: training) ?? sum
    }

    /// d = g′·dout; dx = F′ᵀ·d + d (the shortcut adds d unchanged).
    public func backward(_ dout: Tensor) -> Tensor {
        let d = activation?.backward(dout) ?? dout
        var g = d
        for layer in inner.reversed() { g = layer.backward(g) }
        var dx = g.reshaped(inputShape)
        dx += d.reshaped(inputShape)
        return dx
    }
}

import RealModule

/// The ReLU layer (the book's `Relu`): y = max(0, x); backward passes dout where x > 0
/// and blocks it elsewhere, so ReLU′(0) = 0.
public final class ReLU: Layer {
    private var output = Tensor.zeros([0])
    /// A ReLU layer.
    public init() {}
    /// The display name.
    public var name: String { "ReLU" }
    /// y = max(0, x); remembers y.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        output = LayerKernels.map(x) { $0 > 0 ? $0 : 0 }
        return output
    }
    /// dout where y > 0, else 0.
    public func backward(_ dout: Tensor) -> Tensor {
        LayerKernels.zip(dout, output) { d, y in y > 0 ? d : 0 }
    }
}

/// The sigmoid layer (the book's `Sigmoid`): y = 1/(1 + e^(−x)); dx = dout·(1 − y)·y.
public final class Sigmoid: Layer {
    private var output = Tensor.zeros([0])
    /// A sigmoid layer.
    public init() {}
    /// The display name.
    public var name: String { "Sigmoid" }
    /// y = 1/(1 + e^(−x)); remembers y.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        output = x.scalars.withUnsafeBufferPointer { src in
            LayerKernels.makeTensor(x.shape) { dst, n in vectorSigmoid(src.baseAddress!, dst, count: n) }
        }
        return output
    }
    /// dout·(1 − y)·y.
    public func backward(_ dout: Tensor) -> Tensor {
        LayerKernels.zip(dout, output) { d, y in d * (1 - y) * y }
    }
}

/// The tanh layer: y = tanh x; dx = dout·(1 − y²).
public final class Tanh: Layer {
    private var output = Tensor.zeros([0])
    /// A tanh layer.
    public init() {}
    /// The display name.
    public var name: String { "Tanh" }
    /// y = tanh x; remembers y.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        output = LayerKernels.map(x) { Double.tanh($0) }
        return output
    }
    /// dout·(1 − y²).
    public func backward(_ dout: Tensor) -> Tensor {
        LayerKernels.zip(dout, output) { d, y in d * (1 - y * y) }
    }
}

/// The leaky ReLU layer: y = x if x > 0 else α·x; dx = dout if x > 0 else α·dout.
public final class LeakyReLU: Layer {
    /// The slope for negative inputs.
    public let alpha: Double
    private var input = Tensor.zeros([0])
    /// A leaky ReLU with slope `alpha` below zero.
    public init(alpha: Double = Activation.defaultLeakyAlpha) { self.alpha = alpha }
    /// The display name.
    public var name: String { "LeakyReLU \(alpha)" }
    /// y = x if x > 0 else α·x; remembers x.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        input = x
        let a = alpha
        return LayerKernels.map(x) { $0 > 0 ? $0 : a * $0 }
    }
    /// dout if x > 0 else α·dout.
    public func backward(_ dout: Tensor) -> Tensor {
        let a = alpha
        return LayerKernels.zip(dout, input) { d, x in x > 0 ? d : a * d }
    }
}

/// Any `Activation` as a layer: y = f(x), dx = dout·f′(x). The dedicated layers (`ReLU`,
/// `Sigmoid`, ...) are faster; this one covers identity and step.
public final class ActivationLayer: Layer {
    /// The activation this layer computes.
    public let activation: Activation
    private var input = Tensor.zeros([0])
    /// A layer computing `activation`.
    public init(_ activation: Activation) { self.activation = activation }
    /// The display name.
    public var name: String { activation.name }
    /// y = f(x); remembers x.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        input = x
        return activation.apply(x)
    }
    /// dout·f′(x).
    public func backward(_ dout: Tensor) -> Tensor {
        let f = activation
        return LayerKernels.zip(dout, input) { d, x in d * f.derivative(x) }
    }
}

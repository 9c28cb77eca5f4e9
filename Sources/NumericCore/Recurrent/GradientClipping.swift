/// Gradients of a recurrent net's weights that can be measured and clipped as one vector:
/// `VanillaRNN`'s `RNNGradients` and `LSTM`'s `LSTMGradients` share this one implementation of
/// the global norm and of clipping by it (and `RecurrentTrainer` adds them up over a batch).
public protocol ClippableGradients {
    /// Every weight gradient, always in the same order (the net's `weights` order).
    var weightGradients: [[Double]] { get set }
}

extension ClippableGradients {
    /// The global L2 norm over every weight gradient.
    public var norm: Double {
        var s = 0.0
        for a in weightGradients { for v in a { s += v * v } }
        return s.squareRoot()
    }

    /// Gradient clipping by global norm: if `norm` exceeds `maxNorm`, every weight gradient is
    /// scaled by maxNorm / norm (the direction is kept). `maxNorm` ≤ 0 means no clipping, and
    /// a norm that is not finite is left alone (the caller stops on it). Returns the norm
    /// before clipping.
    @discardableResult
    public mutating func clip(maxNorm: Double) -> Double {
        let n = norm
        guard maxNorm > 0, n > maxNorm, n.isFinite else { return n }
        let s = maxNorm / n
        weightGradients = weightGradients.map { $0.map { $0 * s } }
        return n
    }
}

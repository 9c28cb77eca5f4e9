/// Dropout: in training each unit is dropped (set to 0) with probability `ratio`, using
/// a seeded generator owned by the layer, so runs are reproducible.
///
/// Two conventions (DESIGN.md), chosen by `mode`:
/// - `.book` (Saito): training multiplies by the 0/1 mask; inference scales every unit by
///   (1 − ratio) so the expected activation matches training.
/// - `.inverted` (Ng): training divides kept units by keep = 1 − ratio; inference is the
///   identity.
public final class Dropout: Layer {
    /// Which dropout convention the layer follows.
    public enum Mode: Sendable, Hashable {
        /// The book's: mask in training, scale by (1 − ratio) at inference.
        case book
        /// Ng's inverted dropout: mask and divide by (1 − ratio) in training, identity at inference.
        case inverted
    }

    /// The probability of dropping a unit in training.
    public var ratio: Double
    /// The convention (see `Mode`).
    public var mode: Mode
    /// The generator that draws masks; assign or `reseed` to replay a run.
    public var rng: Xoshiro256StarStar
    /// The multiplier applied to each unit by the last forward pass: 0 or 1 (book), 0 or
    /// 1/keep (inverted) in training; the inference scale everywhere otherwise.
    public private(set) var mask = Tensor.zeros([0])

    /// A dropout layer dropping `ratio` of the units, with its own generator seeded by `seed`.
    public init(ratio: Double = 0.5, mode: Mode = .book, seed: UInt64 = 0) {
        precondition(ratio >= 0 && ratio < 1, "Dropout: ratio must be in [0, 1), got \(ratio)")
        self.ratio = ratio
        self.mode = mode
        self.rng = Xoshiro256StarStar(seed: seed)
    }

    /// Restarts the mask generator from `seed`.
    public func reseed(_ seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }

    /// The display name.
    public var name: String { mode == .book ? "Dropout \(ratio)" : "Dropout \(ratio) (inverted)" }

    /// The factor applied to every unit at inference: 1 − ratio (book) or 1 (inverted).
    public var inferenceScale: Double { mode == .book ? 1 - ratio : 1 }

    /// Training: multiplies by a fresh mask; inference: scales by `inferenceScale`.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        guard training else {
            let s = inferenceScale
            mask = Tensor(shape: x.shape, repeating: s)
            return s == 1 ? x : LayerKernels.map(x) { $0 * s }
        }
        let threshold = ratio
        let kept = mode == .book ? 1.0 : 1 / (1 - ratio)
        var generator = rng
        mask = LayerKernels.makeTensor(x.shape) { m, n in
            for i in 0..<n { m[i] = generator.nextUniform() > threshold ? kept : 0 }
        }
        rng = generator
        return LayerKernels.zip(x, mask) { $0 * $1 }
    }

    /// dout times the last forward pass's multipliers (`mask`).
    public func backward(_ dout: Tensor) -> Tensor {
        LayerKernels.zip(dout, mask) { $0 * $1 }
    }
}

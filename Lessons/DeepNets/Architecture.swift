/// A convnet described layer by layer for the shape tables: convolutions, pools and fully
/// connected layers with their settings, and `rows()` computing each layer's output shape,
/// parameter count (FH·FW·C + 1)·FN and multiply-adds from the input shape on.
struct Architecture: Equatable {
    /// One layer's kind and settings (activations, which change no shape and hold no
    /// parameters, are left out of the tables).
    enum Layer: Equatable {
        /// FN filters of FH×FW = size×size, zero padding `pad`, stride `stride`.
        case conv(filters: Int, size: Int, pad: Int, stride: Int)
        /// Max pooling over size×size windows with stride `stride`.
        case pool(size: Int, stride: Int)
        /// A fully connected (Affine) layer with `outputs` units; the input is flattened.
        case fc(outputs: Int)
    }

    /// A (channels, height, width) shape; a flattened vector of n is (n, 1, 1).
    struct Shape: Equatable {
        var channels: Int, height: Int, width: Int
        var count: Int { channels * height * width }
    }

    /// One computed row: the output shape (nil when the layer cannot apply: a window larger
    /// than the padded input), its parameters and multiply-adds.
    struct Row: Equatable {
        var layer: Layer
        var output: Shape?
        var parameters: Int
        var multiplyAdds: Int
    }

    var name: String
    var input: Shape
    var layers: [Layer]

    /// ⌊(H + 2P − F)/S⌋ + 1, or nil when the window does not fit.
    static func outputSize(_ h: Int, window: Int, pad: Int, stride: Int) -> Int? {
        let span = h + 2 * pad - window
        guard span >= 0, stride > 0 else { return nil }
        return span / stride + 1
    }

    /// Each layer's output shape, parameters and multiply-adds, in order. A layer after one
    /// that cannot apply gets no shape and zero counts.
    func rows() -> [Row] {
        var shape: Shape? = input
        return layers.map { layer in
            guard let s = shape else { return Row(layer: layer, output: nil, parameters: 0, multiplyAdds: 0) }
            switch layer {
            case let .conv(fn, size, pad, stride):
                guard let oh = Self.outputSize(s.height, window: size, pad: pad, stride: stride),
                      let ow = Self.outputSize(s.width, window: size, pad: pad, stride: stride) else {
                    shape = nil
                    return Row(layer: layer, output: nil, parameters: 0, multiplyAdds: 0)
                }
                let out = Shape(channels: fn, height: oh, width: ow)
                shape = out
                return Row(layer: layer, output: out, parameters: (size * size * s.channels + 1) * fn,
                           multiplyAdds: oh * ow * fn * size * size * s.channels)
            case let .pool(size, stride):
                guard let oh = Self.outputSize(s.height, window: size, pad: 0, stride: stride),
                      let ow = Self.outputSize(s.width, window: size, pad: 0, stride: stride) else {
                    shape = nil
                    return Row(layer: layer, output: nil, parameters: 0, multiplyAdds: 0)
                }
                let out = Shape(channels: s.channels, height: oh, width: ow)
                shape = out
                return Row(layer: layer, output: out, parameters: 0, multiplyAdds: 0)
            case let .fc(n):
                let out = Shape(channels: n, height: 1, width: 1)
                shape = out
                return Row(layer: layer, output: out, parameters: (s.count + 1) * n, multiplyAdds: s.count * n)
            }
        }
    }

    /// Whether every layer applies.
    var isValid: Bool { rows().allSatisfy { $0.output != nil } }
    var totalParameters: Int { rows().reduce(0) { $0 + $1.parameters } }
    var totalMultiplyAdds: Int { rows().reduce(0) { $0 + $1.multiplyAdds } }

    /// LeNet-5 (LeCun 1998) on a 32×32 image: 32→28→14→10→5, then 120, 84, 10 units.
    static let leNet5 = Architecture(name: "LeNet-5", input: Shape(channels: 1, height: 32, width: 32), layers: [
        .conv(filters: 6, size: 5, pad: 0, stride: 1), .pool(size: 2, stride: 2),
        .conv(filters: 16, size: 5, pad: 0, stride: 1), .pool(size: 2, stride: 2),
        .fc(outputs: 120), .fc(outputs: 84), .fc(outputs: 10),
    ])

    /// The book's DeepConvNet (ch. 8): six 3×3 convolutions (16, 16, 32, 32, 64, 64 filters,
    /// pad 1 except the fourth's pad 2), a 2×2 pool after every second, then 50 and 10 units.
    static let deepConvNet = Architecture(name: "DeepConvNet", input: Shape(channels: 1, height: 28, width: 28), layers: [
        .conv(filters: 16, size: 3, pad: 1, stride: 1), .conv(filters: 16, size: 3, pad: 1, stride: 1), .pool(size: 2, stride: 2),
        .conv(filters: 32, size: 3, pad: 1, stride: 1), .conv(filters: 32, size: 3, pad: 2, stride: 1), .pool(size: 2, stride: 2),
        .conv(filters: 64, size: 3, pad: 1, stride: 1), .conv(filters: 64, size: 3, pad: 1, stride: 1), .pool(size: 2, stride: 2),
        .fc(outputs: 50), .fc(outputs: 10),
    ])

    /// VGG-16's first two blocks (Simonyan & Zisserman 2014) on a 224×224×3 image: 3×3
    /// convolutions with padding 1 keep the size, a 2×2 pool halves it, and each block doubles
    /// the filters: conv3-64 ×2, pool, conv3-128 ×2, pool (224 → 112 → 56).
    static let vggBlocks = Architecture(name: "VGG-16 blocks 1–2", input: Shape(channels: 3, height: 224, width: 224), layers: [
        .conv(filters: 64, size: 3, pad: 1, stride: 1), .conv(filters: 64, size: 3, pad: 1, stride: 1), .pool(size: 2, stride: 2),
        .conv(filters: 128, size: 3, pad: 1, stride: 1), .conv(filters: 128, size: 3, pad: 1, stride: 1), .pool(size: 2, stride: 2),
    ])

    /// The architectures by knob value (`--set net=lenet|deepconvnet|vgg`).
    static let choices = ["lenet", "deepconvnet", "vgg"]
    static func named(_ index: Int) -> Architecture { [leNet5, deepConvNet, vggBlocks][max(0, min(2, index))] }
}

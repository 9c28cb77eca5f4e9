/// A fully connected layer rewritten as a convolution (Ng course 4 week 3, "convolutional
/// implementation of sliding windows").
extension Affine {
    /// This layer as a convolution that gives the same numbers on an input of shape
    /// (N, `channels`, `height`, `width`): `outputSize` filters of shape (channels, height,
    /// width), stride 1, no padding. Filter f holds column f of W laid out in the order the
    /// layer flattens its input, (c, y, x); the biases are the same. On an input of exactly
    /// that size the output is (N, outputSize, 1, 1) and equals `forward` reshaped; on a larger
    /// input the convolution slides this fully connected layer over every height×width window.
    ///
    /// The weights are copied: training either layer afterwards does not change the other.
    public func asConvolution(channels: Int, height: Int, width: Int) -> Convolution {
        precondition(channels > 0 && height > 0 && width > 0 && channels * height * width == inputSize,
                     "Affine.asConvolution: \(channels)×\(height)×\(width) is not the layer's \(inputSize) inputs")
        let fn = outputSize, patch = inputSize
        var filters = [Double](repeating: 0, count: fn * patch)
        weight.value.scalars.withUnsafeBufferPointer { w in
            filters.withUnsafeMutableBufferPointer { f in
                for i in 0..<patch {
                    for j in 0..<fn { f[j &* patch &+ i] = w[i &* fn &+ j] }
                }
            }
        }
        return Convolution(weight: Tensor(shape: [fn, channels, height, width], scalars: filters), bias: bias.value,
                           stride: 1, pad: 0, weightName: weight.name, biasName: bias.name)
    }
}

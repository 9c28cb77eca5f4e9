import NumericCore

/// One image through the two-layer net, layer by layer, as the book writes `predict`:
/// a₁ = x·W1 + b1, z₁ = h(a₁), a₂ = z₁·W2 + b2, y = softmax(a₂); and the loss −ln y_t.
struct ForwardPass {
    var pixels: [Double]
    var label: Int
    /// z₁: the hidden layer's outputs (after the activation).
    var hidden: [Double]
    /// a₂: the class scores.
    var scores: [Double]
    /// y: softmax of the scores.
    var probabilities: [Double]
    /// The cross-entropy loss of this one sample (the core's `Sequential.loss`).
    var loss: Double

    /// Runs image `index` of `dataset` through `net`'s layers (Affine, activation, Affine).
    init(net: Sequential, dataset: Dataset, index: Int) {
        let x = dataset.images.rows(index..<(index + 1))
        pixels = dataset.image(index)
        label = dataset.labels[index]
        var out = x
        var outputs: [Tensor] = []
        for layer in net.layers {
            out = layer.forward(out, training: false)
            outputs.append(out)
        }
        hidden = outputs.count >= 2 ? outputs[outputs.count - 2].scalars : []
        scores = out.scalars
        probabilities = softmax(scores)
        loss = net.loss(x, labels: [label])
    }

    /// The class with the highest probability.
    var predicted: Int { probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0 }
}

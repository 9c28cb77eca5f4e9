/// Builders for the book's networks.
extension Sequential {
    /// A multi-layer perceptron (the book's `MultiLayerNetExtend`): for each hidden size,
    /// Affine → [BatchNorm] → activation → [Dropout]; then a last Affine to the classes.
    ///
    /// - Parameters:
    ///   - sizes: input size, hidden sizes, output size, e.g. [784, 50, 10].
    ///   - activation: the hidden activation (sigmoid, ReLU, tanh, leaky ReLU, ...).
    ///   - init: how weights are drawn (fan-in = the previous size); biases start at 0.
    ///   - batchNorm: insert batch normalization after each hidden Affine.
    ///   - dropout: if set, a dropout layer with this ratio after each hidden activation.
    ///   - dropoutMode: the book's dropout or inverted dropout.
    ///   - weightDecay: the L2 strength λ.
    ///   - seed: seeds the weights and each dropout layer's generator.
    public static func mlp(sizes: [Int], activation: Activation = .relu, init initializer: WeightInit = .std(0.01),
                           batchNorm: Bool = false, dropout: Double? = nil, dropoutMode: Dropout.Mode = .book,
                           weightDecay: Double = 0, seed: UInt64 = 0) -> Sequential {
        precondition(sizes.count >= 2, "Sequential.mlp: needs at least input and output sizes, got \(sizes)")
        var rng = Xoshiro256StarStar(seed: seed)
        var layers: [any Layer] = []
        for index in 1..<sizes.count {
            layers.append(Affine(inputSize: sizes[index - 1], outputSize: sizes[index], init: initializer,
                                 using: &rng, weightName: "W\(index)", biasName: "b\(index)"))
            guard index < sizes.count - 1 else { break }
            if batchNorm {
                layers.append(BatchNormalization(features: sizes[index], gammaName: "gamma\(index)", betaName: "beta\(index)"))
            }
            layers.append(activation.makeLayer())
            if let ratio = dropout {
                layers.append(Dropout(ratio: ratio, mode: dropoutMode, seed: rng.next()))
            }
        }
        return Sequential(layers: layers, weightDecay: weightDecay)
    }

    /// The book's `SimpleConvNet`: conv (filters × filterSize², pad, stride) → ReLU →
    /// 2×2 max pool stride 2 → Affine → ReLU → Affine → softmax-with-loss.
    /// Parameters are W1/b1 (conv), W2/b2, W3/b3.
    ///
    /// - Parameters:
    ///   - input: (channels, height, width) of one image, (1, 28, 28) for digits.
    ///   - init: weight init (the book: std 0.01); fan-in C·FH·FW for the filters.
    public static func simpleConvNet(input: (channels: Int, height: Int, width: Int) = (1, 28, 28),
                                     filters: Int = 30, filterSize: Int = 5, pad: Int = 0, stride: Int = 1,
                                     hidden: Int = 100, classes: Int = 10,
                                     init initializer: WeightInit = .std(0.01), weightDecay: Double = 0,
                                     seed: UInt64 = 0) -> Sequential {
        let convHeight = convolutionOutputSize(inputSize: input.height, windowSize: filterSize, stride: stride, pad: pad)
        let convWidth = convolutionOutputSize(inputSize: input.width, windowSize: filterSize, stride: stride, pad: pad)
        let poolHeight = convolutionOutputSize(inputSize: convHeight, windowSize: 2, stride: 2, pad: 0)
        let poolWidth = convolutionOutputSize(inputSize: convWidth, windowSize: 2, stride: 2, pad: 0)
        let poolOutput = filters * poolHeight * poolWidth
        var rng = Xoshiro256StarStar(seed: seed)
        let layers: [any Layer] = [
            Convolution(filters: filters, channels: input.channels, filterHeight: filterSize, filterWidth: filterSize,
                        stride: stride, pad: pad, init: initializer, using: &rng,
                        weightName: "W1", biasName: "b1"),
            ReLU(),
            MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2),
            Affine(inputSize: poolOutput, outputSize: hidden, init: initializer, using: &rng,
                   weightName: "W2", biasName: "b2"),
            ReLU(),
            Affine(inputSize: hidden, outputSize: classes, init: initializer, using: &rng,
                   weightName: "W3", biasName: "b3"),
        ]
        return Sequential(layers: layers, weightDecay: weightDecay)
    }

    /// The book's `DeepConvNet` (ch. 8): six 3×3 convolutions with ReLU (16, 16, 32, 32, 64, 64
    /// filters; pads 1, 1, 1, 2, 1, 1), a 2×2 max pool stride 2 after every second one, then
    /// Affine → 50 → ReLU → Dropout 0.5 → Affine → 10 → Dropout 0.5; He init (fan-in C·3·3 for
    /// the filters, the input size for the affines). On 1×28×28 the pools give 14, 8 and 4, so
    /// the first affine is 64·4·4 = 1024 → 50. Parameters are W1/b1 … W8/b8.
    ///
    /// - Parameters:
    ///   - filters: the six filter counts; smaller ones make a tiny net for gradient checks.
    ///   - pads: the six paddings (the book's fourth conv pads 2, which turns 14 into 16 so the
    ///     second pool gives 8).
    ///   - dropout: the dropout ratio of both dropout layers (the book's form: scale at test time).
    public static func deepConvNet(input: (channels: Int, height: Int, width: Int) = (1, 28, 28),
                                   filters: [Int] = [16, 16, 32, 32, 64, 64], pads: [Int] = [1, 1, 1, 2, 1, 1],
                                   hidden: Int = 50, classes: Int = 10, dropout: Double = 0.5,
                                   init initializer: WeightInit = .he, weightDecay: Double = 0,
                                   seed: UInt64 = 0) -> Sequential {
        precondition(filters.count == 6 && pads.count == 6,
                     "Sequential.deepConvNet: needs six filter counts and six pads, got \(filters) and \(pads)")
        var rng = Xoshiro256StarStar(seed: seed)
        var layers: [any Layer] = []
        var (channels, height, width) = input
        for index in 0..<6 {
            layers.append(Convolution(filters: filters[index], channels: channels, filterHeight: 3, filterWidth: 3,
                                      stride: 1, pad: pads[index], init: initializer, using: &rng,
                                      weightName: "W\(index + 1)", biasName: "b\(index + 1)"))
            layers.append(ReLU())
            channels = filters[index]
            height = convolutionOutputSize(inputSize: height, windowSize: 3, stride: 1, pad: pads[index])
            width = convolutionOutputSize(inputSize: width, windowSize: 3, stride: 1, pad: pads[index])
            if index % 2 == 1 {
                layers.append(MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2))
                height = convolutionOutputSize(inputSize: height, windowSize: 2, stride: 2, pad: 0)
                width = convolutionOutputSize(inputSize: width, windowSize: 2, stride: 2, pad: 0)
            }
        }
        layers.append(Affine(inputSize: channels * height * width, outputSize: hidden, init: initializer, using: &rng,
                             weightName: "W7", biasName: "b7"))
        layers.append(ReLU())
        layers.append(Dropout(ratio: dropout, seed: rng.next()))
        layers.append(Affine(inputSize: hidden, outputSize: classes, init: initializer, using: &rng,
                             weightName: "W8", biasName: "b8"))
        layers.append(Dropout(ratio: dropout, seed: rng.next()))
        return Sequential(layers: layers, weightDecay: weightDecay)
    }
}

import Charts

/// The deepnets lesson's page texts in both languages (Chinese in `DeepNetsText+zh.swift`).
enum DeepNetsText {
    static let shapes = Localized(en: English.shapes, zh: Chinese.shapes)
    static let oneByOne = Localized(en: English.oneByOne, zh: Chinese.oneByOne)
    static let residual = Localized(en: English.residual, zh: Chinese.residual)

    /// The deepnets lesson in English.
    enum English {
        static let shapes = """
        Before training a deep convnet, follow its **shapes**. A convolution with FN filters of \
        size FH×FW, padding P and stride S turns C×H×W into FN×OH×OW with \
        OH = (H + 2P − FH)/S + 1. It holds **(FH·FW·C + 1)·FN** parameters (one bias per filter) \
        and needs OH·OW·FN·FH·FW·C multiply-adds. A pool has no parameters; a fully connected \
        layer from n inputs to m units holds (n + 1)·m.

        **LeNet-5** (1998) shrinks a 32×32 image 32 → 28 → 14 → 10 → 5 and has 61,706 parameters. \
        The book's **DeepConvNet** stacks six 3×3 convolutions: small filters, many layers. \
        **VGG-16** (2014) is built of such blocks: 3×3 convolutions with padding 1 keep the size, \
        a 2×2 pool halves it, and the next block doubles the filters. Its first two blocks on a \
        224×224×3 image already need 4,710,924,288 multiply-adds.

        Pick a layer and change its filters, filter size or padding: every shape below it \
        follows. Notice where the parameters are (the first fully connected layer) and where \
        the multiply-adds are (the convolutions on large maps).
        """

        static let oneByOne = """
        A **1×1 convolution** looks at one pixel at a time: each output channel is a weighted \
        sum of that pixel's input channels, plus a bias. It mixes channels, never neighbours. \
        The cell computes one with the core convolution layer and writes a pixel's sums out.

        Its use is the **bottleneck**: before an expensive 5×5 convolution from 192 to 32 \
        channels on a 28×28 map (120,422,400 multiply-adds), a 1×1 convolution squeezes \
        192 channels to 16. Then 28·28·16·192 + 28·28·32·5·5·16 is 12,443,648: almost \
        ten times fewer, with fewer parameters too. Change the channels and see the saving.
        """

        static let residual = """
        A deeper net should do at least as well as a shallower one: the extra layers could just \
        pass their input on. In practice a **plain** deep stack trains worse, because the \
        gradient is multiplied by every layer on its way back and shrinks (or blows up).

        A **residual block** adds a shortcut around two layers: a[l+2] = g(z[l+2] + a[l]). \
        If the block's weights are small, z[l+2] ≈ 0 and the block outputs g(a[l]) = a[l] for \
        ReLU: the **identity is easy to learn**, so adding blocks cannot hurt much. Backward, \
        the shortcut passes the gradient on unchanged.

        Both nets below start from the same small weights (std 0.01) on the same digits. \
        Compare the loss and the gradient norm of each layer, and raise the depth. With He \
        weights each block adds its variance to the shortcut's and the signal grows with depth: \
        real ResNets add batch normalization.
        """
    }
}

extension DeepNetsText {
    static let deepConv = Localized(en: English.deepConv, zh: Chinese.deepConv)
}

extension DeepNetsText.English {
    static let deepConv = """
    The book's **DeepConvNet** (ch. 8) puts the shape table's deep net to work: six 3×3 \
    convolutions with ReLU, a 2×2 pool after every second one, then 1024 → 50 → 10 units with \
    dropout (ratio 0.5) and He initialization: 123,552 parameters. The book trains it with Adam \
    (learning rate 0.001, batch 100) for 20 epochs of MNIST and reaches about 99 % test accuracy.

    Here it trains live for a bounded number of iterations. Each iteration draws a mini-batch \
    with replacement, as the book does. Every 25 iterations the cell measures the accuracy on \
    the first 300 training and test images and shows the test digits it still gets wrong, \
    written true→predicted. In a debug build one iteration can take longer than a frame: the \
    screen then updates once per iteration.

    Try a larger learning rate: Adam's steps grow with it, and near 0.1 the ReLUs die or the \
    loss blows up.

    The model knob trains the SimpleConvNet of the convnet lesson instead (433,890 parameters, \
    most in its first Affine layer) on the same digits; a line under the readout then \
    compares the two nets at the same iteration.
    """
}

extension DeepNetsText {
    static let augmentation = Localized(en: English.augmentation, zh: Chinese.augmentation)
}

extension DeepNetsText.English {
    static let augmentation = """
    A net trained on **few images** learns them by heart: train accuracy reaches 100 % while \
    test accuracy stays low. **Data augmentation** makes new training images from the old \
    ones by changes that keep the label: a digit **shifted** a pixel or two, **rotated** a few \
    degrees, **scaled** by ±10 %, or bent by an **elastic distortion** (Simard et al., 2003: \
    a random displacement for every pixel, smoothed by a Gaussian of width σ and scaled by α). \
    Each new position is read by bilinear interpolation, black outside the image.

    Below, the same net (784-100-10) trains twice on the same images: once on them as they \
    are, once on fresh warps drawn every iteration. Lower the training images to 100 and watch \
    the gap between the test curves. Then push a knob too far: a 6 rotated by 180° is a 9, \
    and the augmentation now teaches the net wrong labels.
    """
}


import Charts

/// The text of the CNN lesson, one string per page, in nnbook's Markdown subset, in both
/// languages: English below, Chinese in `CNNText+zh.swift`. Formulas and numbers follow the
/// book (Saito, *Deep Learning from Scratch*, ch. 7).
enum CNNText {
    static let convolution = Localized(en: English.convolution, zh: Chinese.convolution)
    static let channels = Localized(en: English.channels, zh: Chinese.channels)
    static let pooling = Localized(en: English.pooling, zh: Chinese.pooling)
    static let im2col = Localized(en: English.im2col, zh: Chinese.im2col)
    static let training = Localized(en: English.training, zh: Chinese.training)

    /// The lesson in English.
    enum English {
        static let convolution = """
        # Convolution: a filter sliding over an image

        An affine layer flattens a 28×28 image into 784 numbers and forgets which pixels were
        neighbours. A **convolution layer** keeps the picture's shape. It slides a small grid
        of weights, the **filter** (or kernel), over the image. At each position it multiplies
        the filter by the window of pixels under it, entry by entry, and adds the products up
        (a sum of products, or *multiply–accumulate*):

        out[i, j] = Σ_p Σ_q x[i·S + p, j·S + q] · w[p, q]

        The same nine (or 25) weights are used at every position. That is why a convolution
        finds an edge wherever it is, and why it needs so few parameters.

        **Cross-correlation, as the book.** Mathematicians flip the filter before sliding it
        ("convolution"). Deep-learning code, the book included, does not flip it: the operation
        is really cross-correlation. nnbook follows the book. A learned filter does not care,
        but a hand-made one does: Sobel x below gives positive values where the image is
        brighter on the *left*.

        **Output size.** With input height H, filter height FH, padding P (rings of zeros
        around the image) and stride S (how far the window jumps):

        OH = (H + 2P − FH)/S + 1,   OW = (W + 2P − FW)/S + 1

        This must be a whole number. In the book's code `int()` quietly drops the
        last window when it is not; nnbook refuses instead and says why. The 28×28 digits with an
        odd filter never allow stride 2 (28 − 3 = 25 is odd); the 15×15 pictures do.

        The cell starts with the book's first example: the 4×4 input, the book's 3×3 filter,
        output **15 16 / 6 15**. The framed window on the input is the **receptive field** of
        the selected output cell: the only pixels it sees.

        Try:
        - Move *output row/col*. Check out[0,1] = 16 by hand: 2·2 + 3·0 + 0·1 + 1·0 + 2·1 + 3·2 +
          0·1 + 1·0 + 2·2.
        - Set P = 1. The output becomes 4×4, the same size as the input ("same" padding in
          Ng's course; P = 0 is "valid").
        - Choose *square 15×15* and the preset *vertical edge*. Only the square's left and
          right sides light up, with opposite signs. Try *horizontal edge*, then *Sobel x*
          (the same with the middle row counted twice).
        - *box blur* averages the window; *sharpen* is 5·centre − neighbours. On *stripes*,
          see which edge filter answers which half.
        - Set S = 2 on *digit 2*: the formula shows 13.5 and the status says why. Set S = 2
          on *square*: (15 − 3)/2 + 1 = 7.
        - Edit one entry: pick *entry* (f11 … f33, row then column), turn *entry value*.

        **Challenges** (press c for this page's challenges): build a vertical-edge filter by
        hand, and make a 28×28 digit give a 10×10 output. Guess first: how big is the output
        on the square with P = 1 and S = 2?
        """

        static let channels = """
        # Channels and batches

        A colour image has three **channels** (R, G, B). A hidden layer's output has as many
        channels as the previous layer had filters. Data is stored as a 4-D array in
        **(N, C, H, W)** order: N images in the batch, C channels, height, width. The book's
        digits are (N, 1, 28, 28).

        A filter must span **every** input channel. So a conv layer's weights are a 4-D
        **filter bank (FN, C, FH, FW)**: FN filters, each with one FH×FW slice per channel.
        Filter f adds up over all channels, then adds its one bias b[f] (p and q run over the
        filter's rows and columns):

        out[n, f, i, j] = Σ_c Σ_p Σ_q x[n, c, i+p, j+q] · W[f, c, p, q] + b[f]

        Each filter makes **one** output channel, whatever C is. So the output is
        (N, FN, OH, OW), and the next layer sees FN channels. The parameter count is
        (FH·FW·C + 1)·FN: here (3·3·3 + 1)·2 = 56.

        The cell has a batch of N = 2 images (image 1 is image 0 mirrored), C = 3 channels of
        4×4, and FN = 2 filters of 3×3. Top row: the chosen image's three channels, with the
        window framed, and the chosen output map. Bottom row: the chosen filter's three slices.
        The last line writes the selected output as one term per channel plus the bias.

        Try:
        - Filter f = 0 looks for vertical edges in R and adds G's centre pixel; its B slice is
          all zeros, so the B term is always 0.
        - Filter f = 1 ignores R. Change R in your head: out[·, 1] would not move.
        - Switch image n between 0 and 1. A mirror flips the sign of a vertical-edge response;
          which terms change sign?
        """

        static let pooling = """
        # Pooling

        A **pooling** layer shrinks each channel on its own. It slides a window (usually
        2×2 with stride 2, as in the book) and keeps one number per window:

        - **max pooling** keeps the largest value. The book uses it, and so does image
          recognition in general.
        - **average pooling** keeps the mean.

        Pooling has **no weights** to learn, and it never mixes channels: C in, the same C
        out. It also makes the network more tolerant of small shifts. If the brightest pixel
        moves by one inside its window, the max does not change.

        The output size follows the same formula, (H − window)/stride + 1 (no padding here).
        The book's SimpleConvNet pools its 30×24×24 feature maps down to 30×12×12.

        Try:
        - On the 4×4 example, check each max and mean against its framed window.
        - Choose *digit 7* (28×28). With window 2 and stride 2 you get 14×14 and the digit is
          still easy to read. Window 4 and stride 4 gives 7×7.
        - Window 3 and stride 2 on the 4×4 example: (4 − 3)/2 + 1 is not whole, so there is
          no output. Stride 1 gives overlapping windows.
        - Compare max and average on *stripes*: max keeps the stripes bright, average greys
          them out.
        """

        static let im2col = """
        # im2col: convolution as one matrix product

        Four nested loops over positions and filter entries would be slow in Python (and
        not fast anywhere). The book's trick, **im2col** ("image to columns"), copies every
        window into one row of a matrix:

        - rows: the output positions of each image, N·OH·OW of them (row-major (i, j));
        - columns: the window's entries in (channel, ky, kx) order, C·FH·FW of them.

        Then the whole convolution is one matrix product. With the filters reshaped to
        W (FN, C·FH·FW):

        out = col · Wᵀ + b   → (N·OH·OW, FN), reshaped to (N, FN, OH, OW)

        Matrix products are what BLAS libraries (and nnbook's own kernel) do fastest. The cost
        is memory: a pixel is copied into up to FH·FW rows. Backward goes the other way:
        **col2im** adds each row's gradient back onto the pixels it came from.

        The cell unrolls the book's 4×4 example with its 3×3 filter: col is 4×9, W is 1×9,
        and col·Wᵀ gives the four outputs 15, 16, 6, 15. The last line writes the selected
        row's dot product out in full.

        Try:
        - Step *output position* 0 → 3 and watch the highlighted row move through the
          windows in reading order.
        - Set P = 1: 16 rows, and the border rows are partly zeros (the padding).
        - Set S = 2 with P = 1: (4 + 2 − 3)/2 + 1 = 2.5, no output. S = 3 fits again:
          (4 + 2 − 3)/3 + 1 = 2.
        """

        static let training = """
        # A ConvNet learns its filters

        Hand-made filters find edges because we designed them to. A ConvNet **learns** its
        filters from data by gradient descent, like any other weights. The book's
        **SimpleConvNet**:

        conv 30 filters 5×5 (pad 0, stride 1) → ReLU → max pool 2×2 (stride 2) → affine 4320 → 100
        → ReLU → affine 100 → 10 → softmax-with-loss

        Shapes for one digit: 1×28×28 → 30×24×24 → 30×12×12 = 4320 → 100 → 10. Weights start
        at N(0, 0.01²), and the optimizer is **Adam** (lr 0.001) in the book's form. The book
        trains 20 epochs on all 60 000 MNIST images (about 99 % test accuracy). Here a
        smaller training set (1000 synthetic digits, or MNIST with `--data DIR`) trains live.
        Mini-batches of 100 are drawn with replacement, as the book's `np.random.choice`. After
        each epoch (training images / batch size iterations), accuracy is measured on up to 500
        training and 500 test images.

        **The views** (at 120×40 and larger you see everything at once):
        - *filters now* and *filters before*: all 30 first-layer filters. Each filter is
          scaled on its own, white = its largest weight. Before training they are noise.
          After a few epochs many become smooth: blobs, and light next to dark (edge
          detectors), like the book's figure.
        - *feature maps*: a test digit, one filter and its ReLU(conv) output (24×24). This is
          what the next layer sees: where that filter's pattern occurs in the digit.
        - *curves*: the loss of each iteration and train/test accuracy after each epoch.

        Try:
        - Press space and watch the filters sharpen as the loss falls. Switch to
          *feature maps* and step *filter*: some light up on strokes of one direction.
        - Raise the learning rate to 0.1 (H twice: each big step is ×10) and press r. Adam's
          steps are now a hundred times bigger: does the loss still fall, and do the filters
          still look smooth? Much higher (0.316) the net collapses: its ReLUs die, it guesses
          every class with 10 %, the loss sticks at ln 10 ≈ 2.3, and the status says so.
        - Train on 300 images for many epochs: train accuracy reaches 100 % while test lags
          behind. That is overfitting, with fewer images than weights.
        """
    }
}

import Charts

/// The text of the batchnorm lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `BatchNormText+zh.swift`.
/// Settings and formulas follow the book (Saito, *Deep Learning from Scratch*, section 6.3).
enum BatchNormText {
    static let transform = Localized(en: English.transform, zh: Chinese.transform)
    static let inference = Localized(en: English.inference, zh: Chinese.inference)
    static let grid = Localized(en: English.grid, zh: Chinese.grid)
    static let pair = Localized(en: English.pair, zh: Chinese.pair)

    /// The lesson in English.
    enum English {
        static let transform = """
        # Normalizing a mini-batch

        Deep nets train badly when the values flowing through a layer are far too small or far
        too large (the init lesson shows why). **Batch normalization** (the book's section 6.3)
        adds a layer that puts them back in range while the net trains. For each unit it takes
        the m values one **mini-batch** gives it and computes

        ```
        μ_B  = (1/m)·Σ xᵢ                 the batch mean
        σ²_B = (1/m)·Σ (xᵢ − μ_B)²        the batch variance
        x̂ᵢ   = (xᵢ − μ_B) / √(σ²_B + ε)   mean 0, std 1
        yᵢ   = γ·x̂ᵢ + β                   scale and shift
        ```

        Whatever the scale of x, x̂ has mean 0 and standard deviation 1. γ and β are learned
        like weights (one pair per unit, starting at 1 and 0), so the net can undo the
        normalization where that helps. ε = 1e-6 (the book writes 10e-7) only keeps the
        division away from zero. As in the book and in Ng's course, the layer sits between the
        Affine and the activation.

        The cell sends a mini-batch of 100 digit images through one Affine layer 784 → 100 with
        weights N(0, σ²) and shows one unit's 100 values: before (left), normalized (middle)
        and y (right). Space draws the next mini-batch.

        Try: turn `weight std σ` over decades — the left axis changes with it, the middle
        histogram does not. Turn `scale γ` and `shift β`: only the right one stretches and moves.
        At σ = 0.0001 the batch variance comes near ε, and x̂ is squeezed below std 1.
        """

        static let inference = """
        # Training vs inference

        In training, every mini-batch is normalized with its own μ_B and σ²_B. At inference
        there may be a single image, so there is no batch to average over: the layer uses
        **running averages** kept during training instead, updated after every batch

        ```
        running_mean = momentum·running_mean + (1 − momentum)·μ_B
        running_var  = momentum·running_var  + (1 − momentum)·σ²_B
        ```

        with momentum = 0.9 in the book. Both start at 0, so after n batches they have covered
        only a fraction 1 − momentumⁿ of the way: 0.9¹⁰ ≈ 0.35, so after 10 batches the
        running variance is still about a third too small.

        The chart shows the unit's batch mean μ_B (noisy, one point per batch) and the running
        mean following it; the histogram is y in the mode chosen. Play in `train` mode and
        watch the running mean catch up. Then switch `mode` to `inference`: y is now computed
        with the running averages. Switched early, y is far off mean 0 and std 1; switched
        late, it is close (not exact: the running averages are averages over many batches).

        Try: press r, set `mode` to `inference` at once, and play: nothing learns the
        statistics now, y stays wrong. A lower momentum forgets faster and follows sooner, but
        noisier.
        """

        static let grid = """
        # The experiment: 16 scales

        The book's experiment: the first 1000 training images, batch 100, SGD with lr 0.01,
        784 → 100 ×5 → 10 with ReLU, trained 20 epochs (10 iterations each) twice — with batch
        norm after every hidden Affine and without. Weights start as N(0, σ²) for 16 values of
        σ from 1 down to 0.0001 (`logspace(0, −4, 16)`). Both nets of a pair start from the
        same weights and see the same mini-batches (drawn with replacement, as the book's
        `np.random.choice`). Train accuracy is measured before training (epoch 0) and after
        every epoch, on all 1000 images, in inference mode.

        Each panel is one σ: the line is the net with batch norm, the dots the net without.
        Space fills the grid in live, one epoch of one scale at a time, so every panel grows
        together (32 nets: under a minute with these settings).

        What the grid shows: **with batch norm the net learns at almost every scale**; without
        it, most scales stall near chance (10 %). At small σ the signal shrinks through the 5
        layers and the gradients vanish; at large σ it explodes and the loss becomes nan. Only
        scales near √(2/n), He's init, learn without batch norm. Batch norm makes the net much
        less sensitive to the initial weights.
        """

        static let pair = """
        # One scale up close

        The same two nets at one init scale σ, large: train accuracy per epoch with batch norm
        (line) and without (dots), and on a wide screen their losses per iteration. The default
        σ = 0.01 is the book's usual `weight_init_std`: without batch norm this 6-layer net
        does not move from 10 % in 20 epochs; with batch norm it passes 90 %.

        Try: step `init scale σ` (each step is ×10^0.1; a change restarts both nets) and find
        where the net without batch norm learns too. Raise `learning rate` during a run: the
        change is marked on the curves. Batch norm also lets the net take larger steps — one
        of the reasons it became standard (Ioffe and Szegedy, 2015).

        Extreme settings never draw nonsense: at σ = 1 the net without batch norm overflows
        within a few batches (its loss is nan) and stops; at σ = 100 its units die and it sits
        at chance; at lr = 10 even the net with batch norm falls to chance and the run stops
        after 5 epochs. The status line says which knob to turn back; r starts again.

        Without `--data DIR` the lesson uses nnbook's synthetic digits, which are easier than
        MNIST: accuracies run higher than in the book's figure, but the picture is the same.
        """
    }
}

import Charts

/// The text of the mlp lesson, one string per page, in nnbook's Markdown subset, in both
/// languages: English below, Chinese in `MLPText+zh.swift`.
/// Settings and formulas follow the book (Saito, *Deep Learning from Scratch*, ch. 4–5).
enum MLPText {
    static let idea = Localized(en: English.idea, zh: Chinese.idea)
    static let training = Localized(en: English.training, zh: Chinese.training)
    static let learningRate = Localized(en: English.learningRate, zh: Chinese.learningRate)
    static let accuracy = Localized(en: English.accuracy, zh: Chinese.accuracy)

    /// The lesson in English.
    enum English {
        static let idea = """
        # A two-layer net for digits

        A digit is 28×28 = 784 pixels, flattened into a row x. The book's net (ch. 4) has one
        hidden layer of 50 units and 10 outputs, one per digit:

        ```
        a₁ = x·W1 + b1      W1: 784×50, b1: 50
        z₁ = sigmoid(a₁)    the hidden layer
        a₂ = z₁·W2 + b2     W2: 50×10, b2: 10
        y  = softmax(a₂)    10 probabilities, sum 1
        ```

        **The loss** is the cross-entropy of the right class t: L = −ln yₜ (the book adds 1e-7
        inside the log so it never sees ln 0), averaged over a batch. Training means: find W1,
        b1, W2, b2 that make L small on the training images.

        **Mini-batch SGD.** Each iteration draws 100 training images at random, computes the
        gradient ∂L/∂W of every weight (by backprop, ch. 5) and steps every weight downhill:
        W ← W − lr·∂L/∂W, with lr = 0.1. Weights start as N(0, 0.01²), biases at 0.

        The chart follows one test digit through the net: its pixels, the 50 hidden outputs z₁
        and the probabilities y. Untrained, the scores are almost equal, so every yₖ ≈ 0.1 and
        L ≈ −ln 0.1 = ln 10 ≈ 2.303: that is where every loss curve of this lesson starts.

        Try: turn `digit` and watch y stay flat. Then train on the next page, come back, and
        turn it again: the bars now pick a class, and the loss −ln yₜ falls far below 2.3.

        Without `--data DIR` the lesson uses nnbook's synthetic digits (5000 training, 1000 test
        images, generated from the seed); with `--data` pointing at the MNIST files it uses them.
        """

        static let training = """
        # Training live

        Press space to train, s for one iteration, r to start again. The gray curve is the loss
        of every mini-batch, noisy because every batch is different; the cyan curve is its mean
        over the last 20 iterations. After every epoch (training-set size ÷ batch size
        iterations: 50 here, 600 on MNIST) the net is measured on 1000 training and 1000 test
        images; on wide screens the accuracy curves are drawn beside the loss.

        The batches are drawn *with replacement*, as the book's `np.random.choice(train_size,
        batch_size)`: an "epoch" is a count of iterations, not one pass over every image.

        What to look for, with the book's settings (sigmoid, lr 0.1): the loss sits near 2.3 for
        about 150 iterations — small weights make every sigmoid output ≈ 0.5, so the hidden
        layer says almost nothing — and then bends down; on the synthetic digits test accuracy
        passes 60 % after about 350 iterations and 80 % after about 1000. Train and test
        accuracy climb together: the net is not memorising, it generalises.

        Try:
        - Raise `learning rate` to 0.5 while it trains. The change is marked on the curve
          (lr=0.501) and the loss falls faster from there.
        - Set `hidden activation` to relu (the book's ch. 5 net). This restarts the run: ReLU
          does not squash, and the loss leaves 2.3 much sooner.
        - Set `batch size` to 10: a noisier curve, cheaper iterations. To 1000: a smooth curve,
          but every iteration costs ten times the work of the book's 100.
        - Set `learning rate` to 100. The loss jumps far above 2.3 and training stops with a
          warning: lower the rate and press r.

        **Challenge** (press c for this page's challenges): reach 90 % test accuracy within
        the first 1000 iterations.
        """

        static let learningRate = """
        # How big a step?

        The learning rate lr scales every step W ← W − lr·∂L/∂W. The same net is trained three
        times here, from the *same* initial weights on the *same* mini-batches, with three
        rates, so the curves differ only by lr (loss on a log scale, mean of 20 iterations).

        - **Too small** (lr A = 0.01): every step is safe and tiny; in a thousand iterations
          the loss only creeps from 2.303 to about 2.296.
        - **The book's** (lr B = 0.1): flat for about 150 iterations with sigmoid, then it
          learns (mean loss near 0.6 by iteration 1000).
        - **Too large** (lr C = 100): the steps overshoot, the scores blow up, softmax pins a
          wrong class at probability ≈ 1, and the loss jumps towards −ln 1e-7 ≈ 16. The run
          stops and says so.

        Try: set lr B to 1. Faster still: the book's 0.1 is a safe choice, not the fastest. Set
        lr C to 10: it learns (about 90 % test accuracy by iteration 1000), but its raw loss
        jumps above 5 on the way. Now try relu as the activation: which
        rates still work? There is no universal best lr; the usual search tries values spaced
        by factors of 10 (the knob's big step, H/L) and keeps the best.

        **Challenge** (press c): set the three rates so every run's mean loss drops below 1.0
        within 300 iterations. Before you run, guess: at lr = 100, does the loss go up or down?
        """

        static let accuracy = """
        # What the net gets right

        Loss is what training minimises; accuracy is what we care about: the fraction of test
        images whose highest probability is the right class. Test images are never trained on,
        so test accuracy tells how well the net generalises.

        The panel shows test digits with the net's answer and its confidence (the largest yₖ):
        `7 ✓ 93%` is a correct 7; `✗5 (3) 61%` means the net said 5 for a 3. It uses the same net
        as the training page: train there (or press space here), and the answers change.

        Try:
        - Before training: every answer is a guess with about 10 % confidence.
        - Train for a few epochs, then turn `first` to page through the test set.
        - Switch `only mistakes` on: which digits does the net confuse? Often they are ones a
          person would hesitate over too, like a 4 written like a 9.
        - Watch the confidence of the mistakes: a net that is wrong at 99 % is overconfident.
        """
    }
}

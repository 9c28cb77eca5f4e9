import Charts

/// The text of the hyperparams lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `HyperparamsText+zh.swift`. The experiment is
/// the book's (Saito, ch. 6.5); coarse to fine and log-scale sampling are Ng's (course 2).
enum HyperparamsText {
    static let search = Localized(en: English.search, zh: Chinese.search)
    static let best = Localized(en: English.best, zh: Chinese.best)
    static let sampling = Localized(en: English.sampling, zh: Chinese.sampling)
    static let validation = Localized(en: English.validation, zh: Chinese.validation)

    enum English {
        static let search = """
        # Random search

        The learning rate, the weight decay λ, the batch size, the number of layers: none is
        learned by gradient descent. They are **hyperparameters**, and the only way to choose them
        is to try values and compare. Trying every point of a grid wastes trials on the knobs that
        matter least, so the book (ch. 6) and Ng both use **random search**: draw each value at
        random, train, keep score.

        The book's experiment: the first 500 training images, 20 % of them held out as a
        **validation set** (100 images), the rest (400) trained on; a net 784 → 100 ×6 → 10 with
        ReLU and He init, SGD, batch 100, 50 epochs. Each trial draws

        - lr = 10^U(−6, −2) and weight decay = 10^U(−8, −4),

        trains, and is scored by its validation accuracy at the end. The book runs 100 trials;
        this page runs 20 (about 25 s in a debug build), one after the other, while you read.

        Every marker is one finished trial at (log10 lr, log10 wd); its shape and colour say how
        well it did. Try: press space and watch the right edge (large lr) fill with good markers
        while the left half stays at chance, whatever the weight decay. Then move the lr range.
        """

        static let best = """
        # Best trials, coarse to fine

        The table lists the best trials by validation accuracy, the chart their validation
        curves. Here the winners all sit near lr = 0.01, whatever their weight decay (the book
        finds lr from 0.001 to 0.01 and weight decay from 10^−8 to 10^−6 good): lr is the
        hyperparameter that counts, wd one that can wait.

        Ng's advice is to search **coarse to fine**: a first round over wide ranges, then a second
        round sampled only in the region where the best trials are. *Narrow the range* does that:
        when the coarse round is done it takes the best trials (as many as the table shows),
        spans their lr and their weight decay in log10, widens the span by a quarter decade on each
        side, and draws a new round of trials inside. The readout names the ranges of each round.

        Try: turn narrow on and let both rounds run. Most fine trials land among the good ones;
        then set 'best trials shown' to 3 and narrow again (turn it off and on).
        """

        static let sampling = """
        # Why a log scale

        A learning rate of 0.0001 and one of 0.001 differ as much as 0.001 and 0.01: each is ten
        times the other. What matters is the order of magnitude, so the search draws the
        **exponent** uniformly, lr = 10^U(a, b), not lr itself.

        Draw lr uniformly between 0.000001 and 0.01 instead and 90 % of the draws land between
        0.001 and 0.01: the three lower decades share the other 10 %, and the search hardly looks
        at small rates. On a log scale each of the four decades gets a quarter of the draws.

        The two histograms show the same number of draws over log10 lr, one bin per half decade:
        uniform on the left, log scale on the right. Try: move the range; the wider it is in
        decades, the more the uniform draws crowd into the top one.
        """

        static let validation = """
        # Validation vs test

        The search chose its winner by accuracy on the **validation set**, 100 images held out of
        the training data. The **test set** played no part in training or choosing: that is why its
        accuracy is an honest estimate of how the chosen net does on new images.

        If you choose on the test set instead, the test set becomes part of the training loop:
        among 20 trials one scores highest partly by luck on those particular images, and its test
        accuracy overstates what it would do on fresh ones. Choose on validation, report on test,
        and look at the test set once, at the end (book ch. 6.5; Ng: train / dev / test).

        The table ranks the finished trials by the set the knob names and shows both accuracies.
        Try: switch 'choose the best by' to test. The winner's test number rises: that rise is
        the optimism you would have reported.
        """
    }
}

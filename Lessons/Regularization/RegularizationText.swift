import Charts

/// The text of the regularization lesson, one string per page, in nnbook's Markdown subset,
/// in both languages: English below, Chinese in `RegularizationText+zh.swift`. Formulas
/// follow the book (Saito, *Deep Learning from Scratch*, ch. 6.4); Ng's forms are named
/// where they differ.
enum RegularizationText {
    static let overfitting = Localized(en: English.overfitting, zh: Chinese.overfitting)
    static let boundary = Localized(en: English.boundary, zh: Chinese.boundary)
    static let dropout = Localized(en: English.dropout, zh: Chinese.dropout)

    /// The lesson in English.
    enum English {
        static let overfitting = """
        # Overfitting, and two cures

        A net **overfits** when it learns its training data by heart instead of the rule behind
        it: training accuracy climbs to 100 % while test accuracy stops far below. The book
        provokes it on purpose (ch. 6.4): only the first 300 training images, a net with 6
        hidden layers of 100 units (784 → 100 ×6 → 10, ReLU, He init), SGD with lr 0.01,
        mini-batches of 100 drawn at random, 200 epochs. That is far more weights than 300
        images can pin down.

        Press space. Train (green) and test (magenta) accuracy are measured after every epoch
        (3 iterations of 100 images); the gray strokes between them are the **gap**, also written
        below in points. `best` marks the epoch of highest test accuracy: *early stopping* would
        keep the net of that epoch. On the synthetic digits test accuracy stalls near 80 %.

        **Weight decay** adds ½·λ·Σ‖W‖² to the loss, so every update also pulls each weight
        towards 0 by lr·λ·W: the large weights a memorizing net needs now cost something. (Ng
        writes λ/(2m)·Σ‖W‖², the same idea with λ divided by the batch size m.)

        **Dropout** switches off a random fraction p of the hidden units in every training step
        (the dropout ratio), so no unit can count on another one being there.

        Try: turn weight decay λ up to 0.1 mid-run and watch the gap narrow (the change is marked
        on the curves); then press r and train with dropout ratio 0.2. Both cures narrow the gap
        mostly by holding training accuracy back, and dropout slows learning a lot: give it more
        epochs. More training images is the third cure. λ = 1000 makes every step overshoot: the
        run stops with advice, press r.
        """

        static let boundary = """
        # The decision boundary

        Overfitting is easiest to see in two dimensions. The map shows two moons of points, 100
        for training; 15 % of their labels are flipped on purpose (label noise), as real data has
        mistakes too. The net, 2 → 100 ×3 → 2 with ReLU, has far more capacity than two moons
        need. It trains on all 100 points at once with Adam (lr 0.01), one step per epoch, for
        1500 epochs. Each cell of the map is coloured by the class the net gives at its centre;
        the **decision boundary** is where the colour changes.

        Without regularization the boundary bends around single flipped points: islands and
        fingers that fit the noise. Its length in map cells is written below (a smooth curve
        across the map is about 200 cells). Test accuracy, on 400 fresh points, peaks early
        and then falls as the wiggles grow: `best` marks the peak, where early stopping would
        stop.

        Try: set weight decay λ to 0.01 and press r: the boundary becomes two smooth arcs and test
        accuracy ends higher. λ = 0.1 is too much: the boundary gets too simple and test accuracy
        falls again (underfitting). Dropout smooths too, more gently. Raise the flipped labels to
        0.3 and watch the net memorize even more noise.
        """

        static let dropout = """
        # Book vs inverted dropout

        In training, dropout multiplies each unit by a mask m: m = 1 with probability 1 − p (the
        unit is kept), 0 with probability p (dropped). On average a unit then passes (1 − p)·x,
        not x. At test time every unit is on, so the two phases must be made to agree, in one of
        two ways:

        - **The book's dropout** (Saito, ch. 6.4): train with m·x; at test time multiply every
          unit by (1 − p).
        - **Inverted dropout** (Ng's course): train with m·x/(1 − p), so the mean is already x;
          at test time do nothing.

        Both give the same expected activation; they differ only in where the scaling lives.
        Most libraries use inverted dropout, because the test-time net needs no change and no
        knowledge of p. nnbook's core offers both; the first two pages use the book's.

        The cell applies the same masks to 12 units in both forms. Each step draws one mask and
        adds the training outputs to running means, drawn beside the test-time outputs. With few
        masks the means jump around; after a few hundred they settle on the test outputs: at
        (1 − p)·x for the book, at x for inverted dropout.

        Try: p = 0.8. Few units survive each mask, the means take longer to settle, and the
        inverted form's kept units pass 5 times their input during training: x/(1 − 0.8).
        """
    }
}

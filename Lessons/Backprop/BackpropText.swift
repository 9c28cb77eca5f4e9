import Charts

/// The text of the backprop lesson, one string per page, in nnbook's Markdown subset, in
/// English (below) and Simplified Chinese (`BackpropText+zh.swift`).
/// Numbers and code names follow the book (Saito, *Deep Learning from Scratch*, ch. 5).
enum BackpropText {
    static let graph = Localized(en: English.graph, zh: Chinese.graph)
    static let chainRule = Localized(en: English.chainRule, zh: Chinese.chainRule)
    static let sigmoid = Localized(en: English.sigmoid, zh: Chinese.sigmoid)
    static let softmax = Localized(en: English.softmax, zh: Chinese.softmax)
    static let gradientCheck = Localized(en: English.gradientCheck, zh: Chinese.gradientCheck)

    /// The backprop lesson in English.
    enum English {
        static let graph = """
        # Computation graphs: buying apples

        A **computation graph** breaks a calculation into nodes, each doing one small
        operation. The book's first example: you buy 2 apples at 100 each and pay 10% tax.

            apple_price = apple · apple_num        = 100 · 2   = 200
            price       = apple_price · tax        = 200 · 1.1 = 220

        The **forward pass** computes node by node, left to right: each value is written
        above the arrow leaving its node. Press `s` to take one step, `space` to play, `r`
        to start again; the status line says which step you are on.

        After the forward steps the **backward pass** starts at the output with
        ∂price/∂price = 1 and walks right to left. Each node multiplies the gradient that
        arrives (the *upstream* gradient) by its **local derivative** and passes the result
        to its inputs; the gradients are written below the arrows. The book's answers:

        - ∂price/∂apple = 2.2: one more yen on the apple price costs 2.2 yen in the end;
        - ∂price/∂apple_num = 110; ∂price/∂tax = 200.

        Try: set the tax to 1.2 and step through again. Which gradients change, and which
        do not? (∂price/∂tax = apple_price does not depend on the tax at all.)

        When the names do not fit the cell, the boxes show letters: a = apple,
        n = apple_num, o = orange, m = orange_num, t = tax.

        **Predict** before you step: is ∂price/∂apple larger or smaller than
        ∂price/∂apple_num? **Challenge** (press `c` for this page's challenges): change one
        input so that ∂price/∂apple doubles.
        """

        static let chainRule = """
        # The chain rule, one node at a time

        Backprop needs only two rules here (book 5.3):

        - an **add** node z = x + y has ∂z/∂x = ∂z/∂y = 1: it passes the upstream gradient
          on unchanged to both inputs;
        - a **multiply** node z = x·y has ∂z/∂x = y and ∂z/∂y = x: each input gets the
          upstream gradient times the *other* input (so the node must remember its inputs
          from the forward pass).

        The chain rule says the gradient at a node is the product of the local derivatives
        along the path to the output: ∂price/∂apple = ∂price/∂apple_price ·
        ∂apple_price/∂apple = 1.1·2 = 2.2. The readout under the diagram shows each
        product as it is applied.

        Choose `apple-orange` (2 apples at 100, 3 oranges at 150, tax 1.1 → 715) and step
        through. The book's gradients: apple 2.2, apple_num 110, orange 3.3,
        orange_num 165, tax 650. Look at the add node: both branches get the same 1.1.

        Try: set `oranges bought` to 0. The orange price still gets a gradient of 0 — an
        input multiplied by zero has no effect on the price.
        """

        static let sigmoid = """
        # Sigmoid: four pieces or one node

        Any function built from simple pieces can be a graph. The sigmoid
        y = 1 / (1 + exp(−x)) is four nodes (book 5.5.2):

        ```
        a = x · (−1)    b = exp(a)    c = b + 1    y = 1/c
        ```

        with local derivatives −1, exp(a) = b, 1 and −1/c² = −y². Multiplying them along
        the path gives ∂y/∂x = (−1)·b·1·(−y²) = y²·exp(−x), and since
        exp(−x) = (1 − y)/y this is **y(1 − y)**.

        So the whole chain collapses into one σ node whose local derivative is y(1 − y),
        using only its output: that is the book's `Sigmoid` layer. The table walks the
        four pieces; the line below it compares the one-node gradient with the pieces'
        (they agree to the last digit or so).

        Try: x = 0 gives the largest gradient, 0.25. Set x = 8: the gradient is 3e-4 —
        the sigmoid *saturates*, and barely any gradient flows back.
        """

        static let softmax = """
        # Affine and softmax-with-loss from scalars

        The output of the book's networks: scores a = x·W + b (the **Affine** layer), then
        softmax y_k = exp(a_k) / Σ exp(a_j), then the cross-entropy loss
        L = −log(y_t + 1e-7) for the true class t (book 5.6). Here one sample with two
        inputs and two classes is built from scalar nodes, 23 of them (the table's rows; the
        constant δ = 1e-7 sits inside its node), so the backward pass can be watched one
        multiply and one add at a time.

        The book shows that all these nodes together have a very simple gradient:
        ∂L/∂a_k = y_k − t_k (the `SoftmaxWithLoss` layer), and then the Affine layer gives
        ∂L/∂W = xᵀ·∂L/∂a, ∂L/∂b = ∂L/∂a, ∂L/∂x = ∂L/∂a·Wᵀ. The column `layers` shows what
        nnbook's own layers compute for the same numbers.

        They agree to about 1e-7, not 1e-16: the graph keeps the book's 1e-7 inside the
        log, and y − t is the derivative without it. The book follows the same shortcut.

        Try: switch the true class. The gradients on a1 and a2 swap signs: the loss pushes
        the true class's score up and the other one down.
        """

        static let gradientCheck = """
        # Gradient check

        Backprop is fast but easy to get wrong; the numerical gradient
        (f(w + h) − f(w − h)) / 2h with h = 1e-4 is slow but hard to get wrong. A
        **gradient check** compares the two (book 5.7.3).

        Here a small net (4 inputs, 5 hidden units, 3 classes, He initialisation) sees 3
        random samples. For each parameter the table shows its largest gradient, the
        largest |backprop − numerical|, the largest relative difference
        |g − n| / max(|g|, |n|), and Ng's ‖g − n‖ / (‖g‖ + ‖n‖).

        With the book's loss (δ = 1e-7 in the log) they differ by about 1e-7/y: backprop's
        y − t is the derivative of the loss *without* δ. Set δ to 0 and every difference
        drops below 1e-7 — proof that backprop computes the true gradient.

        Try: change the seed and the activation. With ReLU, a hidden input very close to 0
        can sit on the kink, where the two disagree; that is the function, not a bug.

        **Challenge** (press `c` for this page's challenges): make backprop and the numerical
        gradient agree to better than 1e-7.
        """
    }
}

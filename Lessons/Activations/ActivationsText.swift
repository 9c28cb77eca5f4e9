import Charts

/// The text of the activations lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `ActivationsText+zh.swift`.
/// Formulas follow the book (Saito, *Deep Learning from Scratch*, ch. 3 and 5).
enum ActivationsText {
    static let curves = Localized(en: English.curves, zh: Chinese.curves)
    static let saturation = Localized(en: English.saturation, zh: Chinese.saturation)
    static let nonlinearity = Localized(en: English.nonlinearity, zh: Chinese.nonlinearity)
    static let softmax = Localized(en: English.softmax, zh: Chinese.softmax)

    /// The lesson in English.
    enum English {
        static let curves = """
        # The switch inside every neuron

        A neuron adds up its weighted inputs, a = w1·x1 + w2·x2 + b, and passes the sum through
        an **activation function** h: y = h(a). The perceptron used the *step* function: y = 1 if
        a > 0, else 0. Neural networks replace it with smooth functions, because learning needs
        a slope to follow.

        - **sigmoid**: h(x) = 1 / (1 + exp(−x)), squashes everything into (0, 1).
        - **tanh**: like sigmoid but centred on 0, range (−1, 1).
        - **ReLU**: h(x) = max(0, x). The default in modern nets (book ch. 5).
        - **leaky ReLU**: x for x > 0, α·x otherwise, so negative inputs keep a small slope.
        - **identity**: h(x) = x, used on regression outputs.

        The chart draws h(x) and its derivative h′(x) for x in [−5, 5). Move the cursor x and read
        the values below the chart.

        Try: pick `step`. Its derivative is 0 everywhere (the book's layer uses 0 at x = 0 too):
        a gradient has nothing to follow. Pick `sigmoid` and move x to 0: h′(0) = 0.25, its
        largest value.
        """

        static let saturation = """
        # Derivatives and saturation

        Backprop multiplies derivatives layer by layer (ch. 5). For the sigmoid,
        h′(x) = h(x)·(1 − h(x)): at most 0.25, and nearly 0 once |x| > 5. Stack a few sigmoid
        layers and the gradient reaching the first layer shrinks by ×0.25 or less per layer:
        the *vanishing gradient*.

        - tanh′(x) = 1 − tanh²(x) peaks at 1, still saturates for large |x|.
        - ReLU′(x) = 1 for x > 0 and 0 for x ≤ 0: no shrinking on the active side, but a unit
          whose input stays negative gets no gradient at all (a "dead" unit).
        - leaky ReLU′(x) = α for x ≤ 0 keeps dead units alive.

        Try: all four derivatives are drawn at once. Move the cursor to x = 4 and read them under
        the chart: sigmoid′ ≈ 0.018, tanh′ ≈ 0.0013, ReLU′ = 1. Now x = −4: ReLU′ drops to 0 and
        only leaky ReLU′ keeps α; raise the leaky α knob and its flat left arm lifts. Which would
        you want in a ten-layer network?

        **Predict** before you move the cursor: which derivative is largest at x = −4?
        **Challenges** (press `c` for this page's challenges): put the cursor where sigmoid′
        is largest; make leaky ReLU's derivative at −3 equal 0.2.
        """

        static let nonlinearity = """
        # Why non-linearity matters

        Without a non-linear h, depth buys nothing. With h(x) = c·x, three layers give
        y = h(h(h(x))) = c³·x: still a straight line, which one layer could do (book ch. 3.2.6).

        The chart stacks the same layer `depth` times: y = h(w·h(w·…h(w·x)…)), one curve per
        depth from 1 up to the chosen one, with the last drawn boldest.

        Try: choose `identity` and raise the depth: every curve stays a straight line, only its
        slope changes (wᵏ). Choose `relu`: still piecewise linear but now bent. Choose `tanh`
        with w = 2: each layer sharpens the S into something close to a step. That bending is
        what lets a network carve curved decision boundaries.
        """

        static let softmax = """
        # Softmax: scores into probabilities

        The output layer of a classifier turns scores a₁ … aₙ into probabilities:

            yₖ = exp(aₖ) / Σᵢ exp(aᵢ)

        Every yₖ is in (0, 1) and they sum to 1. The order is kept: the largest score gets the
        largest probability, so for *predicting* a class softmax can be skipped (book 3.5.3).

        **Overflow.** exp(1010) is infinite in float64. The book subtracts the largest score
        first: exp(aₖ − max)/Σ exp(aᵢ − max) is the same value and never overflows. nnbook's
        softmax does this too: try scores near 1000.

        **Temperature.** Dividing the scores by T before softmax sharpens (T < 1) or flattens
        (T > 1) the distribution. T is not in the book; it appears in distillation and sampling.

        Try: make two scores equal: their bars are equal whatever the others do. Add 5 to every
        score: nothing changes (softmax only sees differences).

        **Challenges** (press `c` for this page's challenges): make y1 the most probable; with
        the book's scores, reach a probability of 0.9 with the temperature alone.
        """
    }
}

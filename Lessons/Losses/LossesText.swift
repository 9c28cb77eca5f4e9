import Charts

/// The text of the losses lesson, one text per page in both languages, in nnbook's Markdown
/// subset. Formulas and numbers follow the book (Saito, *Deep Learning from Scratch*, ch. 4).
enum LossesText {
    static let losses = Localized(en: English.losses, zh: Chinese.losses)
    static let derivative = Localized(en: English.derivative, zh: Chinese.derivative)
    static let descent = Localized(en: English.descent, zh: Chinese.descent)

    /// The lesson in English.
    enum English {
        static let losses = """
        # Measuring how wrong: MSE and cross-entropy

        A network that classifies digits outputs ten probabilities y₀ … y₉ (after softmax they
        sum to 1). The right answer is a *one-hot* vector t: 1 at the correct class, 0 elsewhere.
        A **loss** turns "how far is y from t" into one number that learning then makes smaller.

        - **Mean squared error**: E = ½·Σₖ (yₖ − tₖ)². The book's version is a *sum* with a ½ in
          front (the ½ cancels when you differentiate), not a mean — nnbook follows the book.
        - **Cross-entropy**: E = −Σₖ tₖ·log(yₖ + 1e-7). Only the correct class's term survives,
          so E = −log(y_t + 1e-7). The tiny 1e-7 keeps log(0) = −∞ away, as in the book.

        The book's two examples, with the correct class t = 2:

        - y = [0.1, 0.05, **0.6**, 0, 0.05, 0.1, 0, 0.1, 0, 0]: MSE **0.0975**, CE **0.5108**.
        - the same y with 0.6 on class 7 instead: MSE **0.5975**, CE **2.3026**.

        Both losses say the second is worse. The bars show y with t marked; the chart on the
        right shows both losses as y_t sweeps from 0 to 1 (the marker is the current y).

        **Editing y.** Pick a class k and set y_k; y must stay a probability distribution, so
        other entries are rescaled, keeping their proportions (if they were all 0, they share
        equally). If k is the correct class, the nine wrong classes share 1 − y_t. If k is a
        wrong class, y_t stays put and the other eight wrong classes share what is left
        (y_k can go up to 1 − y_t): mass moves between wrong classes only. The status line
        shows Σy.

        Try: choose `book-wrong`, set k = 2 (the correct class) and raise y₂ step by step.
        CE falls steeply at first: −log punishes a confident wrong answer hard (at y_t = 0.01
        it is 4.6), while MSE never exceeds 1. Back to `book-wrong`; now set k = 7 and lower
        y₇ from 0.6 to 0.1, spreading the mass over the other wrong classes. CE does not move
        at all — it only looks at y_t — but MSE falls from 0.5975 to 0.4989: MSE also cares
        how the wrong mass is spread.

        **Challenge** (press `c` for this page's challenges): move y until the cross-entropy
        is below 0.1.
        """

        static let derivative = """
        # The numerical derivative

        The derivative is the slope of f at x: the limit of (f(x + h) − f(x)) / h as h → 0. A
        computer cannot take a limit, so it uses a small h. The book (4.3.1) warns about two
        traps and fixes both:

        - **h too small.** Floating point keeps about 16 significant digits. f(x + h) and f(x)
          agree in almost all of them, and their difference keeps only the few that differ:
          *round-off error*, roughly 1e-16·|f| / h. The book uses h = 1e-4.
        - **The forward difference is lopsided.** It measures the slope between x and x + h,
          not at x: an error of order h. The **central difference** (f(x + h) − f(x − h)) / 2h
          has error of order h², and is what the book's `numerical_diff` uses.

        Here f(x) = 0.01x² + 0.1x, whose true slope is f′(x) = 0.02x + 0.1. The book's numbers
        with h = 1e-4: slope **0.1999999999990898** at x = 5 (true 0.2) and
        **0.2999999999986347** at x = 10 (true 0.3). The left chart draws f and the tangent line
        through (x, f(x)) with the central slope; the right one plots |error| against h, both
        on log scales, for the central (blue) and the forward difference.

        Try: slide h down from 1e-4 to 1e-15 (← moves h by ×1.78, H divides it by 10). The
        error grows ×10 for every ×10 smaller h —
        pure round-off — and at 1e-15 the tangent visibly tilts. Now look at h near 1: the
        forward error is 0.01·h, but the central one stays tiny. For a parabola the central
        difference is *exact* apart from rounding (the h² terms cancel); where the forward
        curve turns (near h = 1e-7, where 0.01·h meets 1e-16·|f| / h) truncation and round-off
        balance.
        """

        static let descent = """
        # Gradient descent

        The gradient ∇f = (∂f/∂x₀, ∂f/∂x₁) points uphill, steepest first; −∇f points
        downhill. Gradient descent walks against it, a step at a time:

            x ← x − η·∇f(x)

        η is the **learning rate**. The book's example (4.4.1): f(x₀, x₁) = x₀² + x₁², start
        (−3, 4), η = 0.1, 100 steps, ends at about **(−6.1e-10, 8.1e-10)** — the minimum (0, 0)
        to nine digits. The gradient comes from the core's `numericalGradient` (central
        differences with h = 1e-4, like the book's `gradient_descent`); choose `analytic` to use
        ∇f = (2x₀, 2x₁) instead. Arrows on the contours show −∇f.

        Press **space** to play the descent (one step per frame), **s** to step once, **r** to
        start again. Turning η or the start redraws the path up to the step reached.

        On this f each step multiplies x by (1 − 2η), so η decides everything:

        - η = 0.1: ×0.8 per step, a steady slide in.
        - η = 0.5: ×0 — the minimum in one step. η = 1: ×(−1), x bounces forever.
        - η = **10**: ×(−19): the path **diverges** and leaves the view after one step (the
          status line says so; the view stays put). With the numerical gradient it gets stuck
          after 10 steps near |x| = 2.6e13: there h = 1e-4 is below the spacing of floats,
          x ± h rounds to x, f(x + h) − f(x − h) = 0 and the gradient vanishes, so the run
          stops. With `analytic` and steps ≥ 250 it overflows to inf, then NaN, at step 241.
        - η = **1e-10**: each step moves 1e-9; after 100 steps x has moved 1e-7: **stalled**.

        A learning rate is a *hyperparameter*: set by hand, not learned. Try to find the largest
        η that still converges (← and → move η by ×1.78, H and L by ×10), and explain it from the factor (1 − 2η).

        **Predict** first: at η = 1.2, will |x| grow or shrink? **Challenge** (press `c` for
        this page's challenges): the largest η that converges, within 5 % (`=` types an exact
        value).
        """
    }
}

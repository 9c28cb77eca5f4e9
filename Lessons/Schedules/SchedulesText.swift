import Charts

/// The text of the schedules lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `SchedulesText+zh.swift`. Formulas follow
/// Ng's course 2 week 2.
enum SchedulesText {
    static let ewma = Localized(en: English.ewma, zh: Chinese.ewma)
    static let moments = Localized(en: English.moments, zh: Chinese.moments)
    static let minibatch = Localized(en: English.minibatch, zh: Chinese.minibatch)
    static let decay = Localized(en: English.decay, zh: Chinese.decay)

    /// The lesson in English.
    enum English {
        static let ewma = """
        # Exponentially weighted averages

        The chart is a year of daily temperatures, generated from the seed: a season from
        about 9 °C in January to 27 °C in July, plus noise from day to day. To see the trend
        through the noise, keep an **exponentially weighted average**:

            v_t = β·v_(t−1) + (1 − β)·θ_t,   v_0 = 0

        Today's temperature θ_t gets weight 1 − β, and every older day's weight shrinks by a
        factor β per day. Most of the weight sits on the last **1/(1 − β)** days: β = 0.9
        averages about 10 days, β = 0.98 about 50. A longer window is smoother but **lags**:
        the average trails the season by about β/(1 − β) days. The readout measures both: the
        lag against the true season, and how much the average changes per day.

        **Bias correction.** Because v_0 = 0, the first averages are far too small: with
        β = 0.98, v_1 = 0.02·θ_1. Dividing by 1 − β^t repairs the start (at t = 1 it gives θ_1
        exactly) and fades away as β^t goes to 0. Turn `bias correction` on with a large β and
        watch the cold start vanish.

        Try: play the year at β = 0.9, then switch to 0.98 halfway (the change is marked on the
        curve). β = 0.9999 averages about 10000 days, far longer than the data: without bias
        correction the average hardly leaves 0.
        """

        static let moments = """
        # Momentum, RMSprop, Adam

        Three optimizers of the optimizers lesson are exponentially weighted averages of the
        gradient g of each weight W:

            Momentum  v = β1·v + (1 − β1)·g       W −= α·v
            RMSprop   s = β2·s + (1 − β2)·g²      W −= α·g/(√s + ε)
            Adam      v̂ = v/(1 − β1^t), ŝ = s/(1 − β2^t)
                                                  W −= α·v̂/(√ŝ + ε)

        **Momentum** averages the gradient itself: noise cancels out, a steady slope adds up.
        **RMSprop** averages its square: √s is the gradient's typical size, and dividing by it
        gives every weight steps of about the same size. **Adam** keeps both, with bias
        correction; its usual β1 = 0.9 and β2 = 0.999 put β2 so close to 1 that without
        bias correction √s starts near 0 and the first steps are huge. (The book writes
        Momentum as v ← m·v − lr·g: the same average, scaled by −lr/(1 − m).)

        The charts follow one weight's gradient for 200 iterations: a slope of +0.5 with noise,
        which flips to −0.5 halfway (the weight crossed the valley's floor). Watch Momentum's
        average turn about 1/(1 − β1) iterations after the flip, √s stay near the noise's size,
        and Adam's step, the ratio of the two, stay between −1 and 1.

        Try: β1 = 0.99 (smooth, but slow to turn), then bias correction off.
        """

        static let minibatch = """
        # Mini-batch size

        How many images per update? The same net (784 → 32 → 10, ReLU) trains four times from
        the same weights on 1024 training images, with plain SGD at the same learning rate and
        for the same number of epochs (an epoch sees every image once):

        - **batch 1** (stochastic gradient descent): 1024 updates per epoch, each from one
          image: cheap, many, and very noisy;
        - **batch 32** and **128**: mini-batches, the usual choice (a power of 2 from 64 to 512
          in Ng's course);
        - **all 1024** (batch gradient descent): one exact but costly step per epoch.

        The x axis counts epochs, so the four compare on the same amount of data. In colour is
        each iteration's loss, in white the loss on the whole training set after each epoch.
        The titles show iterations per second, measured live on your machine: batch 1 does
        far more of them, but each sees one image, so the vectorized matrix products that make
        a batch of 128 cheap per image go to waste.

        Try: raise lr and see which batch size blows up first; give them more epochs.
        """

        static let decay = """
        # Learning-rate decay

        Early in training a large step is fine; near a minimum it makes the loss bounce around
        it. **Learning-rate decay** lowers the rate α as the epochs go by (α0 is the initial
        rate, epochs count from 0):

            α = α0 / (1 + decay·epoch)
            α = α0 · 0.95^epoch          exponential
            α = α0 · 0.5^⌊epoch/5⌋       staircase: halve every 5 epochs
            α = α0 · k / √epoch          k = 1

        At epoch 0, 1/√0 would be infinite, so k/√epoch starts with epoch 1's rate. The left
        chart shows the rates, with the constant α0 for comparison; the right chart shows the
        training loss after each epoch of five runs of the same net, from the same weights
        with mini-batches of 32, each following its own schedule.

        At the starting α0 = 0.75 a constant rate is too high for this net: it keeps bouncing
        and stalls, while the decaying rates settle. At α0 = 0.5 the constant rate may win
        within 15 epochs: decay pays off when the rate that is right at the start is too large
        at the end. Set `pick` to the schedule you expect to end lowest, then play. Try a
        larger decay rate too: it slows learning too early.
        """
    }
}

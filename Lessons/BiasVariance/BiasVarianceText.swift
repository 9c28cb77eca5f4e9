import Charts

/// The text of the biasvariance lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `BiasVarianceText+zh.swift`. It follows Ng's
/// Deep Learning Specialization, course 2 week 1 (and course 3's basics).
enum BiasVarianceText {
    static let split = Localized(en: English.split, zh: Chinese.split)
    static let diagnosis = Localized(en: English.diagnosis, zh: Chinese.diagnosis)
    static let learningCurve = Localized(en: English.learningCurve, zh: Chinese.learningCurve)
    static let normalization = Localized(en: English.normalization, zh: Chinese.normalization)

    /// The lesson in English.
    enum English {
        static let split = """
        # Train, dev and test sets

        Split the data you have into three sets drawn from the **same distribution**:

        - the **training set**, which gradient descent fits;
        - the **dev set** (development, or hold-out validation set), on which you compare
          ideas: sizes, learning rates, regularization. You look at it all the time;
        - the **test set**, measured **once**, at the end, for an unbiased estimate of how the
          chosen net does on new data. Choosing anything by it makes it a second dev set.

        If dev and test come from different distributions (dev from web photos, test from
        phone photos), you aim at one target and are graded on another.

        The old rule was 60/20/20 (or 70/30 without a test set): fine for 500 or 10,000
        examples. With 1,000,000 examples, 10,000 dev examples already tell two ideas apart,
        so 98/1/1 (or 99.5/0.25/0.25) is usual: the rest trains. What a dev set must do is
        measure errors precisely enough. Its error on n points has a standard error of
        √(e(1−e)/n): the ± the readout writes.

        Press space: a 2 → 10 → 10 → 2 net trains on noisy moons; the readout gives the dev
        error ± one standard error, and the test error once, at the end. Try 98/1/1 with 500
        points: 5 dev points cannot tell 10 % from 30 %. Then raise the points to 16000: 160
        dev points are enough again.
        """

        static let diagnosis = """
        # Bias and variance

        Two numbers diagnose a net: its **training error** and its **dev error**. Compare them
        with the **optimal error** (the Bayes error, what the best possible classifier gets;
        about 0 % for a human recognizing cats). Here the labels of a fraction of the points are
        flipped at random, so the flip rate *is* the optimal error: the gray line.

        - **High bias** (underfitting): training error well above the optimal error. The net
          cannot even fit the data it sees. Ng's recipe: a bigger net, train longer (or another
          architecture).
        - **High variance** (overfitting): dev error well above the training error. The net
          learned its training points, noise and all, by heart. Recipe: more data,
          regularization (or another architecture).
        - Both at once is possible: a net too simple in some places and too wiggly in others.

        This page calls a gap "well above" when it is more than **5 points**: bias gap =
        train − optimal, variance gap = dev − train. Ng's examples, with optimal 0 %: train 1 %,
        dev 11 % is high variance; 15 % and 16 % high bias; 15 % and 30 % both; 0.5 % and 1 %
        good.

        The cell starts with 1 hidden unit on 400 points: high bias, the boundary is nearly a
        line. Give it more units. Then try 100 units with 25 training points (high variance:
        the map bends around single points) and cure it with 1000 points, or with weight
        decay λ = 0.01 (turned mid-run, it is marked on the curves). Below 90 columns the cell
        shows the curves or the map: switch with the last knob.
        """

        static let learningCurve = """
        # The learning curve

        How do the errors change with the size of the training set? The cell trains the same
        net from scratch on 8, 20, 40, 80, 200, 400 and 800 points (each set the first points
        of the next), each for the same number of epochs, and plots its final train and dev
        error against the size. The curves fill in live.

        - With few points a big net fits everything: training error near 0, dev error high.
          The gap between the curves is the **variance**.
        - As the set grows, memorizing gets harder: the training error rises toward the
          optimal error and the dev error falls toward it.
        - A net that is too small (try 1 unit) fits a handful of points, but from 80 on both
          curves level off high, well above the optimal error: **bias**. More data does not
          help it; a bigger net does.

        So a learning curve tells you whether collecting more data is worth it: only while the
        dev curve is still falling, far above the training curve.
        """

        static let normalization = """
        # Normalizing inputs

        When features have very different scales, the loss is a long thin valley: here x1 lies
        in 0…1 and x2 in 0…10, and y ≈ 2·x1 + 0.5·x2 is fit by least squares,
        L(w) = 1/(2m)·Σ(w1·x1 + w2·x2 − y)² on m = 40 examples. Its Hessian H = XᵀX/m has
        eigenvalues 0.157 and 33.9: a **condition number** of about 217.

        **Standardize** each feature: z = (x − μ)/σ with the mean μ and standard deviation σ of
        the training set (and apply the *same* μ, σ to dev and test data). Now both features
        have mean 0 and variance 1, the Hessian is nearly the identity (eigenvalues 0.961 and
        1.04) and the contours are round.

        Gradient descent is stable only for lr < 2/λmax: below 0.0589 on the raw features, but
        up to 1.92 after normalizing. With lr 0.01 it needs 1926 steps on the raw features and
        473 normalized; at lr 0.05, 384 against 93; at lr 1, 2 steps normalized while the raw
        side diverges. Press space and watch the paths: the raw one drops into the valley at
        once, then crawls along its floor.
        """
    }
}

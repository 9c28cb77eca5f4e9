import Charts

/// The text of the init lesson, one string per page, in nnbook's Markdown subset, in both
/// languages: English below, Chinese in `InitText+zh.swift`. The experiments are the
/// book's (Saito, *Deep Learning from Scratch*, ch. 6.2) and Ng's (course 2, week 1).
enum InitText {
    static let histograms = Localized(en: English.histograms, zh: Chinese.histograms)
    static let xavierHe = Localized(en: English.xavierHe, zh: Chinese.xavierHe)
    static let gradients = Localized(en: English.gradients, zh: Chinese.gradients)
    static let training = Localized(en: English.training, zh: Chinese.training)

    enum English {
        static let histograms = """
        # Activations layer by layer

        Before a net learns anything, its weights are random. How random matters. The book's
        experiment: 1000 inputs of 100 standard-normal values go through 5 layers of 100 units,
        no bias, weights drawn from N(0, σ²). Each chart is one layer's activations, 30 bins.

        With **σ = 1** and sigmoid, each weighted sum adds 100 terms and has a std of about 10:
        far past ±5, where sigmoid is flat. The activations pile up at 0 and 1. There the
        derivative h′ = h·(1 − h) is nearly 0, so the gradient *vanishes* on the way back.
        The title of each chart gives the **saturated** share (sigmoid: below 0.01 or above
        0.99; tanh: |a| > 0.99; ReLU: exactly 0, where no gradient passes). ReLU's zeros are
        left out of its histograms, which share one range so that a shrinking or growing
        signal shows.

        Try: set `init` to `0.01`. Nothing saturates now, but every unit outputs about 0.5:
        100 units that all say the same thing are no better than one. The readout under the
        charts gives each layer's mean μ and std σ.

        Knobs: `activation` (sigmoid, tanh, relu), `init` (the book's four, or `sigma` for
        the continuous σ knob, log scale from 0.0001 to 100) and `depth` (2 to 10 layers).
        """

        static let xavierHe = """
        # Xavier and He

        A weighted sum of n inputs with variance 1 and weights of variance σ² has variance
        n·σ². To keep the spread from layer to layer, make n·σ² = 1: **σ = √(1/n)**. This is
        the **Xavier** initial value (Glorot and Bengio; the book's simplified form). With
        n = 100 it is σ = 0.1, and the sigmoid histograms stay spread over (0, 1) all the way
        down.

        ReLU sets half of its inputs to 0, so it passes on only half of the variance. **He**
        initialization doubles it back: **σ = √(2/n)**, about 0.14 here. Try `relu` with
        Xavier and then He, at 10 layers: with Xavier the histograms shrink towards 0 layer
        after layer; with He they keep their shape.

        tanh is centred on 0 and behaves like sigmoid: Xavier suits it. The rule of thumb
        (Ng, course 2): Xavier for tanh and sigmoid, He for ReLU. A framework's default is
        usually one of them; now you know why.
        """

        static let gradients = """
        # Vanishing and exploding gradients

        The same stack, run backward from a random upstream gradient. The chart gives, per
        layer, the size of the weight gradient ‖∂L/∂W‖ (red) and the std of the activations
        (blue), on a log axis: each gridline is a factor of 10.

        Backprop multiplies by h′ and by Wᵀ at every layer. If that shrinks the gradient a
        little at each layer, ten layers make it tiny: a *vanishing gradient*, and the first
        layers stop learning. If it grows, it becomes huge: an *exploding gradient*, and one
        step of SGD throws the weights away.

        Try: sigmoid with `init` = `0.01` at 10 layers. Each layer multiplies the gradient by
        about 0.25 (h′ near 0.5) times 0.1 (the small weights): layer 1 gets 10¹⁴ times less
        than layer 10. Xavier helps, but h′ ≤ 0.25 still loses a factor of 4 per layer; tanh
        with Xavier (h′ near 1) stays flat.

        ReLU passes the gradient with slope 1 or 0, so every layer gets about the same norm,
        but its size scales with the weights: 10⁻⁷ with σ = 0.01, 10¹¹ with σ = 1, where the
        activations also grow about 7 times per layer and the status warns once they pass
        1000000. He keeps both in place at any depth. The readout gives the ratio of the
        largest to the smallest gradient norm.
        """

        static let training = """
        # Training from each start

        The book's comparison: three copies of a 784 → 100 ×4 → 10 ReLU net, started with
        std 0.01, Xavier and He, trained with SGD (lr 0.01, batch 128) on the same
        mini-batches. Press space.

        With std 0.01 the signal dies within a few layers, the output hardly depends on the
        input and the loss stays near ln 10 ≈ 2.3 for a long time. He and Xavier start
        learning at once; He, made for ReLU, is usually first.

        The book trains 2000 iterations on MNIST; here the default is 1000 on synthetic digits
        (3000 training images), enough to see the gap; raise `iterations` for more, and run
        `nnbook init --data DIR` for real MNIST. Raise `lr` to 1 or more and watch a net
        diverge: the status says so; lower `lr` and press r.
        """
    }
}

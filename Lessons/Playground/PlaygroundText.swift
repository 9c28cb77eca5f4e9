import Charts

/// The text of the playground lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `PlaygroundText+zh.swift`. After Ng's course 1,
/// weeks 3–4 (the planar flower, shallow and deep nets) and TensorFlow Playground.
enum PlaygroundText {
    static let flower = Localized(en: English.flower, zh: Chinese.flower)
    static let neurons = Localized(en: English.neurons, zh: Chinese.neurons)
    static let depth = Localized(en: English.depth, zh: Chinese.depth)

    /// The lesson in English.
    enum English {
        static let flower = """
        # One neuron vs one hidden layer

        Ng's "flower" (course 1, week 3): 400 points in the plane, 200 red and 200 blue,
        lying on eight petals that alternate in colour. Half of them train the net, the other
        half test it. The map colours each spot by the class the net gives there; the dots are
        the training points.

        **Logistic regression** is a net with no hidden layer: one neuron, z = w₁x + w₂y + b,
        and a sigmoid. Its decision boundary is one straight line, and any line cuts through
        the petals: Ng measured 47 %, about a coin toss (here, depending on the seed, between
        about 50 and 70 %). A **hidden layer** of 4 tanh neurons lets the boundary bend around
        them: about 90 %.

        The cell starts with Ng's settings: 2 → 4 → 2 with tanh, weights drawn with std 0.01,
        gradient descent on all the training points at once (batch all), lr 1.2, 10000
        iterations (it plays 40 per frame, so the whole run takes about 10 s). Our output is
        a softmax over two scores, which is a sigmoid of their difference: the same model.

        Beside the map: the train and test loss (knob changes are marked on them), and the
        net itself, each edge coloured by its weight's sign (blue positive, orange negative)
        and grayed when it is small.

        Try: set hidden layers to 0 and press r. Then other data sets, noise, ReLU, more
        layers, a smaller batch, L2 λ. lr 100 makes every step overshoot: the run stops with
        advice, press r.
        """

        static let neurons = """
        # What each neuron learned

        A hidden neuron of the first layer computes tanh(w₁x + w₂y + b): it is "on" on one
        side of a straight line and "off" on the other. Turn **neuron shown** to 1, 2, …
        to see the map of one neuron's own output (where it is above 0 for tanh, above ½ for
        sigmoid); 0 shows the net's output again. The neuron is ringed in the diagram.

        The output neuron adds up the hidden neurons' maps with its weights, so the net's
        boundary is built from their lines. Here the data are two circles, one inside the
        other, and the net has only 2 hidden neurons (lr 0.5, weights drawn with std 0.5, so it
        learns within a few hundred iterations): two lines cannot fence in a disc, so test
        accuracy stays well below 95 %. Give it 3 and the lines close into a triangle around
        the inner circle.

        With a second hidden layer, its neurons combine lines into curves and corners: set
        hidden layers to 2, then look at neurons 4 to 6 (layer 2). This is what TensorFlow
        Playground shows on every neuron, and why a deeper net can draw shapes a single
        layer cannot.
        """

        static let depth = """
        # Wide or deep?

        Two nets learn the same two spirals, with the same budget of 12 hidden units: one wide
        layer (2 → 12 → 2) against 3 narrow ones (2 → 4 → 4 → 4 → 2). Both have exactly 62
        weights and biases. Same data, same lr 0.3, weights drawn with std 0.5, 5000
        iterations of gradient descent on all the training points.

        Each layer of the deep net works on what the layer before drew, so it can fold and
        combine the plane several times; the wide net can only add 12 smooth steps. Ng (week 4)
        puts it this way: some functions a small deep net computes need exponentially more
        units in a shallow one.

        Try: budget 6 (2 → 6 → 2 vs 2 → 2 → 2 → 2 → 2): a layer of 2 neurons squeezes the
        plane through a bottleneck and the deep net can lose. Budget 24 or more: both get
        there. A large lr hurts the deep net first.
        """
    }
}

import Charts

/// The logistic lesson's page texts in both languages (English here, Chinese in
/// `LogisticText+zh.swift`).
enum LogisticText {
    static let neuron = Localized(en: English.neuron, zh: Chinese.neuron)
    static let digits = Localized(en: English.digits, zh: Chinese.digits)
    static let graph = Localized(en: English.graph, zh: Chinese.graph)
    static let vectorization = Localized(en: English.vectorization, zh: Chinese.vectorization)

    enum English {
        static let neuron = """
        Logistic regression is the smallest neural network: **one neuron** with a sigmoid
        output. For an example with features x (here two numbers, a point's coordinates):

            z = wᵀx + b = w₁x₁ + w₂x₂ + b
            a = σ(z) = 1 / (1 + e^−z)

        The output a is read as the probability that the label y is 1. The neuron answers 1
        when a > 0.5, that is when z > 0, so its **decision boundary** is the line
        w₁x₁ + w₂x₂ + b = 0: a straight line, whatever w and b are.

        **The loss** of one example is the binary cross-entropy

            L(a, y) = −(y·log a + (1 − y)·log(1 − a))

        near 0 when the neuron is sure and right, large when it is sure and wrong. The
        **cost** J is its mean over the m training examples. **Gradient descent** moves
        w ← w − lr·dw and b ← b − lr·db, where dw = ∂J/∂w. Here w and b start at 0 (one
        neuron has no symmetry to break), so every point starts at a = 0.5 and J = ln 2 ≈ 0.693.

        **The data:** two blobs of 100 points each, with the same spread, centred at (0, 1.5)
        and (2, 2.5). Why blobs and not moons? For two such blobs the best boundary really is a
        straight line, so one neuron does as well as any net could; and they overlap, so about
        13 % of the points stay on the wrong side of any line and the cost never reaches 0.

        Press space and watch the line turn into place. Raise the **learning rate** while it
        runs (each change is marked on the curves): around 10 the cost zig-zags, and further
        up each step overshoots so far that the run stops. r starts again. The `task` knob
        puts the same neuron on digits (next page).
        """

        static let digits = """
        The same neuron with **784 inputs**, the pixels of a 28×28 image, answers one
        question: **is it a 3?** The label y is 1 for the 3s and 0 for the nine other digits;
        2000 training images and 1000 test images (synthetic digits, or MNIST with `--data DIR`).

        **Mind the accuracy.** Only about 10 % of the images are 3s, so a neuron that always
        says "no" is already right 90 % of the time: the curves start there, and the readout
        gives that baseline. The cost tells the truth from the first iteration: it starts at
        ln 2 and falls only as the neuron really learns.

        **The weights are a picture.** Weight wⱼ multiplies pixel j, so the 784 weights can be
        drawn where their pixels are. Red weights push z up (towards "yes"), blue ones down
        (towards "no"); white ones do not matter. The picture is redrawn as the neuron trains.
        Before you press space, predict what it will show.

        With the default lr of 0.1 it needs a few hundred iterations; a larger learning rate
        gets there sooner, and a much larger one breaks the run as on the blobs. The `digit`
        knob asks about another digit.
        """

        static let graph = """
        Where do dw and db come from? Take **one example** with two features and draw the
        calculation as a **computation graph**, as Ng does: x₁, w₁, x₂, w₂ and b go into
        z = w₁x₁ + w₂x₂ + b, then a = σ(z), then L(a, y).

        The **forward pass** computes z, a and L from left to right. The **backward pass**
        goes right to left with the **chain rule**:

            da = ∂L/∂a = −y/a + (1 − y)/(1 − a)
            dz = da · a(1 − a) = a − y
            dw₁ = x₁·dz    dw₂ = x₂·dz    db = dz

        The sigmoid's **derivative** a(1 − a) cancels the fractions of da: dz = a − y, the
        prediction minus the label. Press s for one step or space to walk it; every input is
        a knob. At the end the cell checks dw₁, dw₂ and db against the **numerical gradient**
        (the central difference of L, nudging one parameter at a time): a **gradient check**.

        **For m examples at once**, stack them as the columns of a matrix X (n × m) and the
        labels as a row Y:

            Z = wᵀX + b          A = σ(Z)
            dZ = A − Y           dw = X·dZᵀ / m        db = mean(dZ)
            w ← w − lr·dw        b ← b − lr·db

        That is one iteration of the previous pages, with no loop over the examples
        (nnbook keeps examples as rows, so it computes Xᵀ·dZ: the same numbers).
        """

        static let vectorization = """
        Ng's rule: **whenever possible, avoid explicit for-loops.** This cell computes the same
        gradient dw, db of "is it a 3?" two ways, on 1000 images of 784 pixels, and times
        both on your machine (ten times each; the readout gives the mean time of one):

        - **loops**: for each example, for each feature: z += wⱼ·xⱼ, then dwⱼ += xⱼ·dz,
          one multiply-add at a time (784 × 1000 × 2 of them);
        - **vectorized**: Z = wᵀX + b and dw = X·dZᵀ/m as two matrix products of nnbook's
          core.

        The loops run a slice at a time so the screen stays live; their bar grows as they go.
        Both do the same multiplications and additions, so the two gradients agree up to
        rounding (to about 1e-15: the sums are added in another order).

        Why is the matrix product faster? It works on blocks that stay in the CPU's cache,
        each instruction multiplies 4 numbers at once (SIMD), and large products are split
        over the cores. The loops do one number at a time. In a debug build the core is
        still optimized but the lesson's loops are not, which widens the gap; a release build
        narrows it.

        Predict the speed-up before you press space. The `examples` knob changes m.
        """
    }
}

import Charts

/// The text of the perceptron lesson, one string per page, in nnbook's Markdown subset.
/// Numbers and notation follow the book (Saito, *Deep Learning from Scratch*, ch. 2); the
/// learning rule of the last page is Rosenblatt's, which the book does not cover.
enum PerceptronText {
    static let gates = Localized(en: English.gates, zh: Chinese.gates)
    static let xorTry = Localized(en: English.xorTry, zh: Chinese.xorTry)
    static let xorNetwork = Localized(en: English.xorNetwork, zh: Chinese.xorNetwork)
    static let learning = Localized(en: English.learning, zh: Chinese.learning)

    /// The lesson in English.
    enum English {
        static let gates = """
        # A perceptron is a line

        A **perceptron** takes inputs x1 and x2, weighs them, adds a bias and fires when the sum
        is positive:

        ```
        a = w1·x1 + w2·x2 + b
        y = 1 if a > 0,   y = 0 if a ≤ 0
        ```

        The weights w1, w2 say how much each input counts; the bias b says how easily the unit
        fires. (The book first writes a threshold θ, y = 1 if w1·x1 + w2·x2 > θ, then moves it
        across as b = −θ. nnbook follows the book exactly, including y = 0 when a is exactly 0.)

        With inputs 0 and 1 a perceptron is a **logic gate**. The book's weights:

        - AND: w1 = 0.5, w2 = 0.5, b = −0.7 (only (1, 1) gets a = 0.3 > 0)
        - NAND: w1 = −0.5, w2 = −0.5, b = 0.7 (AND with every sign flipped)
        - OR: w1 = 0.5, w2 = 0.5, b = −0.2

        The chart puts the four inputs on the unit square, ● where y = 1 and ○ where y = 0, and
        shades the half-plane where a > 0. Its edge is the **decision line**
        w1·x1 + w2·x2 + b = 0. The table lists a for every input and names the gate that the
        column y makes.

        Try:

        - The knobs start at AND. Set b to −0.2: which gate is it now? The line slides down
          past (1, 0) and (0, 1): same weights, a lower bar.
        - Flip the sign of all three numbers of AND: NAND. The line stays put; the shaded side
          swaps.
        - Set w2 = 0: the line stands upright and y copies x1 (or ignores it, for some b).
        - Find NOR, "not x1" and constant 1. One gate you will never find here: XOR.

        **Challenges** (press `c` for this page's challenges): make NAND by hand; keep
        w1 = w2 = 0.5 and find a bias that makes OR.
        """

        static let xorTry = """
        # XOR: one line is not enough

        XOR (exclusive or) is 1 when exactly one input is 1: y = 0, 1, 1, 0 for (0, 0), (1, 0),
        (0, 1), (1, 1).

        Here the markers show XOR's targets, ● for 1 and ○ for 0, and the shading shows where
        your perceptron says 1. It gets XOR right only if both ● lie in the shaded part and both ○
        outside. Turn w1, w2 and b and try. The table marks each wrong row with ✗ and wrong
        points turn red. The knobs start at the book's OR: three rows right, (1, 1) wrong.

        **Why it cannot work.** The ● sit on one diagonal of the square and the ○ on the
        other; every straight line that has both ● on one side has a ○ there too. In numbers:
        (0, 0) → 0 needs b ≤ 0; (1, 0) → 1 and (0, 1) → 1 need w1 + b > 0 and w2 + b > 0. Add
        those two: w1 + w2 + b > −b ≥ 0, so (1, 1) → 1, which is wrong.

        XOR is **not linearly separable**. Of the 16 possible gates with two inputs, 14 are;
        XOR and its negation XNOR are the two that are not. The best a single line can do is 3
        of 4 rows.

        The book's way out: let the boundary bend (a curve separates XOR easily), and the way to
        get bends is to stack perceptrons.
        """

        static let xorNetwork = """
        # XOR from two layers

        Gates combine. XOR is "OR, but not both", and "not both" is NAND:

        ```
        s1 = NAND(x1, x2)
        s2 = OR(x1, x2)
        y  = AND(s1, s2)
        ```

        Each gate is one perceptron with the book's weights from page 1. The first layer (NAND
        and OR) computes the **hidden** outputs s1 and s2; the second layer (AND) combines them.
        The book calls this a 2-layer perceptron, counting layers of weights; some texts count
        the inputs too and say 3 layers.

        Turn the x1 and x2 toggles to push each input through the network: every wire shows its
        value (1s highlighted) and the table marks the row of that input. Check the y column:
        0, 1, 1, 0. That is XOR.

        **What happened geometrically.** NAND draws one line (s1 = 1 below it), OR another
        (s2 = 1 above it). AND of the two keeps the band between the lines, which holds (1, 0)
        and (0, 1) and nothing else: a region no single line can cut out. Two layers, two lines,
        a boundary that bends. (In a tall window, from about 120×40, the square under the
        network draws both lines and shades the band.) That is the idea the rest of the book builds on: stacking layers
        lets a network represent what one layer cannot. (With NAND gates alone you can build a
        whole computer, the book notes.)
        """

        static let learning = """
        # Learning the weights

        So far you set the weights by hand. Rosenblatt's **perceptron learning rule** (1958)
        finds them from examples. Show the perceptron one input x = (x1, x2) with its target t,
        compute its answer y, then

        ```
        w1 ← w1 + η·(t − y)·x1
        w2 ← w2 + η·(t − y)·x2
        b  ← b  + η·(t − y)
        ```

        A right answer gives t − y = 0: nothing changes. A 1 where t = 0 gives t − y = −1: the
        bias and the weights of the inputs that were on go down by η, so a falls for that input
        and the line moves past it. A 0 where t = 1 pushes them up. η, the **learning rate**, is
        the step size.

        The cell shows (0, 0), (1, 0), (0, 1), (1, 1) in turn; one pass is an **epoch**. It
        starts from random weights, uniform in [−0.5, 0.5) (`random start #` picks another
        draw), and stops when a whole epoch makes no mistake. The panel writes out the last
        update; the highlighted point is the input just shown.

        The convergence theorem promises a finish whenever some line separates the targets:
        14 of the 16 gates. For XOR and XNOR no line exists, the mistakes never reach 0, and the
        cell gives up after 100 epochs.

        The book skips this rule and goes to gradient descent (ch. 4). It is the same idea,
        nudging weights against the error one example at a time, but the step function has no
        slope, so the rule only learns "wrong", never "by how much".

        Try:

        - Press space (or s to step) and watch the line find AND.
        - Pick OR, NAND, NOR, x1: how many epochs does each take?
        - Change η or the start: the path changes, the end is always a line that works.
        - Pick XOR and raise the updates per second: the line keeps jumping and the mistakes
          per epoch never reach 0.

        **Predict** before you pick XOR: will the rule converge on it? **Challenge** (press `c`
        for this page's challenges): make the rule learn NAND in at most 5 epochs.
        """
    }
}

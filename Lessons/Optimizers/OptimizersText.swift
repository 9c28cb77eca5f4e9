import Charts

/// The text of the optimizers lesson, one string per page, in nnbook's Markdown subset.
/// Formulas follow the book's `common/optimizer.py` (Saito, *Deep Learning from Scratch*,
/// ch. 6.1); where other texts differ, the page says which form nnbook uses.
enum OptimizersText {
    static let bowl = Localized(en: English.bowl, zh: Chinese.bowl)
    static let adaptive = Localized(en: English.adaptive, zh: Chinese.adaptive)
    static let surfaces = Localized(en: English.surfaces, zh: Chinese.surfaces)
    static let digits = Localized(en: English.digits, zh: Chinese.digits)

    /// The lesson in English.
    enum English {
        static let bowl = """
        # Six ways down a hill

        Training moves the parameters W downhill on the loss L. Plain **SGD** (stochastic
        gradient descent) steps straight against the gradient:

        W ← W − η·∂L/∂W        (η is the learning rate, `lr`)

        The book tests this on a deliberately awkward bowl, f(x, y) = x²/20 + y², whose
        gradient is (x/10, 2y): twenty times steeper across (y) than along (x). Every
        optimizer starts at (−7, 2) and takes 30 steps (the book's settings: SGD lr 0.95,
        Momentum 0.1, AdaGrad 1.5, Adam 0.3; nnbook adds Nesterov at 0.1 and RMSprop at 0.1).

        SGD zigzags: along y each step multiplies y by 1 − 0.95·2 = −0.9, so y flips sign every
        step, while along x it only creeps (x shrinks by 0.095 of itself per step).

        **Momentum** remembers its past steps like a ball rolling downhill:

        v ← α·v − η·∂L/∂W,   W ← W + v        (α = momentum, 0.9)

        The zigzags cancel in v while the steady pull along x adds up, so it sweeps along the
        valley — and overshoots x = 0 once. **Nesterov** (the book's form) looks ahead along v:

        v ← α·v − η·g,   W ← W + α²·v − (1 + α)·η·g

        The table beside the contours is the standings, best first: f now, the distance to the
        minimum (0, 0), and the first step that came within ε of it (`hit`, or `≤ε at` when
        there is room). Each optimizer's marker is the one at the head of its path.

        Try: press space to run the race, or `s` to step. Then:

        - Turn `SGD lr` up to 1: y ← −y, it bounces forever. At 2 it flies off and is marked
          *diverged* (it drops out; the others keep racing).
        - Set `Momentum m` to 0: Momentum becomes SGD with lr 0.1. Which wins now?
        - Move `start x` and `start y`: does the order of the standings change?

        **Challenge** (press c for this page's challenges): make SGD reach ε before Adam,
        changing only SGD's lr and the start. Before you run the race, guess which optimizer
        gets within ε first.
        """

        static let adaptive = """
        # Adaptive steps: AdaGrad, RMSprop, Adam

        One learning rate for every parameter is the trouble on the bowl: what suits y is far
        too small for x. The adaptive methods give each parameter its own step by dividing by
        the size of its past gradients (⊙ is element by element, 1e-7 avoids dividing by 0):

        - **AdaGrad**: h ← h + g⊙g,   W ← W − η·g / (√h + 1e-7). Steep directions build up a
          big h and slow down; the step shrinks for ever, so it can stop short on long runs.
        - **RMSprop**: h ← ρ·h + (1 − ρ)·g⊙g (`decay` ρ = 0.99) forgets old gradients, so the
          step does not die out.
        - **Adam**: momentum and RMSprop together, with a correction for m and v starting at 0.
          The book's form, which nnbook follows:
          lr_t = η·√(1 − β2ᵗ)/(1 − β1ᵗ),   m ← m + (1 − β1)(g − m),   v ← v + (1 − β2)(g⊙g − v),
          W ← W − lr_t·m / (√v + 1e-7).
          Kingma & Ba (and Ng's course) divide m and v by the corrections and add ε = 1e-8
          after: the same steps except where ε matters, in the first steps and for tiny
          gradients.

        In the book's race AdaGrad ends closest (0.12 from the minimum), Adam overshoots once
        like Momentum, and RMSprop is still on its way.

        Try:

        - Set `Adam β1` to 0: Adam loses its momentum, behaves like RMSprop with bias
          correction and no longer overshoots. Set it to 0.99: it overshoots to x ≈ 1.25.
        - Set `RMSprop decay` to 0.999: h starts as 0.001·g², so the first steps are about
          √1000 ≈ 32 times lr — on this bowl that wins the race. At 0.5, h follows the latest
          g² and every step is about lr long: slow.
        - Raise `AdaGrad lr` to 10. Then switch everything off except AdaGrad and Adam and
          compare them alone.

        **Challenge** (press c): make Adam the first within ε by changing only its lr.
        """

        static let surfaces = """
        # Harder surfaces

        The bowl has one valley and a straight floor. Real losses have curved valleys, plateaus
        and saddle points. Pick a `surface`; each loads its own start, step count and learning
        rates (nnbook's choices: the book's rates would fly off these steeper surfaces at once).

        - **rosenbrock**: f = (1 − x)² + 100·(y − x²)², a curved banana valley with the minimum
          at (1, 1). Falling into the valley is easy; following its curved floor is slow. In 300
          steps Adam gets closest and Momentum follows; SGD reaches the floor but crawls along it.
        - **beale**: (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum at
          (3, 0.5), flat plateaus beside steep walls.
        - **saddle**: f = x² − y², no minimum at all. Starting at (−1.5, 0.01), just off the
          ridge, everyone slides down the x-bowl, then must escape along y, where the slope is
          almost zero. The standings rank by f (there is no distance to a minimum).

        Try: on the saddle, step through the first steps and compare SGD with AdaGrad and
        RMSprop. SGD's step along y is lr × the tiny slope there; dividing by √h makes even a tiny
        gradient give a full-size step, so the adaptive methods move off the ridge from step 1.
        On Rosenbrock, raise `SGD lr` step by step: at what rate does it diverge? Move the start
        to (2, −1): who still finds the valley?

        **Challenge** (press c): on Rosenbrock, get any optimizer within 0.1 of (1, 1) in the
        300 steps, from the usual start.
        """

        static let digits = """
        # The race on digits

        The book's real test (`optimizer_compare_mnist.py`): each optimizer trains its own copy
        of one network, 784 → 100 → 100 → 100 → 100 → 10 with ReLU and He initialisation (weights
        drawn with std √(2/n), n inputs), mini-batches of 128, for 2000 iterations, with the
        book's rates: SGD 0.01, Momentum 0.01 (0.9), AdaGrad 0.01, Adam 0.001; Nesterov and
        RMSprop at the book's defaults (0.01).

        The race is fair: every copy starts from the same weights, and at iteration k every
        copy trains on the same mini-batch k (drawn with replacement, as the book's
        `np.random.choice`). Only the update rule differs.

        The chart is the loss of every iteration (a trailing mean of 20, or raw with the
        `loss curves` knob; log scale). When the cell has room, a second chart beside or under
        it shows the test accuracy after every epoch (500 test digits); the line under the
        charts always gives each racer's latest loss and accuracy. Without `--data DIR` (the
        MNIST files) nnbook trains on its synthetic digits: 5000 training and 1000 test images.

        The book finds SGD clearly the slowest, with Momentum, AdaGrad and Adam close together
        (AdaGrad a little ahead). On the synthetic digits Adam and AdaGrad lead after a few
        hundred iterations, and two racers trail: SGD, and RMSprop. RMSprop leaves SGD behind
        at first but stalls near a loss of 0.3 from about iteration 300, and by 600 SGD has
        caught up (mean of 20 there: SGD 0.34, RMSprop 0.34, Adam 0.009). Its lr 0.01 is too
        large for RMSprop on this net: h starts at 0, so after the first batch h = (1 − ρ)·g²
        and every weight moves by lr/√(1 − ρ) = 0.1, whatever its gradient. That first jolt
        sends the loss from 2.4 to about 15, and the net never fully recovers. With `RMSprop
        lr` at 0.001 it keeps up with Adam.

        Try: during the race, raise `SGD lr` to 0.1: a marker on the curve shows when, and
        SGD's curve bends down. Set `RMSprop lr` to 1: its loss explodes and it is marked
        *diverged*, while the others go on. Press `r` to restart from the same weights.
        """
    }
}

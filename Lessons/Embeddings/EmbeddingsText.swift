import Charts

/// The text of the embeddings lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `EmbeddingsText+zh.swift`. It follows Ng's course
/// 4, week 4 (face recognition, neural style transfer) on digits instead of faces.
enum EmbeddingsText {
    static let triplet = Localized(en: English.triplet, zh: Chinese.triplet)
    static let verification = Localized(en: English.verification, zh: Chinese.verification)
    static let style = Localized(en: English.style, zh: Chinese.style)
    static let texture = Localized(en: English.texture, zh: Chinese.texture)

    /// The lesson in English.
    enum English {
        static let triplet = """
        # The triplet loss

        A classifier needs many images of every class and a fixed list of classes. Face recognition
        has neither: one photo per person, and new people every day. The answer is an **embedding**:
        a net f that maps an image to a point, trained so that images of the same person land close
        together and images of different people far apart. A new person then needs no training at
        all, only one stored point.

        Here the "people" are digits. The net is 784 → 64 → 2 (ReLU, He init), and its output is
        scaled to length 1, so every digit becomes a point on the unit circle (FaceNet does the same
        in 128 dimensions). It learns from **triplets**: an anchor a, a positive p of the same class
        and a negative n of another class, with the loss

        `L = max(‖f(a)−f(p)‖² − ‖f(a)−f(n)‖² + α, 0)`

        The positive must be closer than the negative by at least the **margin α**; without α the
        net could put everything at one point and call it done. While a triplet is active its
        gradient pulls a and p together and pushes n away: ∂L/∂f(a) = 2(f(n)−f(p)),
        ∂L/∂f(p) = −2(f(a)−f(p)), ∂L/∂f(n) = 2(f(a)−f(n)). Those flow back through the scaling
        and the two Affine layers like any other gradient. One iteration draws 8 images of each
        class, forms one triplet per image and takes one Adam step.

        Press space: 40 held-out digits of each class start in a tangle and sort themselves into
        arcs. The curve is the mean loss; the readout counts the held-out triplets already
        separated by the margin. **Mining** chooses the negatives: `random` picks any other digit,
        `hard` the one closest to the anchor, the triplets that still teach something.

        Try: raise α to 1 mid-run (marked on the curve; on a narrow screen set `view` to `loss` to
        see it) and watch the arcs spread apart. Then press
        r and train with `hard` mining from the start: the hardest negatives pull every digit to one
        point, the loss sticks at α and the run stops as collapsed (FaceNet warns of exactly this
        early in training). Mine hard only once the random triplets are learnt.

        **More dimensions.** Set `dim` to 8 (the run restarts): the net becomes 784 → 64 → 8 and
        every digit a point on the unit sphere in 8 dimensions. A screen shows two, so the scatter
        shows the points along their top two **principal directions**, the eigenvectors of their
        covariance matrix with the largest eigenvalues (a shadow of the sphere, inside the
        disc). Distances, the loss and page 2 still use all 8. With room to spare the classes
        separate faster and further: on synthetic digits, after 300 iterations one-shot
        recognition names 94.9% of the digits right instead of 90.3%, and the best τ lets in 6.7%
        impostors instead of 9.9%. FaceNet uses 128.
        """

        static let verification = """
        # Verification and one-shot recognition

        With an embedding, **verification** ("is this the same person?") is a distance and a
        threshold: two images are the same when ‖f(x₁)−f(x₂)‖ ≤ τ. Every pair of the held-out digits
        is tested. The **true accept rate** is the share of same-class pairs accepted; the **false
        accept rate** is the share of different-class pairs accepted, the impostors let in. Raising
        τ lets more of both through: the sweep on the right draws both rates for every τ, and you
        choose the trade-off. A door lock wants few false accepts; a photo album can accept more.

        **One-shot recognition** stores one example per class (white, `stored`) and names every other
        digit by the nearest stored one. No classifier is trained for the classes, so a class added
        tomorrow needs just one image. The readout shows how often it names the digit right.

        The net here trains as on page 1 (space), with its own copy. Try: move τ with the net
        untrained, then train and move it again; at τ = 0 nothing is accepted, at τ = 2 everything
        is (no two points on a unit circle are more than 2 apart).
        """

        static let style = """
        # Style as Gram matrices

        Neural style transfer paints a photo in the style of a painting. Its key idea: the **style**
        of an image is which features appear *together*, no matter where. Take a convolution
        layer's N feature maps, each flattened to a row of M positions (a matrix F of N × M), and
        form the **Gram matrix** `G = F·Fᵀ`: G[i][j] adds up, over every position, how strongly
        filter i and filter j respond at the same place.

        Here one convolution layer of 4 fixed 3×3 edge filters (horizontal, vertical and the two
        diagonals; pad 1, then ReLU) looks at two 16×16 textures. The heat maps show both textures
        and both Gram matrices, divided by M = 256. The style loss between them is

        `E = Σ(G_A − G_B)² / (4·N²·M²)`

        while the content loss compares the feature maps position by position.

        Press space: texture B slides one pixel right and down per step. The content loss jumps
        about, since everything moved, but the style loss stays put: the Gram matrix sums over
        positions, so it cannot see where a pattern is. That is why matching Gram matrices
        transfers style: style transfer changes the pixels of a new image until its Gram matrices
        (at several layers of a trained net) match the painting's, while its content loss keeps
        it close to the photo. Try: B = `columns` against A = `stripes`, then `checker`, then
        change B's period.
        """

        static let texture = """
        # Texture synthesis

        Page 3 claimed that matching Gram matrices transfers style. Here it is done: start from
        noise and change the pixels until the noise has the texture's Gram matrix.

        One convolution layer with fixed filters (pad k/2, then ReLU) gives N feature maps F of
        M = 256 positions for a 16×16 image. The target texture T gives the Gram matrix
        A = G(T). The image X starts as random noise and descends on

        `E = Σ(G(X) − A)² / (4·N²·M²)`

        with plain gradient descent on its 256 pixels, X ← X − lr·∂E/∂X. The gradient is derived
        by hand in three steps: ∂E/∂F = (G − A)·F / (N²·M²), then the ReLU keeps it only where a
        feature was positive, then the convolution's backward pass carries it to the pixels. A
        test checks it against numerical gradients. The factor 1/(4N²M²) makes E and its
        gradient tiny, so the learning rate is large: 1000 by default.

        Nothing here is trained. The filters are either the 4 hand-made edge filters of page 3
        (`edges`) or 16 random 3×3 or 5×5 filters (`random3`, `random5`), each scaled to length 1.
        Random filters are a fair choice: a Gram matrix of random features already describes a
        texture well, and a 5×5 filter sees a whole period of the 4-pixel stripes. Gatys et al.
        use several layers of a trained VGG net instead; one layer is enough to see the idea.

        Press space and watch X on the left and E on the log axis. With `random5` the stripes
        come back, but not in the target's rows: the Gram matrix sums over all positions, so it
        cannot say where a stripe is, only how often and how strong. The last readout compares X,
        rescaled to 0…1, with T pixel by pixel: it stays far from 0. Try: change `texture` while
        it runs (marked on the curve) and watch the image turn into the new one. Raise
        `pixel_lr` too far and the pixels blow up (E is a quartic in X), then lower it and
        press r. With the 4 `edges` filters E falls just as well, but the picture looks much
        less like the texture: 10 numbers in a 4 × 4 Gram matrix say little about an image.
        """
    }
}

import Charts

/// The text of the linalg lesson, one string per page, in nnbook's Markdown subset, in both
/// languages: English below, Chinese in `LinAlgText+zh.swift`.
enum LinAlgText {
    static let map = Localized(en: English.map, zh: Chinese.map)
    static let svd = Localized(en: English.svd, zh: Chinese.svd)
    static let compression = Localized(en: English.compression, zh: Chinese.compression)
    static let pca = Localized(en: English.pca, zh: Chinese.pca)
    static let autoencoder = Localized(en: English.autoencoder, zh: Chinese.autoencoder)

    /// The lesson in English.
    enum English {
        static let map = """
        # A matrix moves the plane

        Every layer of a net starts with a matrix product W·x. Before it is a table of numbers, a
        matrix is a **map**: A = [[a, b], [c, d]] sends the point (x, y) to (ax + by, cx + dy).
        The first column (a, c) is where (1, 0) lands, the second (b, d) where (0, 1) lands;
        straight lines stay straight and the origin stays put.

        Press space: the gray unit grid and the yellow "F" move from I (nothing changes) to A.
        The unit square becomes the parallelogram of the two columns, whose area is the
        **determinant** det A = ad − bc. Every area is multiplied by |det A|; a negative det
        also flips the plane (the F is mirrored). When det A = 0 the plane is squashed onto a
        line: the matrix is **singular** and no inverse can undo it.

        An **eigenvector** v only stretches: Av = λv, with the **eigenvalue** λ as the factor.
        When the map has settled they are drawn as magenta lines. Three cases occur:

        - two real eigenvalues: two lines (for a symmetric A they are at right angles);
        - a repeated eigenvalue: one line (a shear such as [[1, 1], [0, 1]]) or every
          direction (A = λI);
        - complex eigenvalues: no real direction only stretches; the map rotates (try b = −1,
          c = 1, a = d = 0).

        Try: set d to 0.5 and watch the F collapse; make b negative for a rotation.
        """

        static let svd = """
        # Circle to ellipse: the SVD

        Any matrix maps the unit circle to an ellipse (a segment, or a dot, when it is
        singular). The **singular value decomposition** A = UΣVᵀ says how: Vᵀ turns the plane so
        that the right singular vectors v₁, v₂ lie on the axes, Σ = diag(σ₁, σ₂) stretches the
        axes by the **singular values** σ₁ ≥ σ₂ ≥ 0, and U turns the result into place. So v₁
        lands on the longest axis of the ellipse, σ₁u₁ (yellow), and v₂ on the shortest,
        σ₂u₂ (magenta). The area factor is σ₁σ₂ = |det A|.

        Unlike eigenvectors, singular vectors always exist, are always real and at right
        angles, for every matrix, square or not. For a symmetric A with eigenvalues ≥ 0 the two
        coincide. nnbook computes the SVD with one-sided Jacobi rotations (NumericCore `SVD`),
        tested against numpy to 10⁻¹⁰.

        Press space: the green x walks round the circle and Ax round the ellipse. Try a shear
        (a = 1, b = 1, c = 0, d = 1): σ₁ = 1.618 and σ₂ = 0.618, the golden ratio and its
        inverse; then d = 0.5, c = 1 to see σ₂ reach 0.
        """

        static let compression = """
        # Compression with the top k

        An image is a matrix too. Its SVD writes it as a sum of rank-one pictures,
        A = σ₁u₁v₁ᵀ + σ₂u₂v₂ᵀ + …, largest first. Keeping only the first k terms gives A_k, and
        no matrix of rank k is closer to A (Eckart–Young). Storing A_k takes k·(m + n + 1)
        numbers instead of m·n.

        How good is A_k? The **energy** of an image is Σσᵢ² (the sum of its squared pixels);
        A_k keeps Σ_{i≤k} σᵢ² of it, and the relative error ‖A − A_k‖/‖A‖ is the square root of
        the part it drops. Both are written below the pictures.

        Press space: singular values are added one at a time up to k. A digit is 28×28 but has
        few strokes: a handful of singular values draw it. The generated 64×64 picture has a
        disk, a bar and a soft gradient; its first few terms carry most of the energy, the last
        ones only noise. A k larger than the rank adds only zeros. Nets use the same idea: a
        layer's weight matrix often has a few large singular values and many small ones.
        """

        static let pca = """
        # PCA of the digits

        A digit is a point in 784 dimensions, one per pixel, but digits do not fill that space:
        strokes move together. **Principal component analysis** finds the directions along which
        a set of points varies most. Subtract the mean image from every digit, stack the n
        centred digits as the rows of X, and take its SVD X = UΣVᵀ: the rows of Vᵀ are the
        **principal components** (PC1, PC2, …), and σᵢ²/n is the variance along PCᵢ. (They are
        also the eigenvectors of the covariance XᵀX/n; nnbook works on X itself, which keeps the
        small σᵢ accurate.)

        The scatter shows every digit at its coordinates on two components, coloured by class.
        No label was used to find those directions, yet the classes already form clouds. The
        small pictures are the components themselves as 28×28 images (red where a pixel adds,
        blue where it takes away): the mean digit plus a few of them rebuilds any digit roughly.
        The bars are the share of the variance the first k components keep together.

        Try: pick PC2 / PC3 to see other directions; choose two classes such as 1,7 and watch
        PC1 split them; raise images to 2000 and the components barely change. Ten kinds of
        digit need many components: the challenge asks for half the variance with five.
        """

        static let autoencoder = """
        # A linear autoencoder finds the PCA plane

        A net can learn the same plane. An **autoencoder** squeezes a digit through a narrow
        layer and rebuilds it: here x̂ = W₂(W₁x), 784 → 2 → 784, no activation function, and the
        loss is the squared error ½‖x̂ − x‖² averaged over a mini-batch (SGD, the same centred
        digits as the last page, 0 and 1 to begin with: their σ₂ stands well above σ₃, so the
        PCA plane is sharply defined). Press space and watch it train.

        Its rebuilt digits lie in the plane the two columns of W₂ span. The best any plane can do
        is the PCA plane (Eckart–Young again): its mean error is the variance it leaves out,
        Σ_{i>2} σᵢ²/n. The lower curve is sin θ, θ the largest angle between the two planes, on
        a log axis: it falls toward 0 as the error falls to that floor.

        The codes, though, are not the PCA coordinates. Put any invertible 2×2 matrix M between
        the layers: W₁ → MW₁ and W₂ → W₂M⁻¹ rebuild exactly the same x̂. The loss cannot tell them
        apart, so the codes come out as the PCA coordinates turned and stretched — compare the
        two scatters: the same clouds, other axes. PCA also orders its axes by variance; the
        autoencoder has no reason to.

        Try: a learning rate of 1 blows up (lower it and press r); 0.003 crawls. SGD never
        settles exactly: each mini-batch pushes the plane a little, so the angle stops falling at
        a few degrees; a larger batch pushes less. With all classes σ₂ ≈ σ₃ and the plane itself
        is barely defined: the angle falls much more slowly.
        """
    }
}

import Charts

/// The text of the linalg lesson, one string per page, in nnbook's Markdown subset, in both
/// languages: English below, Chinese in `LinAlgText+zh.swift`.
enum LinAlgText {
    static let map = Localized(en: English.map, zh: Chinese.map)
    static let svd = Localized(en: English.svd, zh: Chinese.svd)
    static let compression = Localized(en: English.compression, zh: Chinese.compression)

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
    }
}

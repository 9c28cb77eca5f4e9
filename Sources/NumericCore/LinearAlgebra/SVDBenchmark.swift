/// The speed hook for `nnbook bench`: the core SVD of a 784×1000 matrix of seeded uniform
/// numbers in [0, 1) (row-major, `Xoshiro256StarStar(seed:)` in row order), as numpy would get
/// it from the same numbers. Returns the decomposition (its `values` for a check).
public enum SVDBenchmark {
    /// The 784×1000 matrix the benchmark decomposes.
    public static func matrix(rows: Int = 784, columns: Int = 1000, seed: UInt64 = 42) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<(rows * columns)).map { _ in rng.nextUniform() }
    }

    /// Decomposes `matrix(rows:columns:seed:)` with the core `SVD`.
    public static func run(rows: Int = 784, columns: Int = 1000, seed: UInt64 = 42) -> SVD {
        SVD(matrix: matrix(rows: rows, columns: columns, seed: seed), rows: rows, columns: columns)
    }
}

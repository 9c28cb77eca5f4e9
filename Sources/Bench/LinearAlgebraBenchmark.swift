import NumericCore

extension BenchmarkCase {
    /// The thin SVD of a 784×1000 standard-normal matrix (fixed seed): U, σ and V, as the
    /// `linalg` lesson's decompositions use it. numpy key `svd_784x1000`
    /// (`np.linalg.svd(a, full_matrices=False)`: LAPACK's divide and conquer, not the same
    /// algorithm — the core's one-sided Jacobi trades speed for readability and accuracy, see
    /// `SVD`; the ratio is reported as it is). At most 3 runs: one run takes seconds.
    public static var svd784x1000: BenchmarkCase {
        BenchmarkCase(name: "SVD 784×1000 (U, σ, V)", numpyKey: "svd_784x1000", maxRepeats: 3) {
            var rng = Xoshiro256StarStar(seed: 0)
            let a = Tensor.randomNormal([784, 1000], using: &rng)
            return { Benchmark.blackHole(SVD(matrix: a.scalars, rows: 784, columns: 1000).values[0]) }
        }
    }
}

import CNNLesson
import Testing

/// The cnn lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct CNNTranslationTests {
    /// Words that stay in Latin letters in the Chinese text: the book's identifiers `out`
    /// (out[i, j], the feature map) and `int()`, its `np.random.choice` and its layer name
    /// Softmax-with-Loss; Ng's "Same"/"Valid" convolutions (his Chinese notes keep them);
    /// the BLAS libraries; and the command-line option `--data DIR`.
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: CNNLesson(),
                         allowed: ["out", "int", "random", "choice", "with", "same", "valid", "blas", "data", "dir"]).run()
    }
}

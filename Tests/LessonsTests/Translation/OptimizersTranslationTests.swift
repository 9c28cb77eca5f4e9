import OptimizersLesson
import Testing

/// The optimizers lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct OptimizersTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Latin words the Chinese pages keep: Kingma (an author's name, of Adam's paper), the book's
        // `np.random.choice`, and the command-line option `--data DIR`.
        TranslationCheck(lesson: OptimizersLesson(), allowed: ["kingma", "random", "choice", "data", "dir"]).run()
    }
}

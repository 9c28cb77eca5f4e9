import MLPLesson
import Testing

/// The mlp lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct MLPTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Latin words the Chinese pages keep on purpose: the command-line option `--data DIR`
        // (page 1), the book's code `np.random.choice(train_size, batch_size)` (page 2), and
        // "epoch" in 轮（epoch）, the glossary's way of naming the term once (page 2).
        TranslationCheck(lesson: MLPLesson(), allowed: ["data", "dir", "random", "choice", "epoch"]).run()
    }
}

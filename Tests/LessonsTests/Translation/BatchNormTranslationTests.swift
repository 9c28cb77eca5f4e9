@testable import BatchNormLesson
import Testing

/// The batchnorm lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct BatchNormTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Latin words the Chinese pages keep on purpose: the authors' names Ioffe and Szegedy
        // (page 4), the book's code `logspace(0, −4, 16)` and `np.random.choice` (page 3), and
        // the command-line option `--data DIR` (page 4). A small lesson (200 images, 2 epochs)
        // keeps the 30 steps of every cell cheap; the texts are the same.
        TranslationCheck(lesson: BatchNormLesson(trainSize: 200, epochs: 2),
                         allowed: ["ioffe", "szegedy", "logspace", "random", "choice", "data", "dir"]).run()
    }
}

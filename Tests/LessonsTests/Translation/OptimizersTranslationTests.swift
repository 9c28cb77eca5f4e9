import OptimizersLesson
import Testing

/// The optimizers lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct OptimizersTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: OptimizersLesson(), allowed: []).run()
    }
}

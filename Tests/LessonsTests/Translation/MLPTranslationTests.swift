import MLPLesson
import Testing

/// The mlp lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct MLPTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: MLPLesson(), allowed: []).run()
    }
}

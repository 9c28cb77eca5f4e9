import ActivationsLesson
import Testing

/// The activations lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct ActivationsTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: ActivationsLesson(), allowed: []).run()
    }
}

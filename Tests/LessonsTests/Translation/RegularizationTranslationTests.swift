import RegularizationLesson
import Testing

/// The regularization lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct RegularizationTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: RegularizationLesson(), allowed: []).run()
    }
}

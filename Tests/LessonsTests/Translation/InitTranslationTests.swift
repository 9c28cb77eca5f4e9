import InitLesson
import Testing

/// The init lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct InitTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: InitLesson(), allowed: []).run()
    }
}

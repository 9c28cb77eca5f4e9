import LossesLesson
import Testing

/// The losses lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct LossesTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: LossesLesson(), allowed: []).run()
    }
}

import DetectionLesson
import Testing

/// The detection lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct DetectionTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: DetectionLesson(), allowed: []).run()
    }
}

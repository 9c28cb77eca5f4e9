import HyperparamsLesson
import Testing

/// The hyperparams lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct HyperparamsTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: HyperparamsLesson(), allowed: []).run()
    }
}

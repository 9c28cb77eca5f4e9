import BiasVarianceLesson
import Testing

/// The biasvariance lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct BiasVarianceTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: BiasVarianceLesson(), allowed: []).run()
    }
}

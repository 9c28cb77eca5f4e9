import PerceptronLesson
import Testing

/// The perceptron lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct PerceptronTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: PerceptronLesson(), allowed: []).run()
    }
}

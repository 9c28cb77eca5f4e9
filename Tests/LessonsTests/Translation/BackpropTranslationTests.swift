import BackpropLesson
import Testing

/// The backprop lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct BackpropTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: BackpropLesson(), allowed: []).run()
    }
}

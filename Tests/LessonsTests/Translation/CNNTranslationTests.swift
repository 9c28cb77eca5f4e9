import CNNLesson
import Testing

/// The cnn lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct CNNTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: CNNLesson(), allowed: []).run()
    }
}

import PlaygroundLesson
import Testing

/// The playground lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct PlaygroundTranslationTests {
    /// TensorFlow Playground is a product's name (the web page the lesson imitates), kept in Latin letters.
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: PlaygroundLesson(), allowed: ["tensorflow", "playground"]).run()
    }
}

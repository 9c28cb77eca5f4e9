import InitLesson
import Testing

/// The init lesson exists whole in both languages (see `TranslationCheck`, issue #11).
/// Allowed: Glorot and Bengio (the authors of Xavier initialization), `--data DIR` (a command-line option).
@Suite struct InitTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: InitLesson(), allowed: ["glorot", "bengio", "data", "dir"]).run()
    }
}

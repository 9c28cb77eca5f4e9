import LogisticLesson
import Testing

/// The logistic lesson exists whole in both languages (see `TranslationCheck`, issue #13).
@Suite struct LogisticTranslationTests {
    @Test func everyTextInBothLanguages() {
        // `--data DIR` is the command-line option; SIMD, CPU, debug and release are names.
        TranslationCheck(lesson: LogisticLesson(), allowed: ["data", "dir", "simd", "cpu", "debug", "release"]).run()
    }
}

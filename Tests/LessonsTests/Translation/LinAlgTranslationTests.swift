import LinAlgLesson
import Testing

/// The linalg lesson exists whole in both languages (see `TranslationCheck`).
@Suite struct LinAlgTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: LinAlgLesson(), allowed: ["svd", "det", "diag", "numericcore", "jacobi", "eckart", "young"]).run()
    }
}

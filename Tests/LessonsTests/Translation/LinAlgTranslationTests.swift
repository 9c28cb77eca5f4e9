import LinAlgLesson
import Testing

/// The linalg lesson exists whole in both languages (see `TranslationCheck`), its PCA and
/// autoencoder pages included.
@Suite struct LinAlgTranslationTests {
    @Test func everyTextInBothLanguages() {
        // PCA is the method's name in Chinese texts too; sin θ is a formula.
        TranslationCheck(lesson: LinAlgLesson(), allowed: ["svd", "det", "diag", "numericcore", "jacobi", "eckart", "young", "pca", "sin"]).run()
    }
}

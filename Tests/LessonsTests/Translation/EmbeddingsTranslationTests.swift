import EmbeddingsLesson
import Testing

/// The embeddings lesson exists whole in both languages (see `TranslationCheck`, issue #11).
/// `random`, `hard`, `stripes`, `columns`, `checker`, `view`, `loss`, `embedding` are knob names and values (command-line identifiers);
/// FaceNet and Gram are names. For the 8-D and texture synthesis pages: `dim`, `texture`, `pixel_lr`,
/// `filters`, `edges`, `random3`, `random5` are knob names and values; PCA, VGG and Gatys are names.
@Suite struct EmbeddingsTranslationTests {
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: EmbeddingsLesson(), allowed: ["random", "hard", "stripes", "columns", "checker", "FaceNet", "Gram", "gram", "facenet", "view", "loss", "embedding",
                                                              "dim", "texture", "pixel_lr", "filters", "edges", "random3", "random5", "PCA", "pca", "VGG", "vgg", "Gatys", "gatys"]).run()
    }
}

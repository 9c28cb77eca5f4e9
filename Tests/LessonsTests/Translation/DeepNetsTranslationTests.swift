@testable import DeepNetsLesson
import Testing

/// The deepnets lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct DeepNetsTranslationTests {
    // ResNet: the name of He et al.'s residual networks, kept in Latin as in the Chinese notes.
    // Simard: the first author of the elastic distortion (2003), a name.
    // dropout: the layer's name, kept in Latin in the Chinese edition of the book.
    // The DeepConvNet page trains a tiny DeepConvNet here (the book's takes seconds per
    // iteration in a debug build); its texts are the same.
    @Test func everyTextInBothLanguages() {
        let lesson = DeepNetsLesson(sizes: (train: 1000, test: 500), residual: ResidualRun.Config(), deepConv: DeepConvTests.tiny)
        TranslationCheck(lesson: lesson, allowed: ["resnet", "dropout", "simard"]).run()
    }
}

import BackpropLesson
import Testing

/// The backprop lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct BackpropTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Identifiers from the book that stay in Latin letters in Chinese: `price` is the
        // output node of the shopping graphs (∂price/∂apple; apple, orange and tax are knob
        // names already), and Softmax-with-Loss / `SoftmaxWithLoss` is the layer's name, kept
        // as the book's Chinese edition keeps it ("Softmax-with-Loss 层").
        TranslationCheck(lesson: BackpropLesson(), allowed: ["price", "with", "softmaxwithloss"]).run()
    }
}

import DeepNetsLesson
import Testing

/// The deepnets lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct DeepNetsTranslationTests {
    // ResNet: the name of He et al.'s residual networks, kept in Latin as in the Chinese notes.
    // Simard: the first author of the elastic distortion (2003), a name.
    @Test func everyTextInBothLanguages() {
        TranslationCheck(lesson: DeepNetsLesson(), allowed: ["resnet", "simard"]).run()
    }
}

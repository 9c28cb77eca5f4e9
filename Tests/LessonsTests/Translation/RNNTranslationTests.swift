import RNNLesson
import Testing

/// The rnn lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct RNNTranslationTests {
    @Test func everyTextInBothLanguages() {
        // RNN, BPTT, LSTM, GRU are names kept in Latin in Chinese texts too (like MNIST, SGD); "sine" is a
        // choice value (`--set task=sine`).
        TranslationCheck(lesson: RNNLesson(), allowed: ["rnn", "bptt", "lstm", "gru", "sine"]).run()
    }
}

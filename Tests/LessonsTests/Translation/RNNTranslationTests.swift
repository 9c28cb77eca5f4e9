import LessonKit
@testable import RNNLesson
import Testing

/// The rnn lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct RNNTranslationTests {
    @Test func everyTextInBothLanguages() {
        // RNN, BPTT, LSTM, GRU are names kept in Latin in Chinese texts too (like MNIST, SGD); "sine" is a
        // choice value (`--set task=sine`).
        // The text page's samples stay English-like in both languages (the text being learned is
        // English), so the words of the samples the check renders (seed 1, at the start and after
        // 30 windows) are allowed; so are the corpus's source (gutenberg.org/ebooks) and the name of
        // Karpathy's program, min-char-rnn.
        TranslationCheck(lesson: RNNLesson(), allowed: Set(["rnn", "bptt", "lstm", "gru", "sine", "gutenberg", "org", "ebooks", "karpathy", "char"])
                            .union(Self.samplesOfTheTextPage())).run()
    }

    /// Words of the text page's sample lines as the check renders them (seed 1, 60×18 and
    /// 120×40, at the start and after 30 windows), cut where the cell breaks its lines.
    static func samplesOfTheTextPage() -> Set<String> {
        let pages = RNNLesson().makePages(context: LessonContext())
        guard let cell = pages.last?.cell as? CharCell else { return [] }
        var words: Set<String> = []
        for round in 0..<2 {
            if round == 1 { for _ in 0..<30 { cell.step() } }
            for width in [60, 120] {
                for line in SampleText.lines(SampleText.visible(cell.run.sample, unicode: true), width: width - 2) {
                    words.formUnion(line.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
                }
            }
        }
        return words
    }
}

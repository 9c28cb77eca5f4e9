import LessonKit
import PerceptronLesson
import Testing

/// The translation checker itself (the lessons' checks are in `Translation/`, one file per
/// lesson, so a lesson's translator runs `swift test --filter <Lesson>TranslationTests`).
@Suite struct TranslationCheckTests {
    /// Numbers, words and the glossary are read as documented.
    @Test func checkerReadsNumbersWordsAndTheGlossary() {
        #expect(TranslationCheck.numbers(in: "w1·x1 + 0.25, x12 = 3. 1e-7 log10") == ["0.25", "3", "1", "7"])
        let check = TranslationCheck(lesson: PerceptronLesson())
        #expect(check.words(in: "the apple_num x1 ReLU 学习率 lr") == ["the", "relu"])
        let glossary = Glossary.load()
        #expect(glossary.contains { $0.english == ["perceptron"] && $0.chinese == "感知机" && $0.avoid == ["感知器"] && $0.checked })
        #expect(glossary.contains { $0.english.first == "epoch" && $0.chinese == "轮" })
        #expect(Glossary.uses("Perceptrons learn", "perceptron") && !Glossary.uses("multilayerperceptron", "perceptron"))
    }
}

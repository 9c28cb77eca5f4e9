import ActivationsLesson
import BackpropLesson
import CNNLesson
import LessonKit
import LossesLesson
import MLPLesson
import OptimizersLesson
import PerceptronLesson
import Testing

/// Every lesson exists whole in both languages (issue #11): see `TranslationCheck`. One test
/// per lesson, so a lesson's translator can run `swift test --filter TranslationTests/<id>`.
@Suite struct TranslationTests {
    @Test func perceptron() { TranslationCheck(lesson: PerceptronLesson()).run() }
    @Test func activations() { TranslationCheck(lesson: ActivationsLesson()).run() }
    @Test func losses() { TranslationCheck(lesson: LossesLesson()).run() }
    @Test func backprop() { TranslationCheck(lesson: BackpropLesson()).run() }
    @Test func mlp() { TranslationCheck(lesson: MLPLesson()).run() }
    @Test func optimizers() { TranslationCheck(lesson: OptimizersLesson()).run() }
    @Test func cnn() { TranslationCheck(lesson: CNNLesson()).run() }

    /// The checker itself: numbers, words and the glossary are read as documented.
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

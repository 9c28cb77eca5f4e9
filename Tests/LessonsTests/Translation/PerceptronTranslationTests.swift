import PerceptronLesson
import Testing

/// The perceptron lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct PerceptronTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Latin words the Chinese keeps: `step` is the function in the cell title's formula
        // y = step(w1·x1 + w2·x2 + b) (formulas read the same in both languages); Rosenblatt is
        // a name; the glossary writes epoch as 轮（epoch）.
        TranslationCheck(lesson: PerceptronLesson(), allowed: ["step", "rosenblatt", "epoch"]).run()
    }
}

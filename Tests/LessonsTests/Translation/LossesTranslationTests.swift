import LossesLesson
import Testing

/// The losses lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct LossesTranslationTests {
    @Test func everyTextInBothLanguages() {
        // Latin words the Chinese text keeps on purpose:
        // - "MSE": the abbreviation in the formulas, chart legends and readouts (next to CE),
        //   introduced in the text as 均方误差（MSE）;
        // - "one-hot": the Chinese edition of the book writes "one-hot 表示";
        // - `numericalGradient`: the core's function name, code like the book's `numerical_diff`.
        TranslationCheck(lesson: LossesLesson(), allowed: ["mse", "one", "hot", "numericalgradient"]).run()
    }
}

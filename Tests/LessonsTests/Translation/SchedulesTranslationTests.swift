import SchedulesLesson
import Testing

/// The schedules lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct SchedulesTranslationTests {
    @Test func everyTextInBothLanguages() {
        // "decay", "epoch", "pick", "correction": the formulas' and knobs' own words, written
        // the same in both languages; "bias": the page-1 knob name `bias correction` quoted in the text.
        TranslationCheck(lesson: SchedulesLesson(), allowed: ["decay", "bias", "correction", "pick"]).run()
    }
}

import Foundation
import LessonKit
import Testing

/// The notebook's language at start-up (#11), under tmux: the language last chosen in the
/// notebook (saved in progress) counts after `--lang` and NNBOOK_LANG and before the
/// locale; a locale that is not UTF-8 opens in English and the status line says why; an
/// NNBOOK_LANG nnbook cannot read is named there too. The menu's part headings show the
/// language (基础 / Basics) whatever the lessons' translation state.
@Suite("Notebook start-up language (tmux, #11)", .serialized)
struct TmuxLanguageChoiceTests {
    private func saveLanguage(_ language: String, in tmux: TmuxSession) throws {
        let directory = tmux.stateDirectory.appendingPathComponent("nnbook")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var progress = LessonKit.Progress()
        progress.language = language
        _ = try ProgressStore(directory: directory.path).save(progress)
    }

    @Test func theSavedLanguageComesAfterTheFlagAndBeforeTheLocale() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try saveLanguage("zh", in: tmux)
        try tmux.startNnbook(["--no-color"])
        _ = try tmux.waitFor(" 基础")
        try tmux.sendKeys("q")
        try tmux.waitForShell()
        try tmux.startNnbook(["--no-color", "--lang", "en"])
        let english = try tmux.waitFor(" Basics")
        #expect(!english.contains("基础"))
        try tmux.sendKeys("q")
        try tmux.waitForShell()
    }

    @Test func aLocaleThatIsNotUTF8OpensInEnglishAndSaysSo() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"], environment: ["LANG": "zh_CN.GB18030"])
        let screen = try tmux.waitFor("locale zh_CN.GB18030 is not UTF-8, so English is shown instead of Chinese")
        #expect(screen.contains(" Basics"))
        try tmux.sendKeys("q")
        try tmux.waitForShell()
    }

    @Test func anUnreadableNNBOOKLANGIsNamedWhenTheNotebookOpens() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"], environment: ["NNBOOK_LANG": "xx"])
        let screen = try tmux.waitFor("warning: ignoring NNBOOK_LANG='xx'")
        #expect(screen.contains(" Basics"))
        try tmux.sendKeys("q")
        try tmux.waitForShell()
    }
}

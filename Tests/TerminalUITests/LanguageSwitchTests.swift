import Charts
import Foundation
import LessonKit
import Testing
@testable import TerminalUI

private typealias Progress = LessonKit.Progress

/// The live language switch (`z`): English ⇄ 中文 on the page on screen, every cell's state
/// kept, the choice saved in progress; and the shell's own texts in the language shown.
@Suite struct LanguageSwitchTests {
    private func press(_ keys: [Key], _ app: NotebookApp) { TestSupport.press(keys, on: app) }

    @Test func zTogglesTheLanguageAndTheNoticeNamesIt() {
        let app = BilingualSupport.app(language: .en)
        press([.character("z")], app)
        #expect(app.language == .zh)
        #expect(app.message == "中文")
        press([.character("z")], app)
        #expect(app.language == .en)
        #expect(app.message == "English")
        press([.character("z")], app)                          // in the menu as well
        press([.character("m"), .character("z")], app)
        #expect(app.mode == .menu && app.language == .en)
    }

    @Test func switchingKeepsTheCellItsKnobsStepsAndThePage() {
        let app = BilingualSupport.app(language: .en)
        let cell = BilingualSupport.cell(of: app)
        press([.right, .right, .down, .right, .space], app)    // rate 0.7, units 5, playing
        _ = app.advance(budget: 0.01)
        _ = app.advance(budget: 0.01)
        press([.tab, .down], app)                              // text focused, scrolled by one row
        let session = app.session!
        let before = (page: session.pageIndex, knob: session.selectedKnob, scroll: session.textScroll)
        press([.character("z")], app)
        #expect(app.session === session)
        #expect(BilingualSupport.cell(of: app) === cell)
        #expect(cell.value("rate") == 0.7 && cell.value("units") == 5 && cell.steps == 2)
        #expect(session.isPlaying && session.focus == .text)
        #expect((session.pageIndex, session.selectedKnob, session.textScroll) == (before.page, before.knob, before.scroll))
        #expect(before.knob == 1 && before.scroll == 1)
        #expect(app.sessions.count == 1)
        // The knobs are the same, their labels in Chinese now.
        let labels = app.inLanguage { session.knobs.map(\.label) }
        #expect(labels == ["学习率", "隐藏层单元数", "激活函数"])
        #expect(session.knobs.map(\.value) == [0.7, 5, 0])
    }

    @Test func theSwitchIsSavedToProgressAndComesBackFromTheProgressFile() throws {
        let directory = NSTemporaryDirectory() + "nnbook-zhshell-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(directory: directory)
        let app = BilingualSupport.app(language: .en, progress: store.load().progress, saveProgress: { try store.save($0) })
        press([.character("z")], app)
        #expect(app.progress.language == "zh")
        let reloaded = ProgressStore(directory: directory).load()
        #expect(reloaded.warning == nil)
        #expect(reloaded.progress.language == "zh")
        #expect(reloaded.progress.lastLesson == "bilingual")
        press([.character("z")], app)
        #expect(ProgressStore(directory: directory).load().progress.language == "en")
    }

    @Test func theTitleStatusKnobsAndTextFollowTheSwitch() {
        let app = BilingualSupport.app(language: .en)
        var lines = ScreenRenderer.render(app).lines
        #expect(lines[0].hasPrefix(" Fake lesson  ·  page 1/2  ·  Knobs and steps   "))
        #expect(lines[1].hasPrefix(" The fake lesson tests the notebook screens.   "))
        #expect(lines[8].hasPrefix("─ Fake cell ─"))
        #expect(lines[8].hasSuffix("┬ Knobs ──────────────────"))
        press([.character("z")], app)
        lines = ScreenRenderer.render(app).lines
        #expect(lines[0].hasPrefix(" 模拟课程  ·  第 1/2 页  ·  旋钮和步数   "))
        #expect(lines[1].hasPrefix(" 这门模拟课程用来测试笔记本的各个界面。   "))
        #expect(lines[8].hasPrefix("─ 模拟实验 ─"))
        #expect(lines[8].hasSuffix("┬ 旋钮 ───────────────────"))
        #expect(lines[9].hasSuffix("│ ▸ 学习率                "))
        #expect(lines[22] == TestSupport.pad(" ‖ 已暂停  ·  第 0 / 5 步，损失 0.25", 80))
        #expect(lines[23] == TestSupport.pad(" 中文", 80))
        press([.character("z")], app)
        lines = ScreenRenderer.render(app).lines
        #expect(lines[1].hasPrefix(" The fake lesson tests the notebook screens.   "))
        #expect(lines[22] == TestSupport.pad(" ‖ paused  ·  step 0 / 5, loss 0.25", 80))
    }

    @Test func theMenuPartsAndTitlesFollowTheSwitch() {
        let app = BilingualSupport.app(language: .zh)
        press([.character("m")], app)
        #expect(ScreenRenderer.render(app).lines[2] == TestSupport.pad("   基础", 80))
        press([.character("z")], app)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[2] == TestSupport.pad("   Basics", 80))
        #expect(lines[3].hasPrefix(" ▸ • Fake lesson "))
    }

    @Test func headlessRenderDrawsInTheOptionsLanguage() throws {
        let zh = try Notebook.render(lesson: BilingualLesson(), page: 0, width: 80, height: 24, steps: 2,
                                     options: Notebook.Options(language: .zh)).lines
        let en = try Notebook.render(lesson: BilingualLesson(), page: 0, width: 80, height: 24, steps: 2,
                                     options: Notebook.Options(language: .en)).lines
        #expect(zh[0].hasPrefix(" 模拟课程  ·  第 1/2 页  ·  旋钮和步数 "))
        #expect(zh[22] == TestSupport.pad(" ‖ 已暂停  ·  第 2 / 5 步，损失 0.25", 80))
        #expect(zh[23] == TestSupport.pad(" ↑↓ 旋钮   ←→ 调节   空格 运行   n/p 翻页   t 阅读   c 挑战", 80))
        #expect(en[0].hasPrefix(" Fake lesson  ·  page 1/2  ·  Knobs and steps "))
        #expect(en[22] == TestSupport.pad(" ‖ paused  ·  step 2 / 5, loss 0.25", 80))
    }

    /// The command line may offer its part names both ways (an overloaded function, while
    /// branches merge): the options take the names in both languages.
    @Test func optionsTakeThePartNamesInBothLanguagesWhenOffered() {
        func names() -> [String: Localized] { ["bilingual": Localized(en: "Basics", zh: "基础")] }
        func names() -> [String: String] { ["bilingual": "Basics"] }
        let options = Notebook.Options(parts: names(), language: .zh)
        #expect(options.parts["bilingual"] == Localized(en: "Basics", zh: "基础"))
        let english = Notebook.Options(parts: ["bilingual": "Basics"])
        #expect(english.parts["bilingual"] == Localized(neutral: "Basics"))
    }

    @Test func theValueLineShowsTheKnobLabelInTheLanguageShown() {
        let app = BilingualSupport.app(language: .zh)
        press([.character("=")], app)
        #expect(ScreenRenderer.render(app).lines[22] == TestSupport.pad(" 学习率 = ▏   Enter 确定，Esc 取消", 80))
        press([.character("2"), .enter], app)
        #expect(app.valueEntry?.error != nil)                  // out of range: refused (LessonKit words it)
        #expect(BilingualSupport.cell(of: app).value("rate") == 0.5)
    }

    @Test func everyHelpLineAndHeadingFitsTheOverlayInChinese() {
        Language.$override.withValue(.zh) {
            for binding in Keymap.bindings {
                #expect(displayWidth(of: binding.help) <= HelpOverlayView.textWidth, "\(binding.help)")
                #expect(binding.help.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(binding.help)")
            }
            for context in KeyContext.allCases {
                #expect(displayWidth(of: context.title) <= 66 - 4, "\(context.title)")
            }
            let lines = HelpOverlayView.lines(unicode: true)
            #expect(lines.contains { $0.keys == "z" && $0.text == "切换语言：中文 / English" })
            #expect(lines.contains { $0.keys == "空格" && $0.text == "运行 / 暂停实验" })
        }
        #expect(HelpOverlayView.lines(unicode: true).contains { $0.keys == "z" && $0.text == "switch language: English / 中文" })
    }
}

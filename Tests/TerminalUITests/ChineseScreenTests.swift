import Charts
import LessonKit
import Testing
@testable import TerminalUI

private typealias Progress = LessonKit.Progress

/// The shell in Chinese, exact screens at 80×24 (a fake lesson in both languages), and every
/// screen at 80×24 and 200×60 measured: no row wider or narrower than the terminal, the
/// knob labels and the menu's columns aligned in display columns.
@Suite struct ChineseScreenTests {
    private let blank = String(repeating: " ", count: 80)

    /// The menu as a returning learner sees it, in Chinese, with parts.
    private func menu(size: ScreenSize = .minimum) -> NotebookApp {
        let progress = Progress(lastLesson: "second", lastPage: 0, visited: ["bilingual", "second"], finished: ["bilingual"])
        let app = NotebookApp(lessons: BilingualSupport.lessons, progress: progress, size: size, language: .zh)
        app.partNames = BilingualSupport.parts
        return app
    }

    @Test func menuAt80x24() {
        let expected = [
            " nnbook  ·  从零开始学深度学习，每次一个动手实验                                ",
            blank,
            "   基础                                                                         ",
            "   • 模拟课程            0/1  两页和一个动画实验，供测试用                      ",
            " ▸ • 第二课              0/1  另一门课，已访问过                                ",
            "   训练                                                                         ",
            "     学习率与权重初始化  0/1  还没有人打开过的课程，它的简介很长，长到在八十列… ",
        ] + Array(repeating: blank, count: 14) + [
            " ✓ 已完成   • 已访问   n/m 已完成的挑战   ·   上次读到「第二课」第 1 页         ",
            blank,
            " ↑↓ 选择   Enter 打开   ? 帮助   q 退出                                         ",
        ]
        #expect(ScreenRenderer.render(menu()).lines == expected)
    }

    @Test func aNewLearnersMenuSaysWhereToStart() {
        let app = NotebookApp(lessons: BilingualSupport.lessons, language: .zh)
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[2] == " ▸   模拟课程            0/1  两页和一个动画实验，供测试用                      ")
        #expect(lines[21] == " ✓ 已完成   • 已访问   n/m 已完成的挑战                                         ")
        #expect(lines[22] == " 第一次来？ 从「模拟课程」开始——按 Enter 打开；按 ? 查看所有按键。              ")
    }

    /// The overlay's right edge falls on the second half of a Chinese character of the last
    /// lesson's summary: that character is blanked, so the row stays 80 columns.
    @Test func helpOverlayAt80x24() {
        let app = menu()
        app.perform(.showHelp)
        let expected = [
            " nnbook  ·  从零开始学深度学习，每次一个动手实验                                ",
            "       ┌─ 按键 ─────────────────────────────────────────────────────────┐       ",
            "   基础│ 任何时候                                                       │       ",
            "   • 模│  ? F1                显示所有按键（本帮助）                    │       ",
            " ▸ • 第│  Ctrl-L              重绘屏幕                                  │       ",
            "   训练│  q                   退出                                      │       ",
            "     学│  z                   切换语言：中文 / English                  │ 十列… ",
            "       │                                                                │       ",
            "       │ 课程菜单                                                       │       ",
            "       │  ↑ k                 上一课                                    │       ",
            "       │  ↓ j                 下一课                                    │       ",
            "       │  Home                第一课                                    │       ",
            "       │  End                 最后一课                                  │       ",
            "       │  Enter → l           打开课程                                  │       ",
            "       │                                                                │       ",
            "       │ 课程页面                                                       │       ",
            "       │  ← h                 减小旋钮的值                              │       ",
            "       │  → l                 增大旋钮的值                              │       ",
            "       │  H [                 减小旋钮的值（大步）                      │       ",
            "       │  L ]                 增大旋钮的值（大步）                      │       ",
            "       │  =                   为旋钮输入精确的值                        │       ",
            " ✓ 已完│  空格                运行 / 暂停实验                           │       ",
            "       └─────────────────────────────────────── Esc 或 ? 关闭  ↑↓ 滚动 ─┘       ",
            " Esc 关闭   q 退出                                                              ",
        ]
        #expect(ScreenRenderer.render(app).lines == expected)
    }

    @Test func lessonPageAt80x24() {
        let app = BilingualSupport.app(language: .zh)
        let cellRow = "                                                      │                         "
        let expected = [
            " 模拟课程  ·  第 1/2 页  ·  旋钮和步数                                          ",
            " 这门模拟课程用来测试笔记本的各个界面。                                        ┃",
            "                                                                               ┃",
            " 第二段。                                                                      ┃",
            "                                                                               ┃",
            " 第三段。                                                                      ┃",
            "                                                                               │",
            " ↓ 还有更多——按 t 阅读全文                                                     │",
            "─ 模拟实验 ──── c：1 个挑战（已完成 0 个），1 个预测 ─┬ 旋钮 ───────────────────",
            " 步数 0                                               │ ▸ 学习率                ",
            " 学习率 0.5                                           │   0.5       ━━━━━━───── ",
            "                                                      │   隐藏层单元数          ",
            "                                                      │   4         ━━━━─────── ",
            "                                                      │   激活函数              ",
            "                                                      │   ◂ sigmoid ▸           ",
        ] + Array(repeating: cellRow, count: 7) + [
            " ‖ 已暂停  ·  第 0 / 5 步，损失 0.25                                            ",
            " ↑↓ 旋钮   ←→ 调节   空格 运行   n/p 翻页   t 阅读   c 挑战                     ",
        ]
        #expect(ScreenRenderer.render(app).lines == expected)
    }

    @Test func challengesPanelWithAHintAndAnAnswerAt80x24() {
        let app = BilingualSupport.app(language: .zh)
        TestSupport.press([.character("c"), .character("i"), .character("1")], on: app)
        let lines = ScreenRenderer.render(app).lines
        #expect(Array(lines[8...15]) == [
            "─ 模拟实验 ───────────────────────────────────────────┬ 旋钮 ───────────────────",
            " 挑战：已完成 0 / 1                                   │ ▸ 学习率                ",
            " ▸ ○ 把学习率调到 0.8。                               │   0.5       ━━━━━━───── ",
            "      学习率 0.5，目标 0.8                            │   隐藏层单元数          ",
            "      提示：按几次 →。                                │   4         ━━━━─────── ",
            "                                                      │   激活函数              ",
            " 预测：运行会结束吗？                                 │   ◂ sigmoid ▸           ",
            "   你选了 会——运行实验看看结果。                      │                         ",
        ])
        #expect(lines[23] == " ↑↓ 选择   i 提示   c 关闭   ←→ 调节   空格 运行   n/p 翻页                     ")
        TestSupport.press([.character("s"), .character("s"), .character("s"), .character("s"), .character("s")], on: app)
        let finished = ScreenRenderer.render(app).lines
        #expect(finished[22] == TestSupport.pad(" ■ 已结束  ·  第 5 / 5 步，损失 0.25", 80))
        #expect(finished[15] == "   ✓ 你选了 会；运行结果是 会——它在第 5 步停下。      │                         ")
    }

    @Test func tooSmallIn60x20() {
        let app = BilingualSupport.app(language: .zh, size: ScreenSize(width: 60, height: 20))
        let lines = ScreenRenderer.render(app).lines
        #expect(lines[9] == "             终端太小：60×20（至少需要 80×24）              ")
        #expect(lines[10] == "                请放大终端窗口，或按 q 退出                 ")
    }

    /// Every screen of the notebook in Chinese (menu, help, page, challenges, reading view,
    /// value line, a notice) at 80×24 and 200×60, in Unicode and in ASCII: each row is
    /// exactly as wide as the screen, and the knob labels start in the panel's column.
    @Test func everyScreenFitsItsWidthAt80x24And200x60() {
        for size in [ScreenSize.minimum, ScreenSize(width: 200, height: 60)] {
            for options in [RenderOptions.standard, .ascii] {
                var screens: [(String, [String])] = []
                func take(_ name: String, _ app: NotebookApp) { screens.append((name, ScreenRenderer.render(app).lines)) }
                let menu = menu(size: size)
                menu.renderOptions = options
                take("menu", menu)
                menu.perform(.showHelp)
                take("help", menu)
                TestSupport.press(Array(repeating: .down, count: 40), on: menu)
                take("help scrolled", menu)
                let app = BilingualSupport.app(language: .zh, size: size)
                app.renderOptions = options
                take("page", app)
                TestSupport.press([.character("c"), .character("i"), .character("1")], on: app)
                take("challenges", app)
                TestSupport.press([.character("c"), .character("t")], on: app)
                take("reading", app)
                TestSupport.press([.character("t"), .character("="), .character("2"), .enter], on: app)
                take("value line", app)
                TestSupport.press([.escape, .escape], on: app)
                take("notice", app)
                for (name, lines) in screens {
                    #expect(lines.count == size.height)
                    for (row, line) in lines.enumerated() {
                        #expect(displayWidth(of: line) == size.width, "\(name) \(size) row \(row): \(line)")
                    }
                }
                let page = screens.first { $0.0 == "page" }!.1
                let labelColumn = size.width - PageLayout.knobPanelWidth(size) + 4
                for label in ["学习率", "隐藏层单元数", "激活函数"] {
                    let row = page.first { $0.contains(label) }
                    #expect(row.map { column(of: label, in: $0) } == labelColumn, "\(label) \(size)")
                }
            }
        }
    }

    @Test func aCutChineseLineTakesTheEllipsisWithoutASpace() {
        #expect(WrappedText.lines("一二三四五六 ABCDEFGHIJ", width: 14, maximumLines: 1, ellipsis: "…") == ["一二三四五六…"])
        #expect(WrappedText.lines("one two three ABCDEFGHIJ", width: 16, maximumLines: 1, ellipsis: "…") == ["one two three …"])
    }

    /// The display column where `text` starts in `line`.
    private func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return displayWidth(of: String(line[..<range.lowerBound]))
    }
}

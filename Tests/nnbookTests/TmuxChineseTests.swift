import Charts
import Foundation
import Testing

/// The notebook in Chinese in the real binary under tmux at 80×24 (issue #11): chosen with
/// NNBOOK_LANG=zh or a Chinese locale (LANG=zh_CN.UTF-8, even where that locale is not
/// installed), and switched live with `z` without losing the page's state. Each session has
/// its own tmux server and a private XDG_STATE_HOME (`TmuxSession`).
@Suite(.serialized) struct TmuxChineseTests {
    /// The rows of `screen` at 80×24.
    private func lines(_ screen: String) -> [String] { TmuxScreenText.lines(of: screen, height: 24) }

    /// The knob panel's value row (the one with "◂ … ▸") of `screen`.
    private func choiceRow(_ screen: String) -> String? {
        lines(screen).first { $0.contains("◂ ") }.map { String($0.suffix(from: $0.range(of: "◂ ")!.lowerBound)) }
    }

    @Test func nnbookLangZhOpensAChinesePageAndZSwitchesKeepingTheKnob() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "activations", "--no-color"], environment: ["NNBOOK_LANG": "zh"])
        var screen = try tmux.waitFor(all: ["  ·  第 1/4 页  ·  ", "┬ 旋钮 ", "? 帮助", "q 退出"])
        #expect(lines(screen).allSatisfy { displayWidth(of: $0) <= 80 })
        #expect(lines(screen)[23].hasPrefix(" ↑↓ 旋钮   ←→ 调节   "), "the hints are Chinese:\n\(screen)")
        #expect(!screen.contains("page 1/4") && !screen.contains(" Knobs ") && !screen.contains("? help"))

        let before = try #require(choiceRow(screen), "a choice knob on activations page 1:\n\(screen)")
        try tmux.sendKeys("Right")                                   // the knob's next choice
        // Wait for the knob row itself: another part of the screen may redraw first.
        screen = try tmux.waitForScreen("the knob's next choice", timeout: 30) { choiceRow($0).map { $0 != before } ?? false }
        let turned = try #require(choiceRow(screen))
        #expect(turned != before)

        try tmux.sendKeys("z")
        screen = try tmux.waitFor(all: ["  ·  page 1/4  ·  ", "┬ Knobs ", " English"])
        #expect(choiceRow(screen) == turned, "the knob keeps its value:\n\(screen)")
        #expect(lines(screen)[23] == " English")
        try tmux.sendKeys("z")
        screen = try tmux.waitFor(all: ["  ·  第 1/4 页  ·  ", " 中文"])
        #expect(choiceRow(screen) == turned)
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
        let saved = try String(contentsOf: tmux.stateDirectory.appendingPathComponent("nnbook/progress.json"),
                               encoding: .utf8)
        #expect(saved.contains("\"language\" : \"zh\"") || saved.contains("\"language\":\"zh\""), "progress.json:\n\(saved)")
    }

    @Test func aChineseLocaleOpensTheMenuInChineseAndZSwitchesToEnglish() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.startNnbook(["--no-color"], environment: ["LANG": "zh_CN.UTF-8"])
        var screen = try tmux.waitFor(all: ["从零开始学深度学习，每次一个动手实验", " 第一次来？ 从「", "↑↓ 选择   Enter 打开   ? 帮助   q 退出"])
        #expect(lines(screen).allSatisfy { displayWidth(of: $0) <= 80 })

        try tmux.sendKeys("?")
        screen = try tmux.waitFor(all: ["─ 按键 ─", "任何时候", "切换语言：中文 / English", " Esc 或 ? 关闭 "])
        #expect(lines(screen).contains { $0.contains("│  z                   切换语言：中文 / English") }, "\(screen)")
        try tmux.sendKeys("Escape")
        try tmux.waitForAbsence(of: "任何时候")

        try tmux.sendKeys("z")
        screen = try tmux.waitFor(all: ["deep learning from scratch, one live experiment at a time", " English"])
        try tmux.sendKeys("Down")
        screen = try tmux.waitFor("↑↓ select   Enter open   ? help   q quit")
        #expect(!screen.contains("第一次来"))
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}

import Charts

/// One row of the keymap: the keys, the action they trigger, the line in the help overlay
/// (in both languages), the context where they apply and, for a few, a short hint for the
/// status line.
struct KeyBinding: Sendable {
    /// A status-line hint: a compact key label ("↑↓") and a word or two ("knob").
    struct Hint: Sendable {
        var labels: Localized
        var asciiLabels: Localized
        var words: Localized
        /// The key label in the current language ("space" is "空格" in Chinese).
        var label: String { labels.text }
        var asciiLabel: String { asciiLabels.text }
        /// The words in the current language.
        var text: String { words.text }
    }

    var keys: [Key]
    var action: Action
    var helpText: Localized
    var context: KeyContext
    var hint: Hint?

    init(keys: [Key], action: Action, help: Localized, context: KeyContext, hint: Hint? = nil) {
        self.keys = keys
        self.action = action
        self.helpText = help
        self.context = context
        self.hint = hint
    }

    /// The help overlay's line in the current language.
    var help: String { helpText.text }
}

/// THE keymap of the notebook: one table that drives both key dispatch and the help
/// overlay (and the status-line hints), as in btop, htop and lazygit.
enum Keymap {
    private static func hint(_ label: String, _ words: Localized, ascii: String? = nil) -> KeyBinding.Hint {
        KeyBinding.Hint(labels: Localized(neutral: label), asciiLabels: Localized(neutral: ascii ?? label), words: words)
    }

    private static func hint(_ label: Localized, _ words: Localized) -> KeyBinding.Hint {
        KeyBinding.Hint(labels: label, asciiLabels: label, words: words)
    }

    /// A text in English and Chinese (the table is a `static let`: it keeps both, and the
    /// overlay picks one when it is drawn).
    private static func L(_ en: String, _ zh: String) -> Localized { Localized(en: en, zh: zh) }

    /// Every binding, in the order the help overlay lists them.
    static let bindings: [KeyBinding] = [
        // Menu
        KeyBinding(keys: [.up, .character("k")], action: .menuUp, help: L("previous lesson", "上一课"), context: .menu,
                   hint: hint("↑↓", L("select", "选择"), ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .menuDown, help: L("next lesson", "下一课"), context: .menu),
        KeyBinding(keys: [.home], action: .menuFirst, help: L("first lesson", "第一课"), context: .menu),
        KeyBinding(keys: [.end], action: .menuLast, help: L("last lesson", "最后一课"), context: .menu),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .openLesson, help: L("open the lesson", "打开课程"),
                   context: .menu, hint: hint("Enter", L("open", "打开"))),
        // Lesson page
        KeyBinding(keys: [.left, .character("h")], action: .decreaseKnob, help: L("decrease the knob", "减小旋钮的值"),
                   context: .lesson, hint: hint("←→", L("change", "调节"), ascii: "Left/Right")),
        KeyBinding(keys: [.right, .character("l")], action: .increaseKnob,
                   help: L("increase the knob", "增大旋钮的值"), context: .lesson),
        KeyBinding(keys: [.character("H"), .character("[")], action: .decreaseKnobBig,
                   help: L("decrease the knob, big step", "减小旋钮的值（大步）"), context: .lesson),
        KeyBinding(keys: [.character("L"), .character("]")], action: .increaseKnobBig,
                   help: L("increase the knob, big step", "增大旋钮的值（大步）"), context: .lesson),
        KeyBinding(keys: [.character("=")], action: .enterKnobValue,
                   help: L("type an exact value for the knob", "为旋钮输入精确的值"),
                   context: .lesson),
        KeyBinding(keys: [.space], action: .playPause, help: L("play / pause the cell", "运行 / 暂停实验"), context: .lesson,
                   hint: hint(L("space", "空格"), L("play", "运行"))),
        KeyBinding(keys: [.character("s")], action: .stepOnce,
                   help: L("one step (pauses)", "前进一步（并暂停）"), context: .lesson),
        KeyBinding(keys: [.character("r")], action: .resetCell,
                   help: L("reset the cell (keeps the knobs)", "重置实验（保留旋钮的值）"),
                   context: .lesson),
        KeyBinding(keys: [.character("d")], action: .restoreDefaults,
                   help: L("knobs to their defaults, reset the cell", "旋钮恢复默认值，并重置实验"), context: .lesson),
        KeyBinding(keys: [.character("n"), .pageDown], action: .nextPage, help: L("next page", "下一页"), context: .lesson,
                   hint: hint("n/p", L("page", "翻页"))),
        KeyBinding(keys: [.character("p"), .pageUp], action: .previousPage,
                   help: L("previous page", "上一页"), context: .lesson),
        KeyBinding(keys: [.tab, .backTab], action: .toggleFocus,
                   help: L("focus the knob panel / the text", "焦点切换到旋钮面板 / 正文"),
                   context: .lesson),
        KeyBinding(keys: [.character("t")], action: .openReading,
                   help: L("read the whole text (full screen)", "全屏阅读正文"),
                   context: .lesson, hint: hint("t", L("read", "阅读"))),
        KeyBinding(keys: [.character("c")], action: .toggleChallenges,
                   help: L("challenges and the prediction of the page", "本页的挑战和预测"), context: .lesson, hint: hint("c", L("goals", "挑战"))),
        KeyBinding(keys: [.character("m")], action: .backToMenu,
                   help: L("lesson menu (this lesson stays as it is)", "课程菜单（本课保持原样）"), context: .lesson),
        KeyBinding(keys: [.escape], action: .escapeInLesson,
                   help: L("does not leave (m goes to the menu)", "不会离开本页（m 回到菜单）"),
                   context: .lesson),
        // Knob panel focused
        KeyBinding(keys: [.up, .character("k")], action: .selectPreviousKnob,
                   help: L("select the previous knob", "选择上一个旋钮"),
                   context: .knobPanel, hint: hint("↑↓", L("knob", "旋钮"), ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .selectNextKnob, help: L("select the next knob", "选择下一个旋钮"),
                   context: .knobPanel),
        // Text focused
        KeyBinding(keys: [.up, .character("k")], action: .scrollUp,
                   help: L("scroll the text up", "正文向上滚动"), context: .text,
                   hint: hint("↑↓", L("scroll", "滚动"), ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .scrollDown,
                   help: L("scroll the text down", "正文向下滚动"), context: .text),
        KeyBinding(keys: [.home], action: .scrollTop, help: L("top of the text", "正文开头"), context: .text),
        KeyBinding(keys: [.end], action: .scrollBottom, help: L("end of the text", "正文末尾"), context: .text),
        // Reading the text
        KeyBinding(keys: [.up, .character("k")], action: .scrollUp, help: L("scroll up", "向上滚动"), context: .reading,
                   hint: hint("↑↓", L("scroll", "滚动"), ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .scrollDown,
                   help: L("scroll down", "向下滚动"), context: .reading),
        KeyBinding(keys: [.pageUp], action: .scrollScreenUp, help: L("one screen up", "向上翻一屏"), context: .reading),
        KeyBinding(keys: [.pageDown, .space], action: .scrollScreenDown,
                   help: L("one screen down", "向下翻一屏"), context: .reading,
                   hint: hint("PgDn/PgUp", L("screen", "翻屏"))),
        KeyBinding(keys: [.home], action: .scrollTop, help: L("top of the text", "正文开头"), context: .reading),
        KeyBinding(keys: [.end], action: .scrollBottom, help: L("end of the text", "正文末尾"), context: .reading),
        KeyBinding(keys: [.character("t"), .escape], action: .closeReading, help: L("back to the page", "返回本页"),
                   context: .reading, hint: hint("t", L("back", "返回"))),
        // Challenges panel
        KeyBinding(keys: [.up, .character("k")], action: .selectPreviousChallenge,
                   help: L("select the previous challenge", "选择上一个挑战"),
                   context: .challenges, hint: hint("↑↓", L("select", "选择"), ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .selectNextChallenge,
                   help: L("select the next challenge", "选择下一个挑战"),
                   context: .challenges),
        KeyBinding(keys: [.character("i")], action: .revealHint,
                   help: L("a hint for it (again: a bigger one)", "给出提示（再按一次：更详细的提示）"),
                   context: .challenges, hint: hint("i", L("hint", "提示"))),
        KeyBinding(keys: (1...9).map { .character(Character("\($0)")) }, action: .answerPrediction,
                   help: L("answer the prediction with that choice", "用这个选项回答预测"), context: .challenges),
        KeyBinding(keys: [.character("x")], action: .skipPrediction,
                   help: L("skip the prediction", "跳过预测"), context: .challenges),
        KeyBinding(keys: [.character("c"), .escape], action: .toggleChallenges, help: L("close the panel", "关闭面板"),
                   context: .challenges, hint: hint("c", L("close", "关闭"))),
        // Value entry
        KeyBinding(keys: [.enter], action: .applyValue, help: L("set the typed value", "使用输入的值"), context: .valueEntry,
                   hint: hint("Enter", L("set", "确定"))),
        KeyBinding(keys: [.escape], action: .cancelValue, help: L("cancel", "取消"), context: .valueEntry,
                   hint: hint("Esc", L("cancel", "取消"))),
        KeyBinding(keys: [.backspace], action: .deleteCharacter, help: L("delete the last character", "删除最后一个字符"),
                   context: .valueEntry),
        // Help overlay
        KeyBinding(keys: [.escape, .character("?"), .function(1)], action: .closeHelp,
                   help: L("close this help", "关闭帮助"),
                   context: .help, hint: hint("Esc", L("close", "关闭"))),
        KeyBinding(keys: [.up, .character("k")], action: .helpScrollUp, help: L("scroll up", "向上滚动"), context: .help),
        KeyBinding(keys: [.down, .character("j")], action: .helpScrollDown,
                   help: L("scroll down", "向下滚动"), context: .help),
        // Anywhere
        KeyBinding(keys: [.character("?"), .function(1)], action: .showHelp,
                   help: L("show the keys (this help)", "显示所有按键（本帮助）"),
                   context: .global, hint: hint("?", L("help", "帮助"))),
        KeyBinding(keys: [.control("l")], action: .redraw, help: L("redraw the screen", "重绘屏幕"), context: .global),
        KeyBinding(keys: [.character("q")], action: .quit, help: L("quit", "退出"), context: .global,
                   hint: hint("q", L("quit", "退出"))),
        KeyBinding(keys: [.character("z")], action: .switchLanguage,
                   help: L("switch language: English / 中文", "切换语言：中文 / English"), context: .global),
    ]

    /// The action of `key` in the first of `contexts` (most specific first) that binds it.
    static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// The most hints the status line shows.
    static let maximumHints = 6

    /// The status-line hints of `contexts`, most specific context first, at most
    /// `maximumHints`: only bindings whose key really does their action there (not shadowed
    /// by a more specific context) and whose action `isAvailable` (e.g. no "play" hint on a
    /// page without an animated cell).
    static func hints(in contexts: [KeyContext], isAvailable: (Action) -> Bool = { _ in true }) -> [KeyBinding.Hint] {
        let all = contexts.flatMap { context in
            bindings.filter { binding in
                binding.context == context && binding.hint != nil && isAvailable(binding.action) &&
                    action(for: binding.keys[0], in: contexts) == binding.action
            }.compactMap(\.hint)
        }
        return Array(all.prefix(maximumHints))
    }

    /// The bindings of one context, in table order (for the help overlay).
    static func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }
}

import Charts

/// What a key does in the notebook; the keymap table maps keys to actions per context.
enum Action: Hashable, Sendable {
    // Anywhere
    case quit, showHelp, redraw, switchLanguage
    // Menu
    case menuUp, menuDown, menuFirst, menuLast, openLesson
    // Lesson page
    case backToMenu, toggleFocus, escapeInLesson, restoreDefaults, openReading
    case selectPreviousKnob, selectNextKnob
    case decreaseKnob, increaseKnob, decreaseKnobBig, increaseKnobBig, enterKnobValue
    case playPause, stepOnce, resetCell
    case nextPage, previousPage
    case scrollUp, scrollDown, scrollTop, scrollBottom
    // Reading the page's text full screen
    case closeReading, scrollScreenUp, scrollScreenDown
    // Challenges panel (after c)
    case toggleChallenges, selectPreviousChallenge, selectNextChallenge, revealHint
    case answerPrediction, skipPrediction
    // Help overlay
    case closeHelp, helpScrollUp, helpScrollDown
    // Value entry line
    case applyValue, cancelValue, deleteCharacter
}

/// Where a key binding applies. The app asks the keymap with the contexts active in its
/// current state, most specific first.
enum KeyContext: Hashable, Sendable, CaseIterable {
    case global, menu, lesson, knobPanel, text, reading, challenges, help, valueEntry

    /// The heading of this context's section in the help overlay, in the current language.
    var title: String {
        switch self {
        case .global: return tr("Anywhere", "任何时候")
        case .menu: return tr("Lesson menu", "课程菜单")
        case .lesson: return tr("Lesson page", "课程页面")
        case .knobPanel: return tr("Knob panel focused", "焦点在旋钮面板时")
        case .text: return tr("Text focused", "焦点在正文时")
        case .reading: return tr("Reading the text (after t)", "阅读正文时（按 t 之后）")
        case .challenges: return tr("Challenges panel (after c)", "挑战面板（按 c 之后）")
        case .help: return tr("This help", "本帮助")
        case .valueEntry: return tr("Typing a value (after =)", "输入数值时（按 = 之后）")
        }
    }
}
